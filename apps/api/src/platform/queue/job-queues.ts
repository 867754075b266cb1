import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { commandConnectionOptions } from '../redis/connection-options.js';
import { JOB_QUEUES, QUEUE_NAMES, type QueueName } from './jobs.js';
import type { OutboxRecord } from './outbox.repository.js';

/** BullMQ's keys live under the deployment's prefix, beside the other Redis keys. */
export const bullPrefix = (config: AppConfig) => `${config.redis.prefix}:bull`;

/** Failed attempts back off 1 s, 2 s, 4 s … up to a minute; after that the outbox relays the job again later. */
const ATTEMPTS = 12;
/** The worker's backoffStrategy computes this backoff type's delays. */
export const CAPPED_BACKOFF = 'capped-exponential';

/** The BullMQ queues, for adding jobs. Adding fails at once while Redis is down (the relay retries). */
@Injectable()
export class JobQueues implements OnApplicationShutdown {
  private readonly connection: Redis;
  private readonly queues: Map<QueueName, Queue>;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.connection = new Redis(config.redis.url, commandConnectionOptions());
    this.queues = new Map(
      QUEUE_NAMES.map((name) => [
        name,
        new Queue(name, { connection: this.connection, prefix: bullPrefix(config) }),
      ]),
    );
  }

  /** Adds the records' jobs with the record id as job id, so adding one twice adds it once. */
  async add(records: OutboxRecord[]): Promise<void> {
    const now = Date.now();
    for (const name of QUEUE_NAMES) {
      const batch = records.filter((record) => JOB_QUEUES[record.jobName] === name);
      if (batch.length === 0) continue;
      await this.queue(name).addBulk(
        batch.map((record) => ({
          name: record.jobName,
          data: record.payload,
          opts: {
            jobId: record.id,
            delay: Math.max(0, record.runAt.getTime() - now),
            attempts: ATTEMPTS,
            backoff: { type: CAPPED_BACKOFF },
            removeOnComplete: { age: 24 * 60 * 60, count: 10_000 },
            removeOnFail: true,
          },
        })),
      );
    }
  }

  queue(name: QueueName): Queue {
    const queue = this.queues.get(name);
    if (!queue) throw new Error(`No queue named ${name}`);
    return queue;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    this.connection.disconnect();
  }
}
