import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AfterCommit, JobHandler } from '../platform/queue/job-handler.js';
import type { JobPayloads } from '../platform/queue/jobs.js';
import { DeadlineEscalationService } from './deadline-escalation.service.js';

/** The delayed check of one case at one escalation level. */
@Injectable()
export class CaseDeadlineJob implements JobHandler<'case-deadline'> {
  readonly jobName = 'case-deadline' as const;

  constructor(private readonly escalation: DeadlineEscalationService) {}

  run({ caseId, level }: JobPayloads['case-deadline'], manager: EntityManager): Promise<AfterCommit | void> {
    return this.escalation.escalateIfOverdue(manager, caseId, level, 'deadline job');
  }
}
