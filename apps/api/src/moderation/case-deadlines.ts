import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../platform/config/config.js';
import { APP_CONFIG } from '../platform/config/config.module.js';
import { OutboxRepository } from '../platform/queue/outbox.repository.js';
import type { RiskLevel } from './moderation-case.entity.js';

/** Deadlines escalate up to this level, then stay there. */
export const MAX_ESCALATION_LEVEL = 3;

/** Claim deadlines by severity (configuration, scaled by SEBAYA_DEADLINE_SCALE) and their delayed jobs. */
@Injectable()
export class CaseDeadlines {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxRepository,
  ) {}

  dueAt(severity: RiskLevel, from = new Date()): Date {
    const deadlines = this.config.moderation.deadlineMs;
    const ms = severity === 'NONE' ? deadlines.LOW : deadlines[severity];
    return new Date(from.getTime() + ms);
  }

  /** Asks for a check when the case falls due at its level (a delayed job through the outbox). */
  async schedule(
    manager: EntityManager,
    kase: { id: string; dueAt: Date; escalationLevel: number },
  ): Promise<void> {
    if (kase.escalationLevel >= MAX_ESCALATION_LEVEL) return;
    await this.outbox.add(
      manager,
      'case-deadline',
      { caseId: kase.id, level: kase.escalationLevel },
      kase.dueAt,
    );
  }
}
