// Child processes of the bench (the API and the baselines): started on their own ports, probed until
// they answer, and stopped (SIGTERM, then SIGKILL) at the end, on an error and on Ctrl-C.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { HOST, ROOT } from './config.mjs';

const children = new Set();

/** What the bench runs, built from these sources (the API imports the screening library's dist). */
const BUILT_OUTPUTS = ['libs/screening/dist/index.js', 'apps/api/dist/main.js', 'apps/api/dist/worker.js'];
const BUILT_SOURCES = ['libs/screening/src', 'apps/api/src'];

export function log(message) {
  console.log(`[bench] ${message}`);
}

/** Stops every child still running; waits up to 5 s for each before SIGKILL. */
export async function stopAll() {
  await Promise.all([...children].map((child) => child.stop()));
}

let exiting = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (exiting) return;
    exiting = true;
    log(`${signal}: stopping the servers`);
    stopAll().finally(() => process.exit(130));
  });
}
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

function portInUse(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: HOST });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.setTimeout(1000, () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/**
 * Starts `node [nodeArgs] file` with env; resolves once `ready()` answers true (polled every
 * 200 ms, at most `timeoutMs`). The returned handle has stop() and the last lines of output.
 */
export async function startServer(name, file, { env, port, nodeArgs = [], ready, timeoutMs = 60_000 }) {
  if (await portInUse(port)) throw new Error(`${name}: port ${port} is already in use (set BENCH_PORT_BASE)`);
  const child = spawn(process.execPath, [...nodeArgs, file], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = [];
  const keep = (chunk) => {
    output.push(...chunk.toString().split('\n').filter(Boolean));
    if (output.length > 50) output.splice(0, output.length - 50);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = null;
  const exit = new Promise((resolve) =>
    child.once('exit', (code, signal) => resolve((exited = { code, signal }))),
  );
  const handle = {
    name,
    pid: child.pid,
    output,
    kill: (signal) => {
      if (!exited) child.kill(signal);
    },
    async stop() {
      if (!exited) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exit;
        clearTimeout(timer);
      }
      children.delete(handle);
      return exited;
    },
    exit,
  };
  children.add(handle);

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) break;
    if (await ready().catch(() => false)) return handle;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await handle.stop();
  throw new Error(
    `${name} did not become ready (${exited ? `exited ${JSON.stringify(exited)}` : 'timeout'}):\n  ${output.slice(-20).join('\n  ')}`,
  );
}

/** The newest modification time under a folder (sources of the API). */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

/**
 * Builds the screening library and the API when an output is missing or older than a source file.
 * BENCH_BUILD=0 never builds, 1 always.
 */
export function ensureApiBuilt() {
  const setting = process.env.BENCH_BUILD;
  const outputs = BUILT_OUTPUTS.map((file) => path.join(ROOT, file));
  const newestSource = Math.max(...BUILT_SOURCES.map((dir) => newest(path.join(ROOT, dir))));
  const stale = outputs.some((file) => !existsSync(file) || statSync(file).mtimeMs < newestSource);
  if (setting === '0' || (!stale && setting !== '1')) {
    if (stale)
      log('warning: the built API or screening library is older than its sources (BENCH_BUILD=0 keeps it)');
    return;
  }
  log('building the screening library and the API');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', 'build', '-w', '@sebaya/screening', '-w', '@sebaya/api'], {
    cwd: ROOT,
    stdio: 'inherit',
    timeout: 300_000,
  });
  if (result.status !== 0) throw new Error('the API build failed');
}

/** POSTs a GraphQL body; resolves { status, body }. For probes and checks, not for load. */
export function post(port, body, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: HOST,
        port,
        path: '/graphql',
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
      },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.setTimeout(10_000, () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(body);
  });
}

export function get(port, urlPath) {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: HOST, port, path: urlPath }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.setTimeout(5_000, () => req.destroy(new Error('timeout')));
    req.on('error', reject);
  });
}
