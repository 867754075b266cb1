import { Args, ID, Int, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { UserModel } from '../accounts/account.models.js';
import { ForumLoaders } from '../forum/forum.loaders.js';
import { CurrentViewer, type RequestContext, type Viewer } from '../platform/auth/viewer.js';
import type { Page } from '../platform/graphql/page-info.model.js';
import type { AuditRow } from './audit.repository.js';
import { auditAccess } from './audit-access.js';
import { AuditService } from './audit.service.js';
import { AuditEntryConnectionModel, AuditEntryModel } from './moderation.models.js';

@Resolver(() => AuditEntryModel)
export class AuditResolver {
  constructor(
    private readonly audit: AuditService,
    private readonly forumLoaders: ForumLoaders,
  ) {}

  @Query(() => AuditEntryConnectionModel, {
    description: 'The audit log, newest first. Coordinators (ADMIN) only.',
  })
  auditLog(
    @CurrentViewer() viewer: Viewer | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('caseId', { type: () => ID, nullable: true }) caseId: string | null,
  ): Promise<Page<AuditRow>> {
    return this.audit.list(viewer, { first, after, caseId });
  }

  @ResolveField(() => UserModel, {
    nullable: true,
    description:
      'Null for the system (screening, deadlines), and for who reported a post unless the viewer is staff: facilitators are peers of the reporter.',
  })
  async actor(
    entry: AuditRow,
    _args: unknown,
    { viewer, loaders }: RequestContext,
  ): Promise<UserModel | null> {
    if (!entry.actorId || !auditAccess.showsActor(viewer, entry)) return null;
    return this.forumLoaders.publicUser(loaders, entry.actorId);
  }

  @ResolveField(() => String)
  detail(entry: AuditRow): string {
    return JSON.stringify(entry.detail);
  }
}
