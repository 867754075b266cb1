import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { AppConfig } from '../config/config.js';
import { rateLimited } from '../errors/domain-error.js';

/**
 * A limiter with its counters in Redis, so every API process shares them;
 * while Redis is unreachable an in-process limiter with the same limits stands in.
 */
export function redisRateLimiter(
  redis: Redis,
  config: AppConfig,
  name: string,
  limit: { points: number; durationSeconds: number },
): RateLimiterRedis {
  const { points, durationSeconds: duration } = limit;
  return new RateLimiterRedis({
    storeClient: redis,
    keyPrefix: `${config.redis.prefix}:rate:${name}`,
    points,
    duration,
    insuranceLimiter: new RateLimiterMemory({ points, duration }),
  });
}

/** Counts one attempt; RATE_LIMITED (with the seconds to wait) when over the limit. */
export async function consumeOrReject(limiter: RateLimiterRedis, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) throw rateLimited(retryAfter(rejection));
    throw rejection;
  }
}

export function retryAfter(state: RateLimiterRes): number {
  return Math.max(1, Math.ceil(state.msBeforeNext / 1000));
}
