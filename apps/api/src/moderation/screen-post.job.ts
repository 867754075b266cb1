import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AfterCommit, JobHandler } from '../platform/queue/job-handler.js';
import type { JobPayloads } from '../platform/queue/jobs.js';
import { AuditRepository } from './audit.repository.js';
import { CaseIntakeService } from './case-intake.service.js';
import { ModeratedPostRepository } from './moderated-post.repository.js';
import { screenInThread } from './post-screening.js';
import { screeningSignal } from './routing.js';

/** Screens a new post again, with its thread as context, and opens or raises its case by the routing table. */
@Injectable()
export class ScreenPostJob implements JobHandler<'screen-post'> {
  readonly jobName = 'screen-post' as const;

  constructor(
    private readonly posts: ModeratedPostRepository,
    private readonly intake: CaseIntakeService,
    private readonly audit: AuditRepository,
  ) {}

  async run({ postId }: JobPayloads['screen-post'], manager: EntityManager): Promise<AfterCommit | void> {
    const post = await this.posts.lock(manager, postId);
    if (!post) return; // deleted with its thread or group since
    const result = screenInThread({ ...post, body: post.bodySource });
    const signal = screeningSignal(result);
    if (!signal) return;
    const { caseId, afterCommit } = await this.intake.receive(manager, post, signal, {
      kind: 'screening',
      actorId: null,
    });
    await this.audit.append(manager, {
      action: 'POST_SCREENED',
      actorId: null,
      caseId,
      postId: post.id,
      detail: { level: result.level, categories: result.categories, matches: result.matches },
    });
    return afterCommit;
  }
}
