import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import { API_URL_ENV, E2E_ADMIN, rememberStack, WEB_URL_ENV, type E2eStack } from './e2e-env';
import {
  API_MAIN,
  API_MIGRATE,
  API_WORKER,
  assertBuilt,
  cleanEnv,
  databaseUrl,
  freePort,
  LOG_DIR,
  REPO_ROOT,
  expectRunning,
  startNode,
  waitForHttp,
  WEB_MAIN,
  withPostgres,
} from './stack';
import teardown from './global-teardown';

const run = promisify(execFile);

/**
 * Starts a stack of its own for this run: a fresh database, a unique Redis
 * prefix, the built API and the built web on free ports.
 */
export default async function globalSetup(): Promise<void> {
  assertBuilt();

  const suffix = `${process.pid}_${randomBytes(4).toString('hex')}`;
  const stack: E2eStack = {
    databaseName: `sebaya_e2e_${suffix}`,
    adminDatabaseUrl: process.env.E2E_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    redisPrefix: `sebaya_e2e_${suffix}`,
    processes: [],
  };
  rememberStack(stack);

  try {
    await withPostgres(stack.adminDatabaseUrl, (client) =>
      client.query(`CREATE DATABASE "${stack.databaseName}"`),
    );
    const testDatabaseUrl = databaseUrl(stack.adminDatabaseUrl, stack.databaseName);

    await run(process.execPath, [API_MIGRATE], {
      cwd: REPO_ROOT,
      env: cleanEnv({ DATABASE_URL: testDatabaseUrl, LOG_LEVEL: 'warn' }),
    });

    const apiPort = await freePort();
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    // The API and the worker share their environment, as under `npm start`.
    const apiEnv = cleanEnv({
      NODE_ENV: 'test',
      DATABASE_URL: testDatabaseUrl,
      API_HOST: '127.0.0.1',
      API_PORT: String(apiPort),
      REDIS_URL: stack.redisUrl,
      REDIS_PREFIX: stack.redisPrefix,
      LOG_LEVEL: 'warn',
      // Every test signs up from 127.0.0.1; per-address limits would trip.
      REGISTER_LIMIT_PER_IP: '10000',
      LOGIN_LIMIT_PER_IP: '10000',
      // Small, so that the rate-limit message can be reached quickly.
      LOGIN_LIMIT_PER_EMAIL: '5',
      // A coordinator, to set up members-only groups and facilitators.
      SEBAYA_ADMIN_EMAIL: E2E_ADMIN.email,
      SEBAYA_ADMIN_PASSWORD: E2E_ADMIN.password,
    });
    const api = startNode('api', API_MAIN, apiEnv);
    stack.processes.push(api);
    await waitForHttp(`${apiUrl}/health`, api);

    // Screens new posts and opens their cases (the moderation tests need it).
    const worker = startNode('worker', API_WORKER, apiEnv);
    stack.processes.push(worker);
    await expectRunning(worker);

    const webPort = await freePort();
    const webUrl = `http://127.0.0.1:${webPort}`;
    const web = startNode(
      'web',
      WEB_MAIN,
      cleanEnv({ NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(webPort), API_URL: apiUrl }),
    );
    stack.processes.push(web);
    await waitForHttp(`${webUrl}/`, web);

    // Read by the test workers (tests/fixtures.ts), which start after this.
    process.env[WEB_URL_ENV] = webUrl;
    process.env[API_URL_ENV] = apiUrl;
    console.log(
      `e2e stack: web ${webUrl}, API ${apiUrl}, database ${stack.databaseName}; logs in ${path.relative(REPO_ROOT, LOG_DIR)}/`,
    );
  } catch (error) {
    await teardown();
    throw error;
  }
}
