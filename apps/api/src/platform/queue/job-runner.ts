import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { subscriberConnectionOptions } from '../redis/connection-options.js';
import { JOB_HANDLERS, type AfterCommit, type JobHandler } from './job-handler.js';
import { bullPrefix } from './job-queues.js';
import { JOB_NAMES, QUEUE_NAMES, type JobName } from './jobs.js';
import { OutboxRepository } from './outbox.repository.js';

/** The delay before retry `attempt` of a job with the CAPPED_BACKOFF type: 1 s doubling up to a minute. */
const backoff = (attempt: number) => Math.min(1_000 * 2 ** (attempt - 1), 60_000);

/**
 * Runs the jobs of every queue. Refuses to start when a job name of the
 * registry has no handler; runs each job's handler in the transaction that
 * marks its outbox record done.
 */
@Injectable()
export class JobRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobRunner.name);
  private readonly handlers: Map<JobName, JobHandler>;
  private workers: Worker[] = [];
  private connections: Redis[] = [];

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JOB_HANDLERS) handlers: JobHandler[],
    private readonly outbox: OutboxRepository,
  ) {
    this.handlers = new Map(handlers.map((handler) => [handler.jobName, handler]));
    const missing = JOB_NAMES.filter((name) => !this.handlers.has(name));
    if (missing.length > 0) throw new Error(`No handler for job(s): ${missing.join(', ')}`);
  }

  onApplicationBootstrap(): void {
    const { concurrency, stalledMs } = this.config.worker;
    this.workers = QUEUE_NAMES.map((queue) => {
      const connection = new Redis(this.config.redis.url, subscriberConnectionOptions());
      this.connections.push(connection);
      const worker = new Worker(queue, (job) => this.run(job), {
        connection,
        prefix: bullPrefix(this.config),
        concurrency,
        lockDuration: stalledMs,
        stalledInterval: stalledMs,
        settings: { backoffStrategy: backoff },
      });
      worker.on('failed', (job, error) =>
        this.logger.warn(
          { err: error, job: job?.name, jobId: job?.id, attempt: job?.attemptsMade },
          'job failed',
        ),
      );
      worker.on('error', (error) => this.logger.warn({ err: error, queue }, 'queue worker error'));
      return worker;
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
    this.connections.forEach((connection) => connection.disconnect());
  }

  private async run(job: Job): Promise<void> {
    const handler = this.handlers.get(job.name as JobName);
    if (!handler || !job.id) throw new Error(`Unknown job ${job.name}`);
    const recordId = job.id;
    const afterCommit = await this.db.transaction(async (manager): Promise<AfterCommit | void> => {
      if (!(await this.outbox.lockUndone(manager, recordId))) return;
      const after = await handler.run(job.data, manager);
      await this.outbox.markDone(manager, recordId);
      return after;
    });
    await afterCommit?.();
  }
}
