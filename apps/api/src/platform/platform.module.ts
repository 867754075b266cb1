import { Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from './config/config.js';
import { ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { LoggingModule } from './logging/logging.module.js';
import { PubSubModule } from './pubsub/pubsub.module.js';
import { OutboxModule } from './queue/outbox.module.js';
import { RedisModule } from './redis/redis.module.js';

/**
 * What every process (API, worker, demo seed) runs on: the validated config,
 * logs, PostgreSQL, Redis, live events and the outbox writer. Their
 * providers are global, so importing this module once is enough.
 */
@Module({})
export class PlatformModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule,
        DatabaseModule,
        RedisModule,
        PubSubModule,
        OutboxModule,
      ],
    };
  }
}
