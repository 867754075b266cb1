// Settings shared by the bench scripts. Everything runs on this machine (127.0.0.1) only.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const API_DIR = path.join(ROOT, 'apps/api');
export const API_DIST = path.join(API_DIR, 'dist');

const env = process.env;
const int = (name, fallback) => {
  const value = Number.parseInt(env[name] ?? '', 10);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

export const HOST = '127.0.0.1';
export const PG_HOST = env.BENCH_PG_HOST || '127.0.0.1';
export const PG_PORT = int('BENCH_PG_PORT', 5432);
export const PG_USER = env.BENCH_PG_USER || 'postgres';
export const DB_NAME = env.BENCH_DB || 'sebaya_bench';
if (!/^sebaya_bench[a-z0-9_]*$/.test(DB_NAME)) {
  // The seed drops this database: never let it point at anything else.
  throw new Error(`BENCH_DB must start with sebaya_bench (got ${DB_NAME})`);
}
export const databaseUrl = (name = DB_NAME) => `postgres://${PG_USER}@${PG_HOST}:${PG_PORT}/${name}`;
export const REDIS_URL = `redis://${env.BENCH_REDIS_HOST || '127.0.0.1'}:${int('BENCH_REDIS_PORT', 6379)}`;

const PORT_BASE = int('BENCH_PORT_BASE', 4710);
export const PORTS = { api: PORT_BASE, plain: PORT_BASE + 1, bare: PORT_BASE + 2 };

export const SECONDS = int('BENCH_SECONDS', 10);
/** Saturation runs alternate API and plain-pg this many times (the machine's speed drifts). */
export const ROUNDS = int('BENCH_ROUNDS', 3);
export const WARMUP_SECONDS = int('BENCH_WARMUP_SECONDS', 3);
export const CONNECTIONS = int('BENCH_CONNECTIONS', 50);
export const STEADY_RATE = int('BENCH_RATE', 200);
export const STEADY_SECONDS = int('BENCH_STEADY_SECONDS', SECONDS);

/** Same secret for the API and the plain-pg baseline, so anonymous authors get the same pseudonyms. */
export const PSEUDONYM_SECRET = 'sebaya-bench-pseudonym-secret-0123456789abcdef';
export const REDIS_PREFIX = 'sebaya-bench';

/** Seed size (the issue asks for at least 50 groups, 10,000 threads, 200,000 posts). */
export const SEED = {
  version: 2,
  users: int('BENCH_USERS', 2000),
  extraGroups: 44, // the Groups migration adds 6
  threads: int('BENCH_THREADS', 10_000),
  posts: int('BENCH_POSTS', 200_000),
  reactions: int('BENCH_REACTIONS', 100_000),
};

export const BENCH_PASSWORD = 'bench-password-123';
export const emailOf = (index) => `bench${index}@example.test`;

/**
 * The session token of bench user N. The seed stores only sha256(token), as
 * the API does (apps/api/src/accounts/session-token.ts); this recomputes the token.
 */
export function tokenOf(index) {
  return `bench_${index}_${createHash('sha256').update(`sebaya-bench:${index}`).digest('hex').slice(0, 32)}`;
}
/** The same token as SQL, for the seed (index is an integer SQL expression). */
export const tokenSql = (index) =>
  `'bench_' || ${index} || '_' || left(encode(sha256(convert_to('sebaya-bench:' || ${index}, 'UTF8')), 'hex'), 32)`;

/** Environment of the real API under test. */
export function apiEnv() {
  return {
    PATH: env.PATH,
    HOME: env.HOME,
    NODE_ENV: 'production',
    API_HOST: HOST,
    API_PORT: String(PORTS.api),
    DATABASE_URL: databaseUrl(),
    REDIS_URL,
    REDIS_PREFIX,
    LOG_LEVEL: env.BENCH_LOG_LEVEL || 'warn',
    PSEUDONYM_SECRET,
    LOGIN_LIMIT_PER_IP: '1000000',
    LOGIN_LIMIT_PER_EMAIL: '1000000',
    REGISTER_LIMIT_PER_IP: '1000000',
  };
}
