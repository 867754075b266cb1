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

  /**
   * One subscriber's view of a channel: `load` turns each event into what
   * this subscriber may see now, or null to skip it. A subscription returns
   * this with `resolve: asLoaded`, so each event is checked and loaded once.
   */
  stream<E, T>(channel: string, load: (event: E) => Promise<T | null>): AsyncIterableIterator<T> {
    return loadEach(this.pubsub.asyncIterableIterator<E>(this.prefix + channel), load);
  }

  /** Disconnects at once: a client still trying to reach Redis would otherwise keep reconnecting. */
  onApplicationShutdown(): void {
    this.pubsub.getPublisher().disconnect();
    this.pubsub.getSubscriber().disconnect();
  }
}

/** The `resolve` of a subscription that returns a `stream`: its values are the answers already. */
export const asLoaded = <T>(value: T): T => value;

/**
 * Not an async generator: a generator waiting for the next event could not
 * be ended by `return()` until one came, and would keep its Redis
 * subscription open after the client left.
 */
function loadEach<E, T>(
  events: AsyncIterableIterator<E>,
  load: (event: E) => Promise<T | null>,
): AsyncIterableIterator<T> {
  const loaded: AsyncIterableIterator<T> = {
    async next() {
      for (;;) {
        const event = await events.next();
        if (event.done) return { done: true, value: undefined };
        const value = await load(event.value);
        if (value !== null) return { done: false, value };
      }
    },
    async return() {
      await events.return?.();
      return { done: true, value: undefined };
    },
    async throw(error: unknown) {
      await events.return?.();
      throw error;
    },
    [Symbol.asyncIterator]: () => loaded,
  };
  return loaded;
}
