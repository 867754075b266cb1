import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { JobQueues } from './job-queues.js';
import { OutboxRepository } from './outbox.repository.js';

/** The channel the outbox's insert trigger notifies (Moderation migration). */
const OUTBOX_CHANNEL = 'sebaya_outbox';
const BATCH = 200;
/** Polling covers a missed notification and retries while Redis is down. */
const POLL_MS = 1_000;

/**
 * Moves outbox records into BullMQ: at once when PostgreSQL notifies a
 * commit, otherwise every second. A record is marked relayed only when
 * BullMQ took its job, so a post written while Redis is down is relayed when
 * Redis is back.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private listener: pg.Client | null = null;
  private timers: NodeJS.Timeout[] = [];
  private running: Promise<void> | null = null;
  private pending = false;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxRepository,
    private readonly queues: JobQueues,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
    this.timers.push(setInterval(() => this.kick(), POLL_MS));
    const retryMs = this.config.worker.outboxRetryMs;
    this.timers.push(setInterval(() => void this.releaseLost(), Math.min(retryMs, 60_000)));
    this.kick();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.timers.forEach(clearInterval);
    await this.running;
    await this.listener?.end().catch(() => undefined);
  }

  /** Starts a relay pass, or asks the running one to go round again. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.pending = true;
      return;
    }
    this.running = this.relayAll()
      .catch((error: unknown) => this.logger.warn({ err: error }, 'outbox relay pass failed; retrying'))
      .finally(() => {
        this.running = null;
        if (this.pending) {
          this.pending = false;
          this.kick();
        }
      });
  }

  /** Resolves when every record written before the call has been handed to BullMQ. */
  private async relayAll(): Promise<void> {
    while (!this.stopped && (await this.relayBatch()) === BATCH);
  }

  private relayBatch(): Promise<number> {
    return this.db.transaction(async (manager) => {
      const records = await this.outbox.lockUnrelayed(manager, BATCH);
      if (records.length === 0) return 0;
      await this.queues.add(records);
      await this.outbox.markRelayed(
        manager,
        records.map((record) => record.id),
      );
      return records.length;
    });
  }

  private async releaseLost(): Promise<void> {
    try {
      const released = await this.outbox.releaseLost(this.db.manager, this.config.worker.outboxRetryMs);
      if (released > 0) this.logger.warn({ released }, 'relaying again outbox records whose job was lost');
      await this.outbox.prune(this.db.manager);
    } catch (error) {
      this.logger.warn({ err: error }, 'outbox maintenance failed');
    }
  }

  /** LISTENs on a connection of its own; when it drops, polling carries on until it is back. */
  private async listen(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({ connectionString: this.config.databaseUrl });
    client.on('notification', () => this.kick());
    client.on('error', (error) => {
      this.logger.warn({ err: error }, 'outbox listener lost its connection');
      this.listener = null;
      client.end().catch(() => undefined);
      setTimeout(() => void this.listen(), POLL_MS);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      this.listener = client;
    } catch (error) {
      this.logger.warn({ err: error }, 'outbox listener could not connect; polling only');
      await client.end().catch(() => undefined);
      setTimeout(() => void this.listen(), POLL_MS);
    }
  }
}
