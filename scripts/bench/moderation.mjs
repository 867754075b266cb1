#!/usr/bin/env node
// The moderation path under load (part of `npm run bench`): the real API and worker on the bench
// database, a professional subscribed to caseQueued(PROFESSIONAL) over graphql-ws, 50 ordinary
// replies per second (paced), and risky replies (HIGH: visible, professional queue) 5 times a
// second among them. For each risky reply: the time from the post's commit (its createdAt, the
// database clock of this machine) to the case arriving at the professional's client. Then the
// classifier's own throughput (libs/screening/bench). Target: p99 ≤ 100 ms.
//
// Runs unless BENCH_ONLY leaves out `moderation`. Env: BENCH_SECONDS (10), BENCH_WARMUP_SECONDS (3,
// the same traffic, not counted), BENCH_MODERATION_RATE (50 ordinary posts/s), BENCH_MODERATION_PROBES
// (5 risky posts/s), and those of lib/config.mjs.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Queue } from 'bullmq';
import { createClient } from 'graphql-ws';
import { Redis } from 'ioredis';
import WebSocket from 'ws';
import pg from 'pg';
import {
  API_DIST,
  PORTS,
  REDIS_PREFIX,
  REDIS_URL,
  ROOT,
  SECONDS,
  WARMUP_SECONDS,
  apiEnv,
  databaseUrl,
  tokenOf,
} from './lib/config.mjs';
import { cpuMeter, waitQuiet } from './lib/cpu.mjs';
import { paced } from './lib/load.mjs';
import { ensureApiBuilt, log, post, startServer, stopAll } from './lib/processes.mjs';
import { loadTargets, requestMaker } from './lib/scenarios.mjs';
import { startApi } from './lib/servers.mjs';
import { seed } from './seed.mjs';

const int = (name, fallback) => Number.parseInt(process.env[name] ?? '', 10) || fallback;
const ORDINARY_RATE = int('BENCH_MODERATION_RATE', 50);
const PROBE_RATE = int('BENCH_MODERATION_PROBES', 5);
/** Bench users 3 to 10 are professionals (seed.mjs). */
const PROFESSIONAL = 3;
const RISKY = 'Akhir-akhir ini aku pengen mati aja, capek hidup.';
const CASE_QUEUED = 'subscription { caseQueued(queue: PROFESSIONAL) { id post { id } } }';
const PROBE = `mutation Probe($input: CreatePostInput!) { createPost(input: $input) { post { id createdAt } } }`;

const fmt = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const percentile = (sorted, q) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The worker: ready once its BullMQ workers are connected to the screening queue. */
async function startWorker() {
  const connection = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
  const screening = new Queue('screening', { connection, prefix: `${REDIS_PREFIX}:bull` });
  try {
    return await startServer('worker', path.join(API_DIST, 'worker.js'), {
      env: apiEnv(),
      port: 0,
      ready: async () => (await screening.getWorkersCount()) > 0,
    });
  } finally {
    await screening.close();
    connection.disconnect();
  }
}

/** The professional's client: resolves each arriving case's post id with its arrival time (ms since epoch). */
async function subscribeProfessional(onCase) {
  const client = createClient({
    url: `ws://127.0.0.1:${PORTS.api}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${tokenOf(PROFESSIONAL)}` },
  });
  const connected = new Promise((resolve) => client.on('connected', resolve));
  client.subscribe(
    { query: CASE_QUEUED },
    {
      next: (result) => {
        const postId = result.data?.caseQueued?.post?.id;
        if (postId) onCase(postId, performance.timeOrigin + performance.now());
      },
      error: (error) => log(`caseQueued subscription failed: ${JSON.stringify(error)}`),
      complete: () => {},
    },
  );
  await connected;
  await sleep(300);
  return client;
}

/** Risky replies at `rate` per second for `seconds`; returns each post's id and commit time. */
async function sendProbes(targets, rate, seconds) {
  const probes = [];
  const total = Math.round(rate * seconds);
  for (let i = 0; i < total; i += 1) {
    const target = targets.posting[i % targets.posting.length];
    const body = JSON.stringify({
      query: PROBE,
      variables: { input: { threadId: target.id, body: `${RISKY} (${i})` } },
    });
    post(PORTS.api, body, { authorization: `Bearer ${target.token}` }).then(({ status, body: answer }) => {
      const created = status === 200 ? JSON.parse(answer).data?.createPost?.post : null;
      probes.push(
        created ? { postId: created.id, committedAt: Date.parse(created.createdAt) } : { failed: true },
      );
    });
    await sleep(1000 / rate);
  }
  await sleep(2000);
  return probes;
}

/**
 * Replies written by earlier bench runs (without a worker) wait in the outbox: screen them first.
 * Then close the cases earlier runs left open, whose deadline jobs would otherwise escalate them
 * (and notify every on-duty professional) in the middle of this run.
 */
