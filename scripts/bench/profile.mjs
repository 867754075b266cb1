#!/usr/bin/env node
// Where the API's time goes: `node scripts/bench/profile.mjs [thread|groupThreads|createPost|typename]`.
// 1. Counts the SQL statements per request of each scenario, on the API and on the plain-pg handler
//    (a preload counts pg's Client#query calls).
// 2. Runs the API under `node --cpu-prof` with the scenario's load at 50 connections
//    (BENCH_PROFILE_SECONDS, 10 s, after a warm-up), and summarises the samples taken during the
//    measured window: top self-time functions, self time by package, time per layer.
// Reuses a seeded database when there is one (BENCH_REUSE=0 reseeds).
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CONNECTIONS, PORTS, ROOT, WARMUP_SECONDS } from './lib/config.mjs';
import { cpuMeter, waitQuiet } from './lib/cpu.mjs';
import { summarise } from './lib/cpuprofile.mjs';
import { saturate } from './lib/load.mjs';
import { ensureApiBuilt, log, post, stopAll } from './lib/processes.mjs';
import { loadTargets, requestMaker } from './lib/scenarios.mjs';
import { startApi, startPlain } from './lib/servers.mjs';
import { seed } from './seed.mjs';

const scenario = process.argv[2] ?? 'thread';
// BENCH_PROFILE_SERVER=plain profiles the plain-pg baseline instead, for comparison.
const SERVER = process.env.BENCH_PROFILE_SERVER === 'plain' ? 'plain' : 'api';
const SECONDS = Number.parseInt(process.env.BENCH_PROFILE_SECONDS ?? '10', 10);
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const nowMicros = () => Number(process.hrtime.bigint() / 1000n);

async function countStatements(targets, dir) {
  const file = path.join(dir, 'query-count');
  const preload = ['--import', path.join(ROOT, 'scripts/bench/lib/count-queries.mjs')];
  const env = { BENCH_QUERY_COUNT_FILE: file };
  const servers = [
    ['api', await startApi({ nodeArgs: preload, env })],
    ['plain', await startPlain({ nodeArgs: preload, env })],
  ];
  const counts = {};
  const headers = (token) => (token ? { authorization: `Bearer ${token}` } : {});
  for (const name of ['thread', 'groupThreads', 'createPost', 'typename']) {
    for (const [server, handle] of servers) {
      if (name === 'typename' && server === 'plain') continue;
      const make = requestMaker(name, targets);
      process.kill(handle.pid, 'SIGUSR2');
      await pause(200);
      const requests = 20;
      for (let index = 0; index < requests; index += 1) {
        const { token, body } = make();
        const response = await post(PORTS[server], body, headers(token));
        if (response.status !== 200 || response.body.includes('"errors"')) {
          throw new Error(`${name} on ${server}: ${response.status} ${response.body.slice(0, 300)}`);
        }
      }
      process.kill(handle.pid, 'SIGUSR2');
      await pause(300);
      counts[`${name} on ${server}`] = Number(readFileSync(file, 'utf8')) / requests;
    }
  }
  await stopAll();
  return counts;
}

async function main() {
  ensureApiBuilt();
  await seed({ reuse: process.env.BENCH_REUSE !== '0' });
  const targets = await loadTargets();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sebaya-bench-profile-'));

  log('counting SQL statements per request');
  const counts = await countStatements(targets, dir);

  log(`profiling ${SERVER} under ${scenario} load (${SECONDS} s at ${CONNECTIONS} connections)`);
  const nodeArgs = ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=250'];
  const server = SERVER === 'plain' ? await startPlain({ nodeArgs }) : await startApi({ nodeArgs });
  const makeRequest = requestMaker(scenario, targets);
  const options = { port: PORTS[SERVER], scenario, makeRequest, connections: CONNECTIONS };
  await saturate({ ...options, seconds: WARMUP_SECONDS });
  await waitQuiet();
  const from = nowMicros();
  const meter = cpuMeter(server.pid);
  const result = { ...(await saturate({ ...options, seconds: SECONDS })), ...meter() };
  const to = nowMicros();
  await server.stop(); // SIGTERM: the server closes and exits, and node writes the profile
  const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no .cpuprofile in ${dir} (did the API exit cleanly?)`);

  console.log(
    `\n## ${SERVER === 'api' ? 'API' : 'plain-pg baseline'} profile: ${scenario}, ${CONNECTIONS} connections\n`,
  );
  console.log(
    `${result.rps.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, failed ${result.failures} ` +
      `(the profiler slows the server somewhat); CPU %: server ${result.serverCpu?.toFixed(0)}, ` +
      `postgres ${result.postgresCpu?.toFixed(0)}, load generator ${result.loadCpu?.toFixed(0)}, ` +
      `other processes ${result.otherCpu?.toFixed(0)}\n`,
  );
  console.log('SQL statements per request (pg Client#query calls, BEGIN/COMMIT included):\n');
  for (const [name, count] of Object.entries(counts)) console.log(`- ${name}: ${count.toFixed(1)}`);
  console.log('');
  console.log(summarise(path.join(dir, file), { window: [from, to] }));
  console.log(`\nRaw profile (open in Chrome DevTools › Performance): ${path.join(dir, file)}`);
  rmSync(path.join(dir, 'query-count'), { force: true });
}

main().then(
  () => process.exit(0),
  async (error) => {
    console.error(error);
    await stopAll();
    process.exit(1);
  },
);
