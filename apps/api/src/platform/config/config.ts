import { z } from 'zod';

const booleanFlag = z
  .enum(['0', '1', 'true', 'false'])
  .transform((value) => value === '1' || value === 'true');

const positiveInt = z.coerce.number().int().positive();
const positiveNumber = z.coerce.number().positive();

const postgresUrl = z
  .string()
  .url()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), 'must be a postgres:// URL');

const redisUrl = z
  .string()
  .url()
  .refine((value) => /^rediss?:\/\//.test(value), 'must be a redis:// URL');

/** Every environment variable the API and worker read, with its default. */
const environmentSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    API_HOST: z.string().min(1).default('127.0.0.1'),
    API_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    DATABASE_URL: postgresUrl.default('postgres://postgres@127.0.0.1:5432/sebaya'),
    REDIS_URL: redisUrl.default('redis://127.0.0.1:6379'),
    REDIS_PREFIX: z
      .string()
      .regex(/^[a-z0-9_-]+$/i, 'letters, digits, - and _ only')
      .default('sebaya'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    SESSION_TTL_DAYS: positiveInt.default(30),
    COOKIE_SECURE: booleanFlag.optional(),
    LOGIN_LIMIT_PER_IP: positiveInt.default(30),
    LOGIN_LIMIT_PER_EMAIL: positiveInt.default(10),
    LOGIN_LIMIT_WINDOW_SECONDS: positiveInt.default(15 * 60),
    REGISTER_LIMIT_PER_IP: positiveInt.default(20),
    GRAPHQL_MAX_DEPTH: positiveInt.default(10),
    GRAPHQL_MAX_COMPLEXITY: positiveInt.default(2000),
    SEBAYA_DEADLINE_SCALE: positiveNumber.default(1),
    DEADLINE_CRISIS_MINUTES: positiveNumber.default(5),
    DEADLINE_HIGH_MINUTES: positiveNumber.default(30),
    DEADLINE_MEDIUM_MINUTES: positiveNumber.default(4 * 60),
    DEADLINE_LOW_MINUTES: positiveNumber.default(24 * 60),
    DEADLINE_SWEEP_SECONDS: positiveNumber.default(30),
    FLAGS_TO_RAISE: positiveInt.default(2),
    FLAGS_TO_HIDE: positiveInt.default(3),
    FLAG_LIMIT_PER_HOUR: positiveInt.default(20),
    WORKER_CONCURRENCY: positiveInt.default(8),
    WORKER_STALLED_SECONDS: positiveNumber.default(30),
    OUTBOX_RETRY_SECONDS: positiveNumber.default(600),
    PSEUDONYM_SECRET: z.string().min(32, 'needs at least 32 characters').optional(),
    SEBAYA_ADMIN_EMAIL: z.string().email().optional(),
    SEBAYA_ADMIN_PASSWORD: z.string().min(10).optional(),
  })
  .refine((env) => Boolean(env.SEBAYA_ADMIN_EMAIL) === Boolean(env.SEBAYA_ADMIN_PASSWORD), {
    message: 'SEBAYA_ADMIN_EMAIL and SEBAYA_ADMIN_PASSWORD must be set together',
    path: ['SEBAYA_ADMIN_PASSWORD'],
  })
  .refine((env) => env.NODE_ENV !== 'production' || env.PSEUDONYM_SECRET, {
    message: 'must be set in production (a long random string; changing it renames every anonymous author)',
    path: ['PSEUDONYM_SECRET'],
  });

/** Only for development and tests; production refuses to start without its own secret. */
const DEVELOPMENT_PSEUDONYM_SECRET = 'sebaya-development-pseudonym-secret-not-for-production';

type Environment = z.infer<typeof environmentSchema>;

