// PostgreSQL and Redis for `npm start`: use the ones at DATABASE_URL / REDIS_URL when they answer,
// otherwise start project-local instances with their data under .local/ (stopped on exit).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { info, redact, StartError, tailOf } from './log.mjs';
import { describeExit, runCapture } from './processes.mjs';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1']);
const isRoot = process.getuid?.() === 0;

// ---------------------------------------------------------------- probing

/** True when a TCP (or unix socket) connection to the target opens within the timeout. */
export function canConnect(target, timeoutMs = 1_500) {
  return new Promise((resolve) => {
    const socket = net.connect(target);
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** True when a Redis server answers PING (a NOAUTH error counts: it is Redis, and it is up). */
function redisAnswers({ host, port }, timeoutMs = 1_000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    let reply = '';
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      reply += chunk;
      if (reply.includes('\r\n')) done(/^(\+PONG|-NOAUTH)/.test(reply));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function bareHost(hostname) {
  return hostname.replace(/^\[|\]$/g, '') || 'localhost';
}

export function parseDatabaseUrl(raw) {
  const url = new URL(raw);
  const socketDir = url.searchParams.get('host');
  return {
    raw,
    host: bareHost(url.hostname),
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username) || 'postgres',
    socketDir: socketDir?.startsWith('/') ? socketDir : undefined,
  };
}

export function parseRedisUrl(raw) {
  const url = new URL(raw);
  return {
    raw,
    host: bareHost(url.hostname),
    port: Number(url.port || 6379),
    password: decodeURIComponent(url.password),
  };
}

// ---------------------------------------------------------------- finding the binaries

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

const pathDirs = () => (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);

function which(name, extraDirs = []) {
  for (const dir of [...pathDirs(), ...extraDirs]) {
    const file = path.join(dir, name);
    if (isExecutable(file)) return file;
  }
  return null;
}

/** Sub-folders `<parent>/<prefix>*` + suffix, newest version first. */
function versionedDirs(parent, prefix, suffix) {
  let entries;
  try {
    entries = fs.readdirSync(parent).filter((entry) => entry.startsWith(prefix));
  } catch {
    return [];
  }
  const version = (entry) => Number.parseFloat(entry.slice(prefix.length).replace(/^[@-]/, '')) || 0;
  return entries.sort((a, b) => version(b) - version(a)).map((entry) => path.join(parent, entry, suffix));
}

const PG_LOOKED_IN =
  'PATH, /usr/lib/postgresql/*/bin, /usr/pgsql-*/bin and Homebrew’s postgresql@* (or SEBAYA_PG_BIN)';

/** Folders holding initdb + pg_ctl: SEBAYA_PG_BIN alone when set, else PATH then the usual places. */
function postgresBinDirs() {
  const override = process.env.SEBAYA_PG_BIN;
  const dirs = override
    ? [override]
    : [
        ...pathDirs(),
        ...versionedDirs('/usr/lib/postgresql', '', 'bin'),
        ...versionedDirs('/usr', 'pgsql-', 'bin'),
        ...versionedDirs('/opt/homebrew/opt', 'postgresql', 'bin'),
        ...versionedDirs('/usr/local/opt', 'postgresql', 'bin'),
      ];
  return [...new Set(dirs)].filter(
    (dir) => isExecutable(path.join(dir, 'initdb')) && isExecutable(path.join(dir, 'pg_ctl')),
  );
}

function postgresMajor(binDir) {
  try {
    const out = execFileSync(path.join(binDir, 'pg_ctl'), ['--version'], { encoding: 'utf8' });
    return out.match(/(\d+)(?:\.\d+)?/)?.[1] ?? null;
  } catch {
    return null;
  }
}

/** The redis-server binary: SEBAYA_REDIS_SERVER when set, else from PATH. */
function findRedisServer() {
  const override = process.env.SEBAYA_REDIS_SERVER;
  if (override) return isExecutable(override) ? override : null;
  return which('redis-server');
}

// ---------------------------------------------------------------- running as the postgres user

function shQuote(value) {
  return `'${String(value).replaceAll("'", `'\\''`)}'`;
}

/**
 * initdb and postgres refuse to run as root. As root we run them as the `postgres` system user
 * (runuser, else su), on folders that user owns.
 */
function postgresRunner() {
  if (!isRoot) return { wrap: (file, args) => [file, args] };
  let entry;
  try {
    entry = fs
      .readFileSync('/etc/passwd', 'utf8')
      .split('\n')
      .find((line) => line.startsWith('postgres:'));
  } catch {
    return null;
  }
  if (!entry) return null;
  const [, , uid, gid] = entry.split(':').map(Number);
  const runuser = which('runuser', ['/usr/sbin', '/sbin']);
  const wrap = runuser
    ? (file, args) => [runuser, ['-u', 'postgres', '--', file, ...args]]
    : (file, args) => ['su', ['postgres', '-s', '/bin/sh', '-c', [file, ...args].map(shQuote).join(' ')]];
  return { wrap, uid, gid };
}

// ---------------------------------------------------------------- leftovers of an earlier run

function processName(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return null; // not Linux, or no such process
  }
}

function commandLine(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
  } catch {
    return '';
  }
}

/** The pid in a pid file when that process is alive and its name contains `expected` (Linux only). */
function livePid(pidFile, expected) {
  try {
    const [pidLine, , , portLine] = fs.readFileSync(pidFile, 'utf8').split('\n');
    const pid = Number(pidLine);
    if (!pid || !processName(pid)?.includes(expected)) return null;
    return { pid, port: Number(portLine) || null };
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------- the instructions

function installedPostgresVersion() {
  try {
    return fs.readdirSync('/etc/postgresql').sort().at(-1) ?? '<version>';
  } catch {
    return '<version>';
  }
}

function installHelp({ postgres, redis }) {
  const both = postgres && redis;
  const apt = [postgres && 'postgresql', redis && 'redis-server'].filter(Boolean).join(' ');
  const brew = [postgres && 'postgresql@15', redis && 'redis'].filter(Boolean);
  const lines = [
    `Get ${both ? 'PostgreSQL and Redis' : postgres ? 'PostgreSQL' : 'Redis'} running, then run npm start again:`,
    `  Debian/Ubuntu: sudo apt-get install ${apt}`,
    postgres &&
      `                 sudo pg_ctlcluster --skip-systemctl-redirect ${installedPostgresVersion()} main start` +
        '   (the version: ls /etc/postgresql)',
    redis && '                 redis-server --daemonize yes',
    `  macOS:         brew install ${brew.join(' ')}`,
    `                 ${brew.map((formula) => `brew services start ${formula}`).join(' && ')}`,
    `  Docker:        docker compose -f infra/compose.yaml up -d${both ? '' : ` ${postgres ? 'postgres' : 'redis'}`}`,
    'With the server programs installed but not running, npm start runs project-local ones itself',
    '(data under .local/). Or point DATABASE_URL / REDIS_URL at servers you already have.',
  ];
  return lines.filter(Boolean).join('\n');
}

// ---------------------------------------------------------------- PostgreSQL

const socketPathMax = 100; // unix socket paths are limited to ~104-108 bytes

/**
 * Starts a project-local PostgreSQL for the URL's port, data in .local/postgres, with the binaries
 * of one of `dirs`, and pushes onto `stops` what stops it. Throws StartError when it can't.
 */
async function startLocalPostgres(root, db, dirs, stops) {
  const local = path.join(root, '.local');
  const dataDir = path.join(local, 'postgres');
  const socketDir = path.join(local, 'run');
  const logFile = path.join(local, 'postgres.log');

  const versionFile = path.join(dataDir, 'PG_VERSION');
  const dataVersion = fs.existsSync(versionFile) ? fs.readFileSync(versionFile, 'utf8').trim() : null;
  const binDir = dataVersion ? dirs.find((dir) => postgresMajor(dir) === dataVersion) : dirs[0];
  if (!binDir) {
    throw new StartError(
      `.local/postgres holds a PostgreSQL ${dataVersion} cluster, but only PostgreSQL ` +
        `${dirs.map(postgresMajor).join(', ')} is installed (${dirs.join(', ')}).\n` +
        `It only holds local demo data: delete .local/postgres to start afresh, or set SEBAYA_PG_BIN.`,
    );
  }

  const runner = postgresRunner();
  if (!runner) {
    throw new StartError(
      'PostgreSQL refuses to run as root, and there is no `postgres` system user to run the project-local\n' +
        'server as. Run npm start as a normal user, or start the system service:\n' +
        `  pg_ctlcluster --skip-systemctl-redirect ${installedPostgresVersion()} main start   (the version: ls /etc/postgresql)`,
    );
  }

  fs.mkdirSync(socketDir, { recursive: true });
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (!fs.existsSync(logFile)) fs.writeFileSync(logFile, '');
  if (runner.uid !== undefined) {
    for (const target of [dataDir, socketDir, logFile]) fs.chownSync(target, runner.uid, runner.gid);
    const [file, args] = runner.wrap('/bin/sh', [
      '-c',
      'test -w "$0" && test -w "$1" && test -w "$2"',
      dataDir,
      socketDir,
      logFile,
    ]);
    if ((await runCapture(file, args)).code !== 0) {
      throw new StartError(
        `Running as root, the project-local PostgreSQL must run as the \`postgres\` user, which cannot\n` +
          `reach ${dataDir} (a parent folder of the project is closed to other users).\n` +
          'Start the system service instead:\n' +
          `  pg_ctlcluster --skip-systemctl-redirect ${installedPostgresVersion()} main start   (the version: ls /etc/postgresql)\n` +
          'or run npm start as a normal user.',
      );
    }
  }

  const run = async (tool, args) => {
    const [file, wrapped] = runner.wrap(path.join(binDir, tool), args);
    return runCapture(file, wrapped, { cwd: local });
  };

  if (!dataVersion) {
    info(`Creating a project-local PostgreSQL cluster in .local/postgres (${binDir})…`);
    const init = await run('initdb', [
      '-D',
      dataDir,
      '-U',
      db.user,
      '--auth=trust',
      '--encoding=UTF8',
      '--no-locale',
    ]);
    if (init.code !== 0) {
      throw new StartError(
        `initdb failed (${describeExit(init.code, init.signal)}):\n${init.output.trimEnd()}`,
      );
    }
  }

  const socketOption =
    path.join(socketDir, `.s.PGSQL.${db.port}`).length <= socketPathMax
      ? `-k ${shQuote(socketDir)}`
      : `-c unix_socket_directories=''`;
  info(`Starting a project-local PostgreSQL on ${db.host}:${db.port} (data in .local/postgres)…`);
  // Registered before it starts, so that an interrupt while it starts stops it too.
  stops.push(async () => {
    if (!fs.existsSync(path.join(dataDir, 'postmaster.pid'))) return; // not running
    info('Stopping the project-local PostgreSQL…');
    const result = await run('pg_ctl', ['-D', dataDir, 'stop', '-m', 'fast', '-w', '-t', '30']);
    if (result.code !== 0) info(`pg_ctl stop: ${result.output.trim()}`);
  });
  const start = await run('pg_ctl', [
    '-D',
    dataDir,
    '-l',
    logFile,
    '-w',
    '-t',
    '60',
    '-o',
    `-p ${db.port} -c listen_addresses=${shQuote(db.host)} ${socketOption}`,
    'start',
  ]);
  if (start.code !== 0 || !(await canConnect({ host: db.host, port: db.port }))) {
    throw new StartError(
      `The project-local PostgreSQL did not start (${describeExit(start.code, start.signal)}).\n` +
        `${start.output.trimEnd()}\nLast lines of .local/postgres.log:\n${await tailOf(logFile)}`,
    );
  }
}

