import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { commandConnectionOptions } from './connection-options.js';

/** Client for short commands (rate limits, health). Fails fast while Redis is down. */
export const REDIS_COMMANDS = Symbol('REDIS_COMMANDS');

@Global()
@Module({
  providers: [
    {
      provide: REDIS_COMMANDS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new Redis(config.redis.url, commandConnectionOptions()),
    },
  ],
  exports: [REDIS_COMMANDS],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS_COMMANDS) private readonly redis: Redis) {}

  /** Quits cleanly when connected; otherwise stops the reconnect loop at once. */
  async onApplicationShutdown(): Promise<void> {
    if (this.redis.status === 'ready') await this.redis.quit().catch(() => this.redis.disconnect());
    else this.redis.disconnect();
  }
}
