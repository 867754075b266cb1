#!/usr/bin/env node
// `npm run bench`: seeds (or reuses) the bench database, starts the real API, a plain node:http + pg
// handler and a bare Apollo server, checks that the API and the plain handler answer the same JSON,
// then measures with autocannon at 50 connections: the thread page, a group's thread list and
// createPost on the API and on the plain handler, `{ __typename }` on bare Apollo and on the API;
// then the thread page at a steady 200 requests/s. Prints a markdown table and the targets.
// The API and the plain handler are measured in alternating rounds, and their ratio is the median
// of the rounds' ratios: this machine's speed drifts from one minute to the next.
//
// Env: BENCH_SECONDS (10), BENCH_ROUNDS (3), BENCH_WARMUP_SECONDS (3), BENCH_CONNECTIONS (50), BENCH_RATE (200),
// BENCH_STEADY_SECONDS, BENCH_REUSE=1 (keep a seeded database), BENCH_BUILD=0|1, BENCH_PORT_BASE
// (4710), BENCH_ONLY=thread,groupThreads,createPost,typename,steady,moderation (a subset; the
// moderation bench is scripts/bench/moderation.mjs, run after this one by `npm run bench`).
import { execSync } from 'node:child_process';
import os from 'node:os';
import pg from 'pg';
import {
  CONNECTIONS,
  PORTS,
  ROUNDS,
  SECONDS,
  STEADY_RATE,
  STEADY_SECONDS,
  WARMUP_SECONDS,
  ROOT,
  databaseUrl,
} from './lib/config.mjs';
import { cpuMeter, otherLoad, waitQuiet } from './lib/cpu.mjs';
import { paced, saturate } from './lib/load.mjs';
import { ensureApiBuilt, log, post, stopAll } from './lib/processes.mjs';
import { loadTargets, requestMaker } from './lib/scenarios.mjs';
import { startApi, startBare, startPlain } from './lib/servers.mjs';
import { seed, vacuumBenchDatabase } from './seed.mjs';

const LABELS = {
  thread: '(a) thread page (thread + 20 posts + authors + reactions)',
  groupThreads: '(b) group page (group + first 20 threads)',
  createPost: '(c) createPost',
  typename: '`{ __typename }`',
};
const SERVER_LABELS = {
  api: 'API (Nest + Apollo + TypeORM)',
  plain: 'plain node:http + pg',
  bare: 'bare Apollo',
};

// Before each measured run, wait (up to 90 s) for other processes to leave the CPUs alone, and run
// it once more when they did not (BENCH_WAIT_QUIET=0: neither).
// At most 3 minutes of waiting and re-running in all, so that a run on a busy machine stays bounded.
let quietBudget = 180_000;
const quiet = async () => {
  if (process.env.BENCH_WAIT_QUIET === '0' || quietBudget <= 0) return;
  const started = Date.now();
  const load = await waitQuiet({ maxSeconds: Math.min(90, quietBudget / 1000) });
  quietBudget -= Date.now() - started;
  if (load >= 25) log(`other processes still use ${fmt(load, 0)}% CPU; measuring anyway`);
};
/** Answers that never came in time mean overload (the run still counts); anything else invalidates it. */
const ATTEMPTS =
  process.env.BENCH_WAIT_QUIET === '0' ? 1 : Number.parseInt(process.env.BENCH_ATTEMPTS ?? '2', 10) || 1;
const NOISY = 20;
const OVERLOAD = new Set(['timeouts', 'no answer in time']);
const invalidCount = (row) =>
  Object.entries(row.problems ?? {}).reduce(
    (sum, [problem, count]) => sum + (OVERLOAD.has(problem) ? 0 : count),
    0,
  );

const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',')) : null;
const wanted = (name) => !only || only.has(name);
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The first path at which two JSON values differ, or null. */
function difference(a, b, at = '$') {
  if (a === b) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return `${at}: ${JSON.stringify(a)?.slice(0, 80)} ≠ ${JSON.stringify(b)?.slice(0, 80)}`;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return `${at}: array vs object`;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.join() !== keysB.join()) return `${at}: keys ${keysA.join(',')} ≠ ${keysB.join(',')}`;
  for (const key of keysA) {
    const found = difference(a[key], b[key], `${at}.${key}`);
    if (found) return found;
  }
  return null;
}