// ---------------------------------------------------------------- Redis

function redisBindAddresses(host) {
  if (host === 'localhost') return ['127.0.0.1', '-::1'];
  return [host];
}

/** Starts a project-local Redis as a child process; like startLocalPostgres. */
async function startLocalRedis(root, redis, server, supervisor, stops) {
  const dir = path.join(root, '.local/redis');
  const logFile = path.join(dir, 'redis.log');
  fs.mkdirSync(dir, { recursive: true });
  const args = [
    '--port',
    String(redis.port),
    '--bind',
    ...redisBindAddresses(redis.host),
    '--dir',
    dir,
    '--save',
    '',
    '--appendonly',
    'no',
    '--daemonize',
    'no',
    '--logfile',
    logFile,
    '--pidfile',
    path.join(dir, 'redis.pid'),
  ];
  if (redis.password) args.push('--requirepass', redis.password);
  info(`Starting a project-local Redis on ${redis.host}:${redis.port} (${server})…`);
  const service = supervisor.startService('redis', server, args, {
    cwd: dir,
    stdio: 'ignore',
    watched: false,
  });
  stops.push(async () => {
    info('Stopping the project-local Redis…');
    await supervisor.stop(['redis'], 5_000);
  });
  let exit = null;
  service.exited.then((result) => (exit = result));
  for (let waited = 0; waited < 15_000; waited += 200) {
    if (exit) break;
    if (await redisAnswers(redis)) {
      service.watched = true;
      return;
    }
    await sleep(200);
  }
  throw new StartError(
    `The project-local Redis did not start${exit ? ` (${describeExit(exit.code, exit.signal)})` : ''}.\n` +
      `Last lines of .local/redis/redis.log:\n${await tailOf(logFile)}`,
  );
}

