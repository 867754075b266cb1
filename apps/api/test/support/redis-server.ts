import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

/**
 * A Redis server of the test's own, without persistence, so a test can stop
 * it and start it again (empty) without touching the Redis other tests use.
 */
export class OwnRedis {
  private process: ChildProcess | null = null;

  constructor(readonly port = 21000 + Math.floor(Math.random() * 20000)) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const child = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.process = child;
    let output = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (chunk) => {
        output += chunk;
        if (output.includes('Ready to accept connections')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}: ${output}`)));
    });
  }

  /** Stops it at once, as a crash would. */
  async kill(): Promise<void> {
    const child = this.process;
    this.process = null;
    if (!child || child.exitCode !== null) return;
    child.kill('SIGKILL');
    await once(child, 'exit');
  }
}
