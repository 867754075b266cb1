import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { UserRepository } from '../accounts/user.repository.js';
import { NotificationAnnouncer } from '../notifications/notification-announcer.js';
import { NotificationRepository } from '../notifications/notification.repository.js';
import type { AfterCommit } from '../platform/queue/job-handler.js';
import { AuditRepository } from './audit.repository.js';
import { CaseDeadlines, MAX_ESCALATION_LEVEL } from './case-deadlines.js';
import { CaseEvents } from './case-events.js';
import { CaseRepository } from './case.repository.js';

/**
 * An unclaimed case past its deadline escalates: level + 1, a new deadline,
 * a notice to on-duty professionals and coordinators, up to level 3.
 * Safe to call late, early or twice: only an open case still at `level` and
 * past due escalates, once.
 */
@Injectable()
export class DeadlineEscalationService {
  constructor(
    private readonly cases: CaseRepository,
    private readonly deadlines: CaseDeadlines,
    private readonly users: UserRepository,
    private readonly notifications: NotificationRepository,
    private readonly announcer: NotificationAnnouncer,
    private readonly audit: AuditRepository,
    private readonly events: CaseEvents,
  ) {}

  async escalateIfOverdue(
    manager: EntityManager,
    caseId: string,
    level: number,
    found: 'deadline job' | 'sweep',
  ): Promise<AfterCommit | void> {
    const kase = await this.cases.lock(manager, caseId);
    if (!kase || kase.status !== 'OPEN' || kase.escalationLevel !== level || level >= MAX_ESCALATION_LEVEL)
      return;
    if (kase.dueAt.getTime() > Date.now()) {
      // Not due (yet): the deadline moved, or the job ran a moment early. Check again then.
      await this.deadlines.schedule(manager, kase);
      return;
    }
    const escalated = await this.cases.escalateOverdue(
      manager,
      caseId,
      level,
      this.deadlines.dueAt(kase.severity),
    );
    if (!escalated) return;
    await this.deadlines.schedule(manager, escalated);
    await this.audit.append(manager, {
      action: 'DEADLINE_ESCALATED',
      actorId: null,
      caseId,
      postId: kase.postId,
      detail: { level: escalated.escalationLevel, severity: kase.severity, queue: kase.queue, found },
    });
    const recipients = await this.users.escalationRecipientIds();
    const notified = await this.notifications.insertMany(
      manager,
      recipients.map((userId) => ({ userId, kind: 'CASE_ESCALATED' as const, caseId })),
    );
    return async () => {
      await this.events.queued(escalated);
      await this.announcer.announce(notified);
    };
  }
}
