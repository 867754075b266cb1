import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { Redis } from 'ioredis';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { commandConnectionOptions, subscriberConnectionOptions } from '../redis/connection-options.js';

/**
 * Live updates through Redis pub/sub, so every API process delivers events
 * published by any other. Channels carry the key prefix of this deployment.
 */
@Injectable()
export class LiveEventBus implements OnApplicationShutdown {
  private readonly logger = new Logger(LiveEventBus.name);
  private readonly pubsub: RedisPubSub;
  private readonly prefix: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.prefix = `${config.redis.prefix}:live:`;
    this.pubsub = new RedisPubSub({
      publisher: new Redis(config.redis.url, commandConnectionOptions()),
      subscriber: new Redis(config.redis.url, subscriberConnectionOptions()),
    });
  }

  /**
   * Publishes after the data is committed. A lost live event costs only
   * immediacy (the data is in Postgres), so a Redis failure is logged, not thrown.
   */
  async publish<T>(channel: string, payload: T): Promise<void> {
    try {
      await this.pubsub.publish(this.prefix + channel, payload);
    } catch (error) {
      this.logger.warn({ err: error, channel }, 'live event not published');
    }
  }

  iterator<T>(channel: string): AsyncIterableIterator<T> {
    return this.pubsub.asyncIterableIterator<T>(this.prefix + channel);
  }

  /** Disconnects at once: a client still trying to reach Redis would otherwise keep reconnecting. */
  onApplicationShutdown(): void {
    this.pubsub.getPublisher().disconnect();
    this.pubsub.getSubscriber().disconnect();
  }
}