/** A leftover project-local server from an earlier run that was killed: we stop it on exit. */
function adoptLeftover(kind, pidFile, processLabel, port) {
  const leftover = livePid(pidFile, processLabel);
  if (!leftover) return null;
  // postmaster.pid names the port; redis-server shows "host:port" in its command line.
  const onPort =
    leftover.port !== null ? leftover.port === port : commandLine(leftover.pid).endsWith(`:${port}`);
  if (!onPort) return null;
  info(`Using the project-local ${kind} left running by an earlier npm start (pid ${leftover.pid}).`);
  return async () => {
    info(`Stopping the project-local ${kind}…`);
    try {
      process.kill(leftover.pid, kind === 'PostgreSQL' ? 'SIGINT' : 'SIGTERM'); // SIGINT: postgres "fast" shutdown
    } catch {
      return;
    }
    for (let waited = 0; waited < 15_000 && processName(leftover.pid); waited += 200) await sleep(200);
  };
}

// ---------------------------------------------------------------- both

/**
 * Makes sure PostgreSQL and Redis answer at the configured URLs, starting project-local ones when
 * they don't. Nothing is started unless both can be had. Pushes onto `stops` a function stopping
 * each server it started (as soon as it starts); returns notes for the banner: { postgres, redis }.
 * Throws StartError when one is neither reachable nor startable.
 */