/** Same requests to the API and the plain handler: their JSON must be equal (ids of new posts aside). */
async function checkParity(targets) {
  const headers = (token) => ({
    authorization: `Bearer ${token}`,
    'accept-language': 'id-ID,id;q=0.9,en;q=0.8',
  });
  const mismatches = [];
  let compared = 0;
  for (const scenario of ['thread', 'groupThreads', 'createPost']) {
    const make = requestMaker(scenario, targets);
    for (let index = 0; index < (scenario === 'createPost' ? 3 : 15); index += 1) {
      const { token, body } = make();
      const [api, plain] = [
        await post(PORTS.api, body, headers(token)),
        await post(PORTS.plain, body, headers(token)),
      ];
      const normalise = (text) => {
        const json = JSON.parse(text);
        if (json.data?.createPost?.post) json.data.createPost.post.id = '(new post id)';
        return json;
      };
      compared += 1;
      const found =
        api.status !== plain.status
          ? `HTTP ${api.status} ≠ ${plain.status}`
          : difference(normalise(api.body), normalise(plain.body));
      if (found || JSON.parse(api.body).errors) {
        mismatches.push(`${scenario}: ${found ?? `API errors ${api.body.slice(0, 300)}`}`);
      }
    }
  }
  return { compared, mismatches };
}

/** The middle item by `key` (the upper one of the two middle items when there is an even number). */
const median = (items, key) => [...items].sort((a, b) => key(a) - key(b))[Math.floor(items.length / 2)];

const fmt = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');

function describeEnvironment() {
  let commit = 'unknown';
  try {
    commit = execSync('git rev-parse --short HEAD', { cwd: ROOT }).toString().trim();
    const dirty = execSync('git status --porcelain -- apps/api', { cwd: ROOT }).toString().trim();
    if (dirty) commit += ' (apps/api has uncommitted changes)';
  } catch {
    // not a git checkout
  }
  return `node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim()}), commit ${commit}`;
}

