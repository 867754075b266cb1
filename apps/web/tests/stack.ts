import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Helpers shared by global-setup, global-teardown and tests that start their own server. */

export const WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_ROOT = path.resolve(WEB_DIR, '../..');
export const API_DIR = path.join(REPO_ROOT, 'apps/api');
export const API_MAIN = path.join(API_DIR, 'dist/main.js');
export const API_MIGRATE = path.join(API_DIR, 'dist/migrate.js');
/** The worker: screens new posts, opens cases, escalates past deadlines (the API alone opens no case). */
export const API_WORKER = path.join(API_DIR, 'dist/worker.js');
export const WEB_MAIN = path.join(WEB_DIR, 'build/index.js');
/** Where the started processes write their output (Playwright empties test-results before each run). */
export const LOG_DIR = path.join(WEB_DIR, 'test-results/stack');

export function assertBuilt(): void {
  const missing = [API_MAIN, API_MIGRATE, API_WORKER, WEB_MAIN].filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(
      `The browser tests run the built API and web, but these are missing:\n${missing
        .map((file) => `  - ${path.relative(REPO_ROOT, file)}`)
        .join('\n')}\nBuild them first: npm run build -w @sebaya/api && npm run build -w @sebaya/web`,
    );
  }
}

/** Loads a package the way the API does: pg and ioredis are the API's dependencies, not the web's. */
export const requireFromApi = createRequire(path.join(API_DIR, 'package.json'));

export interface PgClient {
  connect(): Promise<void>;
  query(sql: string): Promise<unknown>;
  end(): Promise<void>;
}

export async function withPostgres<T>(url: string, work: (client: PgClient) => Promise<T>): Promise<T> {
  const { Client } = requireFromApi('pg') as {
    Client: new (options: { connectionString: string }) => PgClient;
  };
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function databaseUrl(adminUrl: string, databaseName: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${databaseName}`;
  return url.toString();
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

export interface Started {
  name: string;
  child: ChildProcess;
  /** The last lines it printed, for error messages. */
  output: () => string;
}

/**
 * Starts `node <script>`. Its output goes to test-results/stack/<name>.log
 * (or to our stderr with E2E_VERBOSE=1); the last lines are kept for errors.
 */
export function startNode(name: string, script: string, env: NodeJS.ProcessEnv): Started {
  const child = spawn(process.execPath, [script], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  mkdirSync(LOG_DIR, { recursive: true });
  const log = createWriteStream(path.join(LOG_DIR, `${name}.log`), { flags: 'a' });
  const verbose = process.env.E2E_VERBOSE === '1';
  const lines: string[] = [];
  const collect = (chunk: Buffer) => {
    log.write(chunk);
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      lines.push(line);
      if (lines.length > 100) lines.shift();
      if (verbose) process.stderr.write(`[${name}] ${line}\n`);
    }
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  child.once('exit', () => log.end());
  return { name, child, output: () => lines.join('\n') };
}

/** Resolves when `url` answers 200; rejects when the process exits first or time runs out. */
export async function waitForHttp(url: string, started: Started, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null || started.child.signalCode !== null) {
      throw new Error(
        `${started.name} exited (${started.child.exitCode ?? started.child.signalCode}) before answering ${url}:\n${started.output()}`,
      );
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000), redirect: 'manual' });
      if (response.status === 200) return;
      lastProblem = `status ${response.status}`;
    } catch (error) {
      lastProblem = String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `${started.name} did not answer ${url} within ${timeoutMs} ms (${lastProblem}):\n${started.output()}`,
  );
}

/**
 * For a process without HTTP (the worker): rejects when it exits within
 * `settleMs` (bad configuration, no database), else resolves.
 */
export async function expectRunning(started: Started, settleMs = 1_500): Promise<void> {
  const { child } = started;
  const exited = await new Promise<boolean>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(true);
    const timer = setTimeout(() => {
      child.off('exit', onExit);
      resolve(false);
    }, settleMs);
    const onExit = () => {
      clearTimeout(timer);
      resolve(true);
    };
    child.once('exit', onExit);
  });
  if (exited) {
    throw new Error(
      `${started.name} exited (${child.exitCode ?? child.signalCode}) at start:\n${started.output()}`,
    );
  }
}

/** SIGTERM, then SIGKILL if it has not exited after `graceMs`. */
export async function stopProcess(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/** The environment of a child process: ours, minus what would change how the web or API behave. */
export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of [
    'ORIGIN',
    'PROTOCOL_HEADER',
    'HOST_HEADER',
    'ADDRESS_HEADER',
    'COOKIE_SECURE',
    'NODE_OPTIONS',
  ]) {
    delete env[name];
  }
  return { ...env, ...extra };
}
