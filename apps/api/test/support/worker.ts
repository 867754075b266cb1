import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../src/platform/config/config.js';
import { WorkerModule } from '../../src/worker.module.js';
import type { TestApp } from './test-app.js';
import { waitFor } from './wait.js';

const WORKER = fileURLToPath(new URL('../../dist/worker.js', import.meta.url));

/** The real worker module in this process, on the API's database and Redis prefix. */
export async function startWorker(
  app: TestApp,
  environment: Record<string, string> = {},
): Promise<INestApplicationContext> {
  const config = loadConfig({ ...process.env, ...app.environment, ...environment });
  const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false });
  await worker.init();
  return worker;
}

/** The built worker as its own process (`npm test` builds it), for tests that kill it. */
export function spawnWorker(app: TestApp, environment: Record<string, string> = {}) {
  if (!existsSync(WORKER))
    throw new Error(`${WORKER} is missing: run \`npm run build -w @sebaya/api\` first`);
  const child = spawn(process.execPath, [WORKER], {
    env: { ...process.env, ...app.environment, LOG_LEVEL: 'warn', ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  return { child, output: () => output, stop: () => stopChild(child) };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  await once(child, 'exit');
}

/** Waits until every outbox record due by now has been handled by a worker. */
export async function drainOutbox(app: TestApp, timeoutMs = 20_000): Promise<void> {
  await waitFor(
    async () => {
      const [{ pending }] = await app.app
        .get(DataSource)
        .query(`SELECT count(*)::int AS pending FROM outbox WHERE done_at IS NULL AND run_at <= now()`);
      return pending === 0;
    },
    timeoutMs,
    'the outbox to drain',
  );
}
