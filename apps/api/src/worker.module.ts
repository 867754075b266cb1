import { Module, type DynamicModule } from '@nestjs/common';
import { CaseDeadlineJob } from './moderation/case-deadline.job.js';
import { ModerationJobsModule } from './moderation/moderation.module.js';
import { ScreenPostJob } from './moderation/screen-post.job.js';
import type { AppConfig } from './platform/config/config.js';
import { PlatformModule } from './platform/platform.module.js';
import { JOB_HANDLERS } from './platform/queue/job-handler.js';
import { JobQueues } from './platform/queue/job-queues.js';
import { JobRunner } from './platform/queue/job-runner.js';
import { OutboxRelay } from './platform/queue/outbox-relay.js';

/** The worker process: the outbox relay, the job handlers of the registry, the deadline sweep. No HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [PlatformModule.forRoot(config), ModerationJobsModule],
      providers: [
        JobQueues,
        OutboxRelay,
        JobRunner,
        {
          provide: JOB_HANDLERS,
          inject: [ScreenPostJob, CaseDeadlineJob],
          useFactory: (...handlers: unknown[]) => handlers,
        },
      ],
    };
  }
}
