// The README's start command, as a newcomer runs it: `npm start` on its own database, ports and
// Redis prefix; waits for "Sebaya is running", checks the web answers, the demo counsellor can log
// in and the worker has screened the demo posts into the professional queue, then stops it with
// Ctrl-C (SIGINT) and expects a clean exit. Exit code 0 when all of that holds.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

const root = new URL('../..', import.meta.url).pathname;
const port = 20000 + Math.floor(Math.random() * 20000);
const database = `sebaya_start_smoke_${randomBytes(4).toString('hex')}`;
const env = {
  ...process.env,
  API_PORT: String(port),
  WEB_PORT: String(port + 1),
  DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${database}`,
  REDIS_PREFIX: database,
};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(what, seconds, check) {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const value = await check().catch(() => null);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`npm start: ${what} within ${seconds} s`);
    await sleep(500);
  }
}

async function graphql(query, token) {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return (await response.json()).data;
}

const start = spawn(process.execPath, ['scripts/start.mjs'], {
  cwd: root,
  env,
  stdio: ['ignore', 'pipe', 'pipe'],
});
let output = '';
start.stdout.on('data', (chunk) => (output += chunk));
start.stderr.on('data', (chunk) => (output += chunk));
const exited = new Promise((resolve) => start.once('exit', (code) => resolve(code)));

let ok = false;
try {
  await until('"Sebaya is running"', 180, async () => output.includes('Sebaya is running'));
  await until('the web page', 10, async () => (await fetch(`http://127.0.0.1:${port + 1}/`)).status === 200);
  const login = await graphql(
    'mutation { login(email: "konselor@sebaya.example", password: "demo-konselor-1") { token } }',
  );
  const queue = await until('a screened demo post in the professional queue', 30, async () => {
    const data = await graphql(
      '{ moderationQueue(queue: PROFESSIONAL) { nodes { severity } } }',
      login.login.token,
    );
    return data.moderationQueue.nodes.length > 0 ? data.moderationQueue.nodes : null;
  });
  console.log(
    `npm start: web and API answer; the worker put ${queue.length} demo case(s) in the professional queue`,
  );
  start.kill('SIGINT');
  const code = await Promise.race([exited, sleep(30_000).then(() => 'timeout')]);
  if (code !== 0) throw new Error(`npm start: Ctrl-C ended it with ${code}, not 0`);
  ok = true;
} catch (error) {
  console.error(`${error.message}\n--- npm start output ---\n${output.slice(-4000)}`);
} finally {
  start.kill('SIGKILL');
  const admin = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await admin.end();
}
process.exit(ok ? 0 : 1);
