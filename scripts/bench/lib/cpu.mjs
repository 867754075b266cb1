// CPU use during a run, from /proc (Linux; elsewhere the columns stay empty), in % of one core:
// the server under test, PostgreSQL (the bench database's backends and the shared background
// processes), the load generator (this process), and everything else on the machine, which should
// be near 0: other work (tests, builds) on this 2-core machine skews the numbers.
import { readFileSync, readdirSync } from 'node:fs';
import { DB_NAME } from './config.mjs';

const TICKS_PER_SECOND = 100; // getconf CLK_TCK on Linux

function ticksOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return {
      comm: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
      ticks: Number(fields[11]) + Number(fields[12]),
    };
  } catch {
    return null;
  }
}

const SHARED_POSTGRES =
  /(checkpointer|background writer|walwriter|autovacuum launcher|logical replication launcher|stats collector)/;

/** PostgreSQL processes that work for the bench: its database's backends and the shared ones. */
function postgresTicks() {
  const ticks = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const found = ticksOf(entry);
    if (found?.comm !== 'postgres') continue;
    let cmdline;
    try {
      cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ');
    } catch {
      continue;
    }
    if (
      cmdline.includes(` ${DB_NAME} `) ||
      SHARED_POSTGRES.test(cmdline) ||
      !cmdline.startsWith('postgres:')
    ) {
      ticks.set(entry, found.ticks);
    }
  }
  return ticks;
}

/** Busy ticks of the whole machine (all cores). */
function machineTicks() {
  const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  const [user, nice, system, , , irq, softirq, steal] = values;
  return user + nice + system + irq + softirq + steal;
}

/** Starts measuring; the returned function gives the CPU % of each part since then. */
export function cpuMeter(serverPid) {
  if (process.platform !== 'linux') return () => ({});
  const started = performance.now();
  const server = ticksOf(serverPid)?.ticks ?? 0;
  const postgres = postgresTicks();
  const machine = machineTicks();
  const self = process.cpuUsage();
  return () => {
    const seconds = (performance.now() - started) / 1000;
    const percent = (ticks) => (100 * ticks) / TICKS_PER_SECOND / seconds;
    let postgresUsed = 0;
    for (const [pid, ticks] of postgresTicks()) postgresUsed += ticks - (postgres.get(pid) ?? 0);
    const selfUsed = process.cpuUsage(self);
    const serverCpu = percent((ticksOf(serverPid)?.ticks ?? server) - server);
    const postgresCpu = percent(postgresUsed);
    const loadCpu = (100 * (selfUsed.user + selfUsed.system)) / 1e6 / seconds;
    const machineCpu = percent(machineTicks() - machine);
    return {
      serverCpu,
      postgresCpu,
      loadCpu,
      otherCpu: Math.max(0, machineCpu - serverCpu - postgresCpu - loadCpu),
    };
  };
}

/** CPU used by everything else on the machine over `ms` (to warn before measuring). */
export async function otherLoad(ms = 2000) {
  const meter = cpuMeter(process.pid);
  await new Promise((resolve) => setTimeout(resolve, ms));
  return meter().otherCpu;
}

/**
 * Waits (at most `maxSeconds`) until the rest of the machine uses under `threshold`% CPU for a
 * second, so that a run does not start in the middle of someone else's build or test run.
 * Resolves the last reading.
 */
export async function waitQuiet({ threshold = 25, maxSeconds = 90 } = {}) {
  const deadline = Date.now() + maxSeconds * 1000;
  let load = await otherLoad(1000);
  while (load >= threshold && Date.now() < deadline) load = await otherLoad(1000);
  return load;
}