export interface AppConfig {
  env: Environment['NODE_ENV'];
  isProduction: boolean;
  http: { host: string; port: number };
  databaseUrl: string;
  redis: { url: string; prefix: string };
  logLevel: Environment['LOG_LEVEL'];
  session: { ttlMs: number; secureCookie: boolean };
  rateLimits: {
    loginPerIp: number;
    loginPerEmail: number;
    loginWindowSeconds: number;
    registerPerIp: number;
  };
  graphql: { maxDepth: number; maxComplexity: number };
  moderation: {
    /** Claim deadline per severity, in milliseconds, already multiplied by SEBAYA_DEADLINE_SCALE. */
    deadlineMs: Record<'LOW' | 'MEDIUM' | 'HIGH' | 'CRISIS', number>;
    /** How often the worker looks for overdue cases whose deadline job was lost. */
    sweepIntervalMs: number;
    /** Distinct flaggers that raise a case to MEDIUM, and that hide the post pending review. */
    flagsToRaise: number;
    flagsToHide: number;
    flagLimitPerHour: number;
  };
  worker: {
    concurrency: number;
    /** How long a job may run without renewing its lock before another worker takes it over. */
    stalledMs: number;
    /** A relayed outbox record still not done after this long is relayed again (its job was lost). */
    outboxRetryMs: number;
  };
  /** Key of the HMAC that derives anonymous authors' per-thread pseudonyms. */
  pseudonymSecret: string;
  bootstrapAdmin?: { email: string; password: string };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

const minutes = (value: number) => Math.round(value * 60_000);

/** Reads and validates the environment; throws ConfigError listing every bad variable. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const withoutBlanks = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = environmentSchema.safeParse(withoutBlanks);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`),
    );
  }
  const env = parsed.data;
  const isProduction = env.NODE_ENV === 'production';
  return {
    env: env.NODE_ENV,
    isProduction,
    http: { host: env.API_HOST, port: env.API_PORT },
    databaseUrl: env.DATABASE_URL,
    redis: { url: env.REDIS_URL, prefix: env.REDIS_PREFIX },
    logLevel: env.LOG_LEVEL,
    session: {
      ttlMs: env.SESSION_TTL_DAYS * 24 * 60 * 60 * 1000,
      secureCookie: env.COOKIE_SECURE ?? isProduction,
    },
    rateLimits: {
      loginPerIp: env.LOGIN_LIMIT_PER_IP,
      loginPerEmail: env.LOGIN_LIMIT_PER_EMAIL,
      loginWindowSeconds: env.LOGIN_LIMIT_WINDOW_SECONDS,
      registerPerIp: env.REGISTER_LIMIT_PER_IP,
    },
    graphql: { maxDepth: env.GRAPHQL_MAX_DEPTH, maxComplexity: env.GRAPHQL_MAX_COMPLEXITY },
    moderation: {
      deadlineMs: {
        CRISIS: minutes(env.DEADLINE_CRISIS_MINUTES * env.SEBAYA_DEADLINE_SCALE),
        HIGH: minutes(env.DEADLINE_HIGH_MINUTES * env.SEBAYA_DEADLINE_SCALE),
        MEDIUM: minutes(env.DEADLINE_MEDIUM_MINUTES * env.SEBAYA_DEADLINE_SCALE),
        LOW: minutes(env.DEADLINE_LOW_MINUTES * env.SEBAYA_DEADLINE_SCALE),
      },
      sweepIntervalMs: env.DEADLINE_SWEEP_SECONDS * 1000,
      flagsToRaise: env.FLAGS_TO_RAISE,
      flagsToHide: env.FLAGS_TO_HIDE,
      flagLimitPerHour: env.FLAG_LIMIT_PER_HOUR,
    },
    worker: {
      concurrency: env.WORKER_CONCURRENCY,
      stalledMs: env.WORKER_STALLED_SECONDS * 1000,
      outboxRetryMs: env.OUTBOX_RETRY_SECONDS * 1000,
    },
    pseudonymSecret: env.PSEUDONYM_SECRET ?? DEVELOPMENT_PSEUDONYM_SECRET,
    bootstrapAdmin:
      env.SEBAYA_ADMIN_EMAIL && env.SEBAYA_ADMIN_PASSWORD
        ? { email: env.SEBAYA_ADMIN_EMAIL, password: env.SEBAYA_ADMIN_PASSWORD }
        : undefined,
  };
}
