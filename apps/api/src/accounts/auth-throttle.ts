import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { RateLimiterRedis } from 'rate-limiter-flexible';
import type { AppConfig } from '../platform/config/config.js';
import { APP_CONFIG } from '../platform/config/config.module.js';
import { rateLimited } from '../platform/errors/domain-error.js';
import { consumeOrReject, redisRateLimiter, retryAfter } from '../platform/redis/rate-limiter.js';
import { REDIS_COMMANDS } from '../platform/redis/redis.module.js';

/**
 * Brute-force protection for login and registration. Every login attempt
 * counts against the client address; failed attempts count against the
 * email (a success clears that count).
 */
@Injectable()
export class AuthThrottle {
  private readonly loginByIp: RateLimiterRedis;
  private readonly loginFailuresByEmail: RateLimiterRedis;
  private readonly registerByIp: RateLimiterRedis;

  constructor(@Inject(REDIS_COMMANDS) redis: Redis, @Inject(APP_CONFIG) config: AppConfig) {
    const { loginPerIp, loginPerEmail, loginWindowSeconds, registerPerIp } = config.rateLimits;
    const limiter = (name: string, points: number, durationSeconds: number) =>
      redisRateLimiter(redis, config, name, { points, durationSeconds });
    this.loginByIp = limiter('login-ip', loginPerIp, loginWindowSeconds);
    this.loginFailuresByEmail = limiter('login-email', loginPerEmail, loginWindowSeconds);
    this.registerByIp = limiter('register-ip', registerPerIp, 60 * 60);
  }

  /** Counts a login attempt; throws RATE_LIMITED when the address or the email is over its limit. */
  async beforeLogin(clientIp: string, email: string): Promise<void> {
    await consumeOrReject(this.loginByIp, clientIp);
    const failures = await this.loginFailuresByEmail.get(emailKey(email));
    if (failures && failures.remainingPoints <= 0) throw rateLimited(retryAfter(failures));
  }

  async loginFailed(email: string): Promise<void> {
    await this.loginFailuresByEmail.penalty(emailKey(email), 1);
  }

  async loginSucceeded(email: string): Promise<void> {
    await this.loginFailuresByEmail.delete(emailKey(email));
  }

  async beforeRegister(clientIp: string): Promise<void> {
    await consumeOrReject(this.registerByIp, clientIp);
  }
}

/** Emails are keyed by hash so that Redis holds no addresses. */
function emailKey(email: string): string {
  return createHash('sha256').update(email).digest('hex');
}