async function databaseFacts() {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT current_setting('server_version') AS version,
      (SELECT count(*) FROM groups)::int AS groups, (SELECT count(*) FROM users)::int AS users,
      (SELECT count(*) FROM threads)::int AS threads, (SELECT count(*) FROM posts)::int AS posts,
      (SELECT count(*) FROM post_reactions)::int AS reactions`);
    return rows[0];
  } finally {
    await client.end();
  }
}

const SCENARIOS = ['thread', 'groupThreads', 'createPost', 'typename', 'steady'];

async function main() {
  if (!SCENARIOS.some(wanted)) return true; // BENCH_ONLY names only the moderation bench
  const started = Date.now();
  ensureApiBuilt();
  await seed();
  const facts = await databaseFacts();
  const targets = await loadTargets();
  log(
    `targets: ${targets.threads.length} threads with ≥21 posts, ${targets.groups.length} group/member pairs, ` +
      `${targets.posting.length} threads to reply to`,
  );

  const before = await otherLoad();
  if (before > 20)
    log(`warning: other processes are using ${fmt(before, 0)}% CPU; the numbers will be skewed`);

  log('starting the API, the plain-pg handler and bare Apollo');
  const [apiServer, plainServer, bareServer] = await Promise.all([startApi(), startPlain(), startBare()]);
  const pids = { api: apiServer.pid, plain: plainServer.pid, bare: bareServer.pid };

  const parity = await checkParity(targets);
  log(`parity: ${parity.compared} requests compared, ${parity.mismatches.length} differ`);
  for (const mismatch of parity.mismatches.slice(0, 5)) log(`  differs: ${mismatch}`);

  const rows = [];
  /** A table row for a run at CONNECTIONS connections. */
  const saturationRow = (scenario, server, result) =>
    rows.push({ scenario, server, mode: `${CONNECTIONS} connections`, ...result });
  /** Per compared scenario: the median of the rounds' API/plain ratios, and the ratios. */
  const comparisons = {};
  /** Every measured run, the rounds not shown in the table included (for the error and noise checks). */
  const measured = [];
  /** One measured run, repeated (BENCH_ATTEMPTS, 2) while other processes took the CPUs; the quietest is kept. */
  const quietest = async (run) => {
    let best = null;
    for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
      await quiet();
      const result = await run();
      if (!best || result.otherCpu < best.otherCpu) best = result;
      if (!(result.otherCpu > NOISY) || attempt === ATTEMPTS || quietBudget <= 0) break;
      quietBudget -= SECONDS * 1000;
      log(`other processes used ${fmt(result.otherCpu, 0)}% CPU during that run; once more`);
    }
    return best;
  };

  /** One measured run of a scenario on a server, after its warm-up. */
  const measure = async (scenario, server, { warmUp = true } = {}) => {
    const port = PORTS[server];
    const makeRequest = requestMaker(scenario, targets);
    const options = { port, scenario, makeRequest, connections: CONNECTIONS };
    if (warmUp && WARMUP_SECONDS > 0) await saturate({ ...options, seconds: WARMUP_SECONDS });
    const result = await quietest(async () => {
      const meter = cpuMeter(pids[server]);
      return { ...(await saturate({ ...options, seconds: SECONDS })), ...meter() };
    });
    log(
      `${scenario} on ${server}: ${fmt(result.rps, 0)} req/s, p50 ${fmt(result.p50)} ms, p99 ${fmt(result.p99)} ms` +
        (result.failures ? `, ${result.failures} FAILED ${JSON.stringify(result.problems)}` : ''),
    );
    measured.push(result);
    await pause(1000);
    return result;
  };

  /**
   * ROUNDS alternating runs of the API and the plain handler; each server's row is its median
   * run, and `ratio` the median of the rounds' API/plain ratios (each from runs a few seconds apart).
   */
  const compare = async (scenario) => {
    const runs = { api: [], plain: [] };
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const server of ['api', 'plain']) {
        runs[server].push(await measure(scenario, server, { warmUp: round === 0 }));
      }
    }
    const ratios = runs.api.map((api, round) => api.rps / runs.plain[round].rps);
    for (const server of ['api', 'plain'])
      saturationRow(
        scenario,
        server,
        median(runs[server], (run) => run.rps),
      );
    comparisons[scenario] = { ratio: median(ratios, (ratio) => ratio), ratios };
  };

  for (const scenario of ['thread', 'groupThreads', 'createPost']) {
    if (wanted(scenario)) await compare(scenario);
  }
  // The replies just written left a dead row per thread update; the steady run reads threads.
  if (wanted('createPost')) await vacuumBenchDatabase();
  if (wanted('typename')) {
    for (const server of ['bare', 'api'])
      saturationRow('typename', server, await measure('typename', server));
  }

  const steady = [];
  if (wanted('steady')) {
    await pause(2000);
    const makeRequest = requestMaker('thread', targets);
    for (const server of ['api', 'plain']) {
      const steadyOptions = { port: PORTS[server], scenario: 'thread', makeRequest, rate: STEADY_RATE };
      if (WARMUP_SECONDS > 0) await paced({ ...steadyOptions, seconds: WARMUP_SECONDS });
      const result = await quietest(async () => {
        const meter = cpuMeter(pids[server]);
        const run = await paced({ ...steadyOptions, seconds: STEADY_SECONDS });
        return { ...run, ...meter() };
      });
      steady.push({ server, mode: `steady ${STEADY_RATE}/s (paced)`, ...result });
      log(`steady ${STEADY_RATE}/s on ${server}: p50 ${fmt(result.p50)} ms, p99 ${fmt(result.p99)} ms`);
      await pause(1000);
    }
    // autocannon's own rate limit, for comparison: it sends each second's quota in a burst.
    const burst = await quietest(async () => {
      const meter = cpuMeter(pids.api);
      const run = await saturate({
        port: PORTS.api,
        scenario: 'thread',
        makeRequest,
        connections: CONNECTIONS,
        seconds: STEADY_SECONDS,
        overallRate: STEADY_RATE,
      });
      return { ...run, ...meter() };
    });
    steady.push({ server: 'api', mode: `autocannon overallRate ${STEADY_RATE} (bursts)`, ...burst });
  }

  await stopAll();

  // --- report ---
  const lines = [];
  lines.push(`## Sebaya bench (${new Date().toISOString()})`, '');
  lines.push(
    `${describeEnvironment()}; PostgreSQL ${facts.version}; data: ${facts.groups} groups, ${facts.users} users, ` +
      `${facts.threads} threads, ${facts.posts} posts, ${facts.reactions} reactions; ` +
      `${SECONDS} s per run after ${WARMUP_SECONDS} s warm-up, ${CONNECTIONS} connections.`,
    '',
  );
  lines.push(
    '| scenario | server | load | req/s | p50 ms | p99 ms | errors | CPU % server / postgres / load gen / other |',
    '|---|---|---|---:|---:|---:|---:|---|',
  );
  const cpu = (row) =>
    Number.isFinite(row.serverCpu)
      ? `${fmt(row.serverCpu, 0)} / ${fmt(row.postgresCpu, 0)} / ${fmt(row.loadCpu, 0)} / ${fmt(row.otherCpu, 0)}`
      : '';
  const errors = (row) => `${row.failures}${row.failures ? ` ${JSON.stringify(row.problems)}` : ''}`;
  for (const row of rows) {
    lines.push(
      `| ${LABELS[row.scenario]} | ${SERVER_LABELS[row.server]} | ${row.mode} | ${fmt(row.rps, 0)} | ${fmt(row.p50)} | ${fmt(row.p99)} | ${errors(row)} | ${cpu(row)} |`,
    );
  }
  for (const row of steady) {
    lines.push(
      `| ${LABELS.thread} | ${SERVER_LABELS[row.server]} | ${row.mode} | ${fmt(row.rps, 0)} | ${fmt(row.p50)} | ${fmt(row.p99)} | ${errors(row)} | ${cpu(row)} |`,
    );
  }
  lines.push('');
  const find = (scenario, server) => rows.find((row) => row.scenario === scenario && row.server === server);
  const percent = (ratio) => `${fmt(100 * ratio, 0)}%`;
  for (const [scenario, { ratio, ratios }] of Object.entries(comparisons)) {
    lines.push(
      `- ${LABELS[scenario]}: API/plain-pg = **${percent(ratio)}** of the requests/s (median of ${ratios.length} ` +
        `alternating rounds: ${ratios.map(percent).join(', ')}), p99 ${fmt(find(scenario, 'api').p99)} vs ` +
        `${fmt(find(scenario, 'plain').p99)} ms`,
    );
  }
  const bare = find('typename', 'bare');
  const apiTypename = find('typename', 'api');
  if (bare && apiTypename) {
    lines.push(
      `- \`{ __typename }\`: API/bare Apollo = ${fmt((100 * apiTypename.rps) / bare.rps, 0)}% of the requests/s`,
    );
  }
  lines.push('', '**Targets for the thread page**');
  if (comparisons.thread) {
    const { ratio } = comparisons.thread;
    lines.push(
      `- at saturation ≥ 50% of the plain-pg handler's requests/s: ${percent(ratio)} → ${ratio >= 0.5 ? 'MET' : 'NOT MET'}`,
    );
  }
  const steadyApi = steady.find((row) => row.server === 'api' && row.mode.includes('paced'));
  if (steadyApi) {
    lines.push(
      `- at a steady ${STEADY_RATE} requests/s, p99 ≤ 50 ms: p99 ${fmt(steadyApi.p99)} ms (p50 ${fmt(steadyApi.p50)}) → ${steadyApi.p99 <= 50 && !steadyApi.failures ? 'MET' : 'NOT MET'}`,
    );
  }
  const failed = [...measured, ...steady].filter((row) => invalidCount(row) > 0);
  const overloaded = [...measured, ...steady].filter((row) => row.failures > invalidCount(row));
  const noisy = [...measured, ...steady].filter((row) => row.otherCpu > NOISY);
  lines.push('');
  if (noisy.length) {
    lines.push(
      `**NOISY**: other processes on the machine used over 20% of a core during ${noisy.length} run(s) ` +
        `(up to ${fmt(Math.max(...noisy.map((row) => row.otherCpu)), 0)}%, column "other"); compare those numbers with care.`,
    );
  }
  if (failed.length) {
    lines.push(`**INVALID RUN**: ${failed.length} run(s) had failed responses (see the errors column).`);
  }
  if (overloaded.length) {
    lines.push(
      `Overload: ${overloaded.length} run(s) had requests that got no answer within 10 s (counted in the errors column; their latencies are lower bounds).`,
    );
  }
  if (parity.mismatches.length) {
    lines.push(
      `**Baseline differs**: the plain-pg handler's JSON differs from the API's for ${parity.mismatches.length} of ${parity.compared} requests: ${parity.mismatches[0]}`,
    );
  } else {
    lines.push(
      `Parity: the plain-pg handler answered the same JSON as the API for all ${parity.compared} sampled requests.`,
    );
  }
  lines.push(`Total time ${fmt((Date.now() - started) / 1000, 0)} s.`);
  console.log(`\n${lines.join('\n')}\n`);
  return failed.length === 0 && parity.mismatches.length === 0;
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  async (error) => {
    console.error(error);
    await stopAll();
    process.exit(1);
  },
);
