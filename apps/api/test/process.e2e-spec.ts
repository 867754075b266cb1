import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  TEMPLATE_ENV,
  createDatabaseFromTemplate,
  databaseUrl,
  dropDatabase,
  uniqueName,
} from './support/databases.js';

const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));

/** Runs the built API process (`npm test` builds it first). */
function startApi(environment: Record<string, string>) {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npm run build -w @sebaya/api\` first`);
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, LOG_LEVEL: 'warn', API_PORT: '0', ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return { child, output: () => output };
}

describe('the API process', () => {
  it.each([
    ['API_PORT', { API_PORT: 'abc' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://localhost/sebaya' }],
    ['SEBAYA_ADMIN_PASSWORD', { SEBAYA_ADMIN_EMAIL: 'admin@example.test' }],
  ])('exits 1 naming %s when the configuration is bad', async (variable, environment) => {
    const api = startApi(environment);
    const [code] = await once(api.child, 'exit');
    expect(code).toBe(1);
    expect(api.output()).toContain('Invalid configuration');
    expect(api.output()).toContain(variable);
  });

  it('stops cleanly with exit code 0 on SIGTERM', async () => {
    const database = uniqueName('sebaya_test');
    await createDatabaseFromTemplate(database, process.env[TEMPLATE_ENV]!);
    const port = String(20000 + Math.floor(Math.random() * 20000));
    const api = startApi({ DATABASE_URL: databaseUrl(database), API_PORT: port, REDIS_PREFIX: database });
    try {
      await waitForHealth(`http://127.0.0.1:${port}/health`, api.output);
      api.child.kill('SIGTERM');
      const [code] = await once(api.child, 'exit');
      expect(code).toBe(0);
    } finally {
      api.child.kill('SIGKILL');
      await dropDatabase(database);
    }
  });
});

async function waitForHealth(url: string, output: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the API did not become healthy:\n${output()}`);
}
