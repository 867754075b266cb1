// `npm start`: build what is stale, make sure PostgreSQL and Redis answer (starting project-local
// ones when needed), migrate, seed the demo data, run api + web (+ worker) until Ctrl-C.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildStale } from './build.mjs';
import { bold, cyan, dim, error, green, info, redact, StartError, warn } from './log.mjs';
import { describeExit, Supervisor } from './processes.mjs';
import { ensureServices } from './services.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const API_DIST = path.join(ROOT, 'apps/api/dist');
const WEB_DIR = path.join(ROOT, 'apps/web');
const GUARD = `--import=${pathToFileURL(path.join(ROOT, 'scripts/start/orphan-guard.mjs')).href}`;
const READY_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 10_000;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function port(name, fallback) {
  const raw = process.env[name] || String(fallback);
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    throw new StartError(`${name} must be a port number (1-65535), not "${raw}".`);
  }
  return value;
}

function url(name, fallback, schemes) {
  const raw = process.env[name] || fallback;
  let parsed;
  try {
    parsed = new URL(raw);
  } catch {
    throw new StartError(`${name} is not a valid URL: "${redact(raw)}".`);
  }
  if (!schemes.includes(parsed.protocol)) {
    throw new StartError(`${name} must start with ${schemes.map((s) => `${s}//`).join(' or ')}.`);
  }
  return raw;
}

function readConfig() {
  // Demo accounts have public passwords: by default not with NODE_ENV=production (the seed refuses).
  const demoSetting = (process.env.SEBAYA_DEMO ?? '').toLowerCase();
  const demo = demoSetting
    ? !['0', 'false', 'no', 'off'].includes(demoSetting)
    : process.env.NODE_ENV !== 'production';
  return {
    apiPort: port('API_PORT', 4000),
    webPort: port('WEB_PORT', 3000),
    webHost: process.env.WEB_HOST || '127.0.0.1',
    databaseUrl: url('DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/sebaya', [
      'postgres:',
      'postgresql:',
    ]),
    redisUrl: url('REDIS_URL', 'redis://127.0.0.1:6379', ['redis:', 'rediss:']),
    demo,
  };
}

/** True when something already listens on 127.0.0.1:port. */
function portTaken(portNumber) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port: portNumber });
    socket.setTimeout(1_000, () => (socket.destroy(), resolve(false)));
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** Polls a URL until `accept(response)` holds; returns the last response (or null). */
async function waitFor(target, accept, { timeoutMs, supervisor, serviceName }) {
  const deadline = Date.now() + timeoutMs;
  let last = null;
  while (Date.now() < deadline) {
    if (supervisor.stopping || !supervisor.services.has(serviceName)) return { ok: false, last };
    try {
      const response = await fetch(target, { redirect: 'manual', signal: AbortSignal.timeout(3_000) });
      last = { status: response.status, body: (await response.text()).slice(0, 300) };
      if (accept(response)) return { ok: true, last };
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  return { ok: false, last };
}

function banner(config, notes) {
  const line = dim('─'.repeat(72));
  const rows = [
    ['Web', bold(green(`http://127.0.0.1:${config.webPort}`))],
    ['API', `http://127.0.0.1:${config.apiPort}/graphql   (health: /health)`],
    ['Worker', 'running (screening, moderation queues, deadlines)'],
    ['PostgreSQL', `${redact(config.databaseUrl)}   (${notes.postgres})`],
    ['Redis', `${redact(config.redisUrl)}   (${notes.redis})`],
    ['Demo accounts', notes.demo],
    ['Stop', 'Ctrl-C'],
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  console.log(
    [
      '',
      line,
      `  ${bold('Sebaya is running')}`,
      ...rows.map(([label, value]) => `  ${cyan(`${label}:`.padEnd(width))}${value}`),
      line,
      '',
    ].join('\n'),
  );
}

export async function main() {
  process.chdir(ROOT);
  const supervisor = new Supervisor();
  const stops = []; // stops the project-local servers, in reverse order
  const appServices = ['web', 'worker', 'api'];
  let exiting = null;
  let firstSignalAt = 0;

  const shutdown = (code, message) => {
    if (exiting) return exiting;
    exiting = (async () => {
      if (message) (code === 0 ? info : error)(message);
      const running = appServices.filter((name) => supervisor.services.has(name));
      if (running.length || supervisor.step) info(`Stopping ${running.join(', ') || 'the current step'}…`);
      if (!(await supervisor.stop(appServices, STOP_TIMEOUT_MS))) {
        warn(`Some processes did not stop within ${STOP_TIMEOUT_MS / 1000} s and were killed.`);
      }
      for (const stop of stops.reverse()) {
        try {
          await stop();
        } catch (err) {
          warn(`could not stop a project-local server: ${err.message}`);
        }
      }
      if (code === 0) info('Stopped.');
      process.exit(code);
    })();
    return exiting;
  };

  const onSignal = (signal) => {
    const now = Date.now();
    if (!exiting) {
      firstSignalAt = now;
      console.log('');
      shutdown(0, `Received ${signal}, stopping…`);
    } else if (now - firstSignalAt > 1_500) {
      // A second Ctrl-C (npm also forwards the first one, hence the grace period): stop waiting.
      warn('Killing the app processes now.');
      supervisor.kill();
    }
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, onSignal);
  // A closed terminal must not crash us before the servers are stopped.
  for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});
  const crash = (err) => {
    console.error(err);
    shutdown(1, 'npm start crashed (see above); stopping everything.');
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
  supervisor.onUnexpectedExit = (name, code, signal) => {
    shutdown(1, `${name} exited unexpectedly (${describeExit(code, signal)}); stopping the rest.`);
  };

  const step = async (label, file, args, env) => {
    const { code, signal } = await supervisor.runStep(label, process.execPath, [file, ...args], {
      cwd: ROOT,
      env,
    });
    if (supervisor.stopping) await new Promise(() => {}); // shutting down: wait for exit
    if (code !== 0)
      throw new StartError(`${label} failed (${describeExit(code, signal)}); see [${label}] above.`);
  };

  try {
    if (!fs.existsSync(path.join(ROOT, 'node_modules/.package-lock.json'))) {
      throw new StartError('The dependencies are not installed: run `npm ci` first.');
    }
    const config = readConfig();
    const env = {
      ...process.env,
      DATABASE_URL: config.databaseUrl,
      REDIS_URL: config.redisUrl,
      API_PORT: String(config.apiPort),
    };

    for (const [name, value] of [
      ['API_PORT', config.apiPort],
      ['WEB_PORT', config.webPort],
    ]) {
      if (await portTaken(value)) {
        throw new StartError(
          `Port ${value} (${name}) is already in use: is another npm start still running? ` +
            `Stop it, or choose another port, e.g. ${name}=${value + 1} npm start`,
        );
      }
    }

    // 1. PostgreSQL and Redis (first: a missing server is reported before a long build).
    const notes = await ensureServices(ROOT, config, supervisor, stops);
    if (exiting) return;

    // 2. Builds.
    await buildStale(ROOT, supervisor);
    if (exiting) return;
    for (const built of [
      path.join(API_DIST, 'main.js'),
      path.join(API_DIST, 'worker.js'),
      path.join(WEB_DIR, 'build/index.js'),
    ]) {
      if (!fs.existsSync(built))
        throw new StartError(`${path.relative(ROOT, built)} is missing after the build.`);
    }

    // 3. Migrations, 4. demo data.
    info('Applying database migrations…');
    await step('migrate', path.join(API_DIST, 'migrate.js'), [], env);
    if (!config.demo) {
      const why = process.env.SEBAYA_DEMO ? `SEBAYA_DEMO=${process.env.SEBAYA_DEMO}` : 'NODE_ENV=production';
      info(`${why}: not seeding demo data.`);
      notes.demo = `none (${why})`;
    } else {
      info('Seeding demo data…');
      await step('seed', path.join(API_DIST, 'seed-demo.js'), [], env);
      notes.demo = 'printed by [seed] above, and listed in README.md';
    }

    // 5. The app processes.
    supervisor.startService('api', process.execPath, [GUARD, path.join(API_DIST, 'main.js')], {
      cwd: ROOT,
      env,
    });
    supervisor.startService('worker', process.execPath, [GUARD, path.join(API_DIST, 'worker.js')], {
      cwd: ROOT,
      env,
    });
    supervisor.startService('web', process.execPath, [GUARD, path.join(WEB_DIR, 'build/index.js')], {
      cwd: WEB_DIR,
      env: {
        ...env,
        PORT: String(config.webPort),
        HOST: config.webHost,
        API_URL: process.env.API_URL || `http://127.0.0.1:${config.apiPort}`,
        SHUTDOWN_TIMEOUT: process.env.SHUTDOWN_TIMEOUT || '5',
      },
    });

    const health = await waitFor(`http://127.0.0.1:${config.apiPort}/health`, (r) => r.status === 200, {
      timeoutMs: READY_TIMEOUT_MS,
      supervisor,
      serviceName: 'api',
    });
    if (exiting) return;
    if (!health.ok) {
      const last = health.last ? ` Last answer: ${health.last.status} ${health.last.body}` : '';
      throw new StartError(`The API did not become healthy within ${READY_TIMEOUT_MS / 1000} s.${last}`);
    }
    const web = await waitFor(`http://127.0.0.1:${config.webPort}/`, () => true, {
      timeoutMs: READY_TIMEOUT_MS,
      supervisor,
      serviceName: 'web',
    });
    if (exiting) return;
    if (!web.ok) throw new StartError(`The web app did not answer within ${READY_TIMEOUT_MS / 1000} s.`);
    if (web.last.status >= 500) warn(`The web app answers ${web.last.status} on /.`);
    banner(config, notes);
  } catch (err) {
    if (exiting) return;
    if (err instanceof StartError) {
      await shutdown(1, err.message);
    } else {
      console.error(err);
      await shutdown(1, 'npm start failed (see above).');
    }
  }
}
