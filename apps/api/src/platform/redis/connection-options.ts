import type { RedisOptions } from 'ioredis';

/**
 * Connection settings after BullMQ's production guide: a request made while
 * Redis is unreachable fails at once instead of queueing in memory, while
 * the client keeps reconnecting in the background.
 */
export function commandConnectionOptions(): RedisOptions {
  return {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  };
}

/** A subscriber connection waits on Redis and must keep retrying, never give up (as BullMQ's workers do). */
export function subscriberConnectionOptions(): RedisOptions {
  return {
    maxRetriesPerRequest: null,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  };
}
