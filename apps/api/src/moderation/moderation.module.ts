import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { ForumModule } from '../forum/forum.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { AuditRepository } from './audit.repository.js';
import { AuditResolver } from './audit.resolver.js';
import { AuditService } from './audit.service.js';
import { CaseDeadlineJob } from './case-deadline.job.js';
import { CaseDeadlines } from './case-deadlines.js';
import { CaseEvents } from './case-events.js';
import { CaseIntakeService } from './case-intake.service.js';
import { CaseNoteRepository } from './case-note.repository.js';
import { CaseRepository } from './case.repository.js';
import { CaseResolver } from './case.resolver.js';
import { CaseService } from './case.service.js';
import { DeadlineEscalationService } from './deadline-escalation.service.js';
import { DeadlineSweep } from './deadline-sweep.js';
import { FlagRepository } from './flag.repository.js';
import { FlagResolver } from './flag.resolver.js';
import { FlagService } from './flag.service.js';
import { ModeratedPostRepository } from './moderated-post.repository.js';
import { ModerationLoaders } from './moderation.loaders.js';
import { ScreenPostJob } from './screen-post.job.js';

const SHARED = [
  AuditRepository,
  CaseDeadlines,
  CaseEvents,
  CaseIntakeService,
  CaseRepository,
  DeadlineEscalationService,
  ModeratedPostRepository,
];

/** Cases, flags, queues and the audit log: the API side. */
@Module({
  imports: [AccountsModule, ForumModule, NotificationsModule],
  providers: [
    ...SHARED,
    AuditResolver,
    AuditService,
    CaseNoteRepository,
    CaseResolver,
    CaseService,
    FlagRepository,
    FlagResolver,
    FlagService,
    ModerationLoaders,
  ],
  exports: [AuditRepository, CaseRepository, CaseService],
})
export class ModerationModule {}

/** The worker side: the screening and deadline jobs and the deadline sweep. */
@Module({
  imports: [AccountsModule, NotificationsModule],
  providers: [...SHARED, ScreenPostJob, CaseDeadlineJob, DeadlineSweep],
  exports: [ScreenPostJob, CaseDeadlineJob],
})
export class ModerationJobsModule {}
