import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Redis } from 'ioredis';
import type { RateLimiterRedis } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { PostRepository } from '../forum/post.repository.js';
import type { ReadScope } from '../forum/read-scope.js';
import { requireSignedIn } from '../platform/auth/viewer.js';
import type { AppConfig } from '../platform/config/config.js';
import { APP_CONFIG } from '../platform/config/config.module.js';
import { isUuid } from '../platform/database/uuid.js';
import { badInput, conflict, notFound } from '../platform/errors/domain-error.js';
import { optionalText } from '../platform/input/bounded-text.js';
import { consumeOrReject, redisRateLimiter } from '../platform/redis/rate-limiter.js';
import { REDIS_COMMANDS } from '../platform/redis/redis.module.js';
import { AuditRepository } from './audit.repository.js';
import { CaseIntakeService } from './case-intake.service.js';
import type { FlagReason } from './flag.entity.js';
import { FlagRepository, type FlagRow } from './flag.repository.js';
import { ModeratedPostRepository } from './moderated-post.repository.js';
import { flagSignal } from './routing.js';

const NOTE_MAX = 500;

/** Readers flag posts; flags open or raise the post's case by the routing table. */
@Injectable()
export class FlagService {
  private readonly limiter: RateLimiterRedis;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REDIS_COMMANDS) redis: Redis,
    private readonly readablePosts: PostRepository,
    private readonly posts: ModeratedPostRepository,
    private readonly flags: FlagRepository,
    private readonly intake: CaseIntakeService,
    private readonly audit: AuditRepository,
  ) {
    this.limiter = redisRateLimiter(redis, config, 'flag', {
      points: config.moderation.flagLimitPerHour,
      durationSeconds: 60 * 60,
    });
  }

  async flag(
    scope: ReadScope | null,
    input: { postId: string; reason: FlagReason; note?: string | null },
  ): Promise<FlagRow> {
    const reader = requireSignedIn(scope);
    const note = optionalText('note', input.note, NOTE_MAX);
    const [readable] = isUuid(input.postId)
      ? await this.readablePosts.findVisible([input.postId], reader)
      : [];
    if (!readable) throw notFound('Post');
    if (readable.authorId === reader.userId) throw badInput('postId', 'You cannot flag your own post.');
    await consumeOrReject(this.limiter, reader.userId);

    const { flag, afterCommit } = await this.db.transaction(async (manager) => {
      const post = await this.posts.lock(manager, readable.id);
      if (!post) throw notFound('Post');
      const flag = await this.flags.insert(manager, {
        postId: post.id,
        flaggerId: reader.userId,
        reason: input.reason,
        note,
      });
      if (!flag) throw conflict('You have flagged this post already.', 'postId');
      const flaggers = await this.flags.distinctFlaggersSinceReview(manager, post.id);
      const signal = flagSignal(input.reason, flaggers, this.config.moderation);
      const { caseId, afterCommit } = await this.intake.receive(manager, post, signal, {
        kind: 'flag',
        actorId: reader.userId,
      });
      await this.audit.append(manager, {
        action: 'POST_FLAGGED',
        actorId: reader.userId,
        caseId,
        postId: post.id,
        detail: { reason: input.reason, flaggers },
      });
      return { flag, afterCommit };
    });
    await afterCommit();
    return flag;
  }
}
