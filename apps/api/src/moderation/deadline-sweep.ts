import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../platform/config/config.js';
import { APP_CONFIG } from '../platform/config/config.module.js';
import { CaseRepository } from './case.repository.js';
import { DeadlineEscalationService } from './deadline-escalation.service.js';

const BATCH = 100;

/**
 * The worker's periodic look for open cases past due whose deadline job was
 * lost (Redis restarted empty, a job deleted), so no deadline passes
 * silently. A plain timer, not a BullMQ repeatable job: it must not depend on
 * what Redis still holds.
 */
@Injectable()
export class DeadlineSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DeadlineSweep.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly cases: CaseRepository,
    private readonly escalation: DeadlineEscalationService,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.running ??= this.sweep()
        .then(() => undefined)
        .catch((error: unknown) => this.logger.warn({ err: error }, 'deadline sweep failed'))
        .finally(() => (this.running = null));
    }, this.config.moderation.sweepIntervalMs);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Escalates every overdue open case once; returns how many escalated. */
  async sweep(): Promise<number> {
    let escalated = 0;
    for (const { id, escalationLevel } of await this.cases.listOverdue(BATCH)) {
      const afterCommit = await this.db.transaction((manager) =>
        this.escalation.escalateIfOverdue(manager, id, escalationLevel, 'sweep'),
      );
      if (afterCommit) {
        escalated += 1;
        this.logger.warn({ caseId: id, level: escalationLevel + 1 }, 'sweep escalated an overdue case');
        await afterCommit();
      }
    }
    return escalated;
  }
}