export async function ensureServices(root, { databaseUrl, redisUrl }, supervisor, stops) {
  const db = parseDatabaseUrl(databaseUrl);
  const redis = parseRedisUrl(redisUrl);
  const notes = {};
  const problems = [];
  const missing = {};

  // What answers already, and what could be started.
  const dbTarget = db.socketDir ? { path: path.join(db.socketDir, `.s.PGSQL.${db.port}`) } : db;
  const [dbUp, redisUp] = await Promise.all([canConnect(dbTarget), canConnect(redis)]);
  let pgDirs = [];
  let redisServer = null;
  if (dbUp) {
    const adopted = db.socketDir
      ? null
      : adoptLeftover('PostgreSQL', path.join(root, '.local/postgres/postmaster.pid'), 'postgres', db.port);
    if (adopted) stops.push(adopted);
    notes.postgres = adopted ? 'project-local, .local/postgres' : 'already running';
    info(`PostgreSQL answers at ${redact(db.raw)}.`);
  } else if (db.socketDir || !LOOPBACK.has(db.host)) {
    problems.push(
      `PostgreSQL does not answer at ${redact(db.raw)}, which is not on this machine: start it there, or fix DATABASE_URL.`,
    );
    missing.postgres = true;
  } else {
    pgDirs = postgresBinDirs();
    if (!pgDirs.length) {
      problems.push(
        `PostgreSQL does not answer at ${redact(db.raw)}, and there are no PostgreSQL server programs ` +
          `(initdb, pg_ctl) to start one: looked in ${PG_LOOKED_IN}.`,
      );
      missing.postgres = true;
    }
  }
  if (redisUp) {
    const adopted = adoptLeftover('Redis', path.join(root, '.local/redis/redis.pid'), 'redis', redis.port);
    if (adopted) stops.push(adopted);
    notes.redis = adopted ? 'project-local' : 'already running';
    info(`Redis answers at ${redact(redis.raw)}.`);
  } else if (!LOOPBACK.has(redis.host)) {
    problems.push(
      `Redis does not answer at ${redact(redis.raw)}, which is not on this machine: start it there, or fix REDIS_URL.`,
    );
    missing.redis = true;
  } else {
    redisServer = findRedisServer();
    if (!redisServer) {
      problems.push(
        `Redis does not answer at ${redact(redis.raw)}, and there is no redis-server to start one: ` +
          'looked in PATH (or SEBAYA_REDIS_SERVER).',
      );
      missing.redis = true;
    }
  }
  if (problems.length) throw new StartError(`${problems.join('\n')}\n\n${installHelp(missing)}`);

  // Start what doesn't answer (unless we are being stopped meanwhile).
  if (!dbUp && !supervisor.stopping) {
    info(`PostgreSQL does not answer at ${redact(db.raw)}.`);
    await startLocalPostgres(root, db, pgDirs, stops);
    notes.postgres = 'project-local, data in .local/postgres';
  }
  if (!redisUp && !supervisor.stopping) {
    info(`Redis does not answer at ${redact(redis.raw)}.`);
    await startLocalRedis(root, redis, redisServer, supervisor, stops);
    notes.redis = 'project-local, nothing kept on disk';
  }
  return notes;
}