async function drainBacklog() {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    const pending = async () =>
      (await client.query(`SELECT count(*)::int AS n FROM outbox WHERE done_at IS NULL AND run_at <= now()`))
        .rows[0].n;
    const backlog = await pending();
    if (backlog > 0) log(`moderation: the worker first screens ${backlog} replies left by earlier runs`);
    const deadline = Date.now() + 300_000;
    while ((await pending()) > 0) {
      if (Date.now() > deadline) throw new Error('the worker did not drain the outbox within 5 minutes');
      await sleep(500);
    }
    const closed = await client.query(
      `UPDATE moderation_cases SET status = 'RESOLVED', resolution = 'NO_ACTION', resolved_at = now()
       WHERE status <> 'RESOLVED'`,
    );
    if (closed.rowCount > 0) log(`moderation: closed ${closed.rowCount} cases left open by earlier runs`);
  } finally {
    await client.end();
  }
}

function screeningThroughput() {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'libs/screening/bench/screening.bench.mjs')], {
    encoding: 'utf8',
  });
  return (run.stdout || run.stderr).trim();
}

async function moderationBench() {
  ensureApiBuilt();
  await seed({ reuse: true });
  const targets = await loadTargets({ count: 500 });
  const api = await startApi();
  const worker = await startWorker();
  await drainBacklog();
  const arrivals = new Map();
  const client = await subscribeProfessional((postId, at) => arrivals.set(postId, at));

  const traffic = (seconds) =>
    Promise.all([
      paced({
        port: PORTS.api,
        scenario: 'createPost',
        makeRequest: requestMaker('createPost', targets),
        rate: ORDINARY_RATE,
        seconds,
      }),
      sendProbes(targets, PROBE_RATE, seconds),
    ]);
  if (WARMUP_SECONDS > 0) {
    log(`moderation: ${WARMUP_SECONDS} s warm-up (freshly started processes compile their hot paths)`);
    await traffic(WARMUP_SECONDS);
  }
  if (process.env.BENCH_WAIT_QUIET !== '0') await waitQuiet();
  log(`moderation: ${ORDINARY_RATE} ordinary posts/s with ${PROBE_RATE} risky posts/s for ${SECONDS} s`);
  const apiMeter = cpuMeter(api.pid);
  const workerMeter = cpuMeter(worker.pid);
  const [ordinary, probes] = await traffic(SECONDS);
  const cpu = { ...apiMeter(), workerCpu: workerMeter().serverCpu };
  cpu.otherCpu = Math.max(0, cpu.otherCpu - cpu.workerCpu);
  await sleep(1000);
  await client.dispose();
  await stopAll();

  const sent = probes.filter((probe) => !probe.failed);
  const latencies = sent
    .filter((probe) => arrivals.has(probe.postId))
    .map((probe) => arrivals.get(probe.postId) - probe.committedAt)
    .sort((a, b) => a - b);
  const missing = sent.length - latencies.length;
  const p99 = percentile(latencies, 0.99);
  const lines = [
    `## Sebaya moderation bench (${new Date().toISOString()})`,
    '',
    '| measure | value |',
    '|---|---:|',
    `| risky posts (HIGH) sent / failed / case never arrived | ${sent.length} / ${probes.length - sent.length} / ${missing} |`,
    `| post committed → case at the subscribed professional, p50 | ${fmt(percentile(latencies, 0.5))} ms |`,
    `| … p99 (target ≤ 100 ms) | ${fmt(p99)} ms |`,
    `| … max | ${fmt(latencies.at(-1))} ms |`,
    `| ordinary createPost at ${ORDINARY_RATE}/s meanwhile, p50 / p99 | ${fmt(ordinary.p50)} / ${fmt(ordinary.p99)} ms (${ordinary.failures} failed) |`,
    `| CPU % API / worker / PostgreSQL / load generator / other | ${[cpu.serverCpu, cpu.workerCpu, cpu.postgresCpu, cpu.loadCpu, cpu.otherCpu].map((value) => fmt(value, 0)).join(' / ')} |`,
    '',
    `Target p99 ≤ 100 ms: ${p99 <= 100 && missing === 0 ? 'MET' : 'NOT MET'}`,
    '',
    '**Screening throughput** (libs/screening/bench, one core):',
    '',
    screeningThroughput(),
  ];
  console.log(`\n${lines.join('\n')}\n`);
  return missing === 0 && ordinary.failures === 0;
}

const wanted = !process.env.BENCH_ONLY || process.env.BENCH_ONLY.split(',').includes('moderation');

if (import.meta.url === `file://${process.argv[1]}` && wanted) {
  moderationBench().then(
    (ok) => process.exit(ok ? 0 : 1),
    async (error) => {
      console.error(error);
      await stopAll();
      process.exit(1);
    },
  );
}
