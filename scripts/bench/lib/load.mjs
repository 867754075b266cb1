// Load generators: autocannon at saturation (closed loop, N connections), and an open-loop paced
// client for the steady-rate target. Every response is checked (status, GraphQL errors, data).
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { HOST } from './config.mjs';
import { checkResponse } from './scenarios.mjs';

const headersFor = (token) => ({
  'content-type': 'application/json',
  'accept-language': 'id-ID,id;q=0.9,en;q=0.8',
  ...(token ? { authorization: `Bearer ${token}` } : {}),
});

const countProblem = (problems, problem) => problems.set(problem, (problems.get(problem) ?? 0) + 1);

/**
 * autocannon against POST /graphql, a fresh random request each time. `overallRate` (optional)
 * uses autocannon's own rate limiting, which sends each second's quota at once at the start of
 * the second (so it is a burst, not a steady rate; see paced() for that).
 */
export async function saturate({ port, scenario, makeRequest, seconds, connections, overallRate }) {
  const problems = new Map();
  const result = await autocannon({
    url: `http://${HOST}:${port}/graphql`,
    method: 'POST',
    connections,
    duration: seconds,
    pipelining: 1,
    timeout: 10,
    ...(overallRate ? { overallRate, ignoreCoordinatedOmission: true } : {}),
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const { token, body } = makeRequest();
          return { ...request, method: 'POST', headers: headersFor(token), body };
        },
        onResponse: (status, body) => {
          const problem = checkResponse(scenario, status, body);
          if (problem) countProblem(problems, problem);
        },
      },
    ],
  });
  if (result.errors) problems.set('connection errors', result.errors);
  if (result.timeouts) problems.set('timeouts', result.timeouts);
  const failures = [...problems.values()].reduce((sum, count) => sum + count, 0);
  return {
    rps: result.requests.average,
    total: result.requests.total,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    failures,
    problems: Object.fromEntries(problems),
  };
}

function percentile(sorted, q) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/**
 * Open loop at a steady `rate`: request i is due at start + i/rate, sent then whatever happens to
 * earlier ones (up to `maxSockets` keep-alive connections). Latency counts from the due time, so a
 * server that falls behind is charged for the wait (no coordinated omission). Bounded: `seconds`
 * of sending, then at most 15 s for the last answers.
 */
export async function paced({ port, scenario, makeRequest, rate, seconds, maxSockets = 50 }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  const total = Math.round(rate * seconds);
  const interval = 1000 / rate;
  const latencies = [];
  const problems = new Map();
  let sent = 0;
  let settled = 0;
  const start = performance.now() + 100;

  await new Promise((resolve) => {
    let finished = false;
    const hardStop = setTimeout(
      () => {
        finished = true;
        problems.set('no answer in time', total - settled);
        resolve();
      },
      seconds * 1000 + 15_000,
    );
    const done = () => {
      if (finished) return;
      settled += 1;
      if (settled === total) {
        clearTimeout(hardStop);
        resolve();
      }
    };
    const fire = (due) => {
      const { token, body } = makeRequest();
      const req = http.request(
        { host: HOST, port, path: '/graphql', method: 'POST', agent, headers: headersFor(token) },
        (res) => {
          const chunks = [];
          res.on('data', (chunk) => chunks.push(chunk));
          res.on('end', () => {
            const elapsed = performance.now() - due;
            if (finished) return;
            const problem = checkResponse(scenario, res.statusCode, Buffer.concat(chunks).toString('utf8'));
            if (problem) countProblem(problems, problem);
            else latencies.push(elapsed);
            done();
          });
        },
      );
      req.setTimeout(10_000, () => req.destroy(new Error('timeout')));
      req.on('error', () => {
        if (finished) return;
        countProblem(problems, 'connection errors');
        done();
      });
      req.end(body);
    };
    const tick = () => {
      const now = performance.now();
      while (sent < total && start + sent * interval <= now) {
        fire(start + sent * interval);
        sent += 1;
      }
      if (sent < total) setTimeout(tick, Math.max(0, start + sent * interval - performance.now()));
    };
    setTimeout(tick, 100);
  });
  agent.destroy();
  const sorted = latencies.sort((a, b) => a - b);
  const failures = [...problems.values()].reduce((sum, count) => sum + count, 0);
  return {
    rps: sorted.length / seconds,
    total,
    p50: percentile(sorted, 0.5),
    p90: percentile(sorted, 0.9),
    p99: percentile(sorted, 0.99),
    max: sorted.at(-1),
    failures,
    problems: Object.fromEntries(problems),
  };
}
