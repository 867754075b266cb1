import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Query,
  ResolveField,
  Resolver,
  Subscription,
} from '@nestjs/graphql';
import { UserModel } from '../accounts/account.models.js';
import { SubscriberStreams } from '../accounts/subscriber-streams.js';
import { ForumLoaders } from '../forum/forum.loaders.js';
import { PostModel } from '../forum/forum.models.js';
import type { PostRow } from '../forum/forum.rows.js';
import { ReadScopes } from '../forum/read-scopes.js';
import type { GroupEntity } from '../groups/group.entity.js';
import { GroupModel } from '../groups/group.models.js';
import { CurrentViewer, RequestLoaders, type RequestContext, type Viewer } from '../platform/auth/viewer.js';
import { Loaders } from '../platform/graphql/loaders.js';
import type { Page } from '../platform/graphql/page-info.model.js';
import { LiveEvents, type CaseQueuedEvent } from '../platform/pubsub/events.js';
import { asLoaded } from '../platform/pubsub/live-event-bus.js';
import type { AuditRow } from './audit.repository.js';
import type { CaseNoteRow } from './case-note.repository.js';
import type { CaseRow } from './case.rows.js';
import { CaseService } from './case.service.js';
import type { FlagRow } from './flag.repository.js';
import {
  AuditEntryModel,
  CaseConnectionModel,
  CaseNoteModel,
  CaseStatusEnum,
  FlagModel,
  ModerationCaseModel,
  QueueKindEnum,
  ResolutionEnum,
} from './moderation.models.js';
import { ModerationLoaders } from './moderation.loaders.js';
import type { CaseStatus, QueueKind, Resolution } from './moderation-case.entity.js';

@Resolver(() => ModerationCaseModel)
export class CaseResolver {
  constructor(
    private readonly cases: CaseService,
    private readonly scopes: ReadScopes,
    private readonly forumLoaders: ForumLoaders,
    private readonly moderationLoaders: ModerationLoaders,
    private readonly streams: SubscriberStreams,
  ) {}

  @Query(() => CaseConnectionModel, {
    description: 'Severity first, then oldest. status null: every case not resolved yet.',
  })
  async moderationQueue(
    @CurrentViewer() viewer: Viewer | null,
    @RequestLoaders() loaders: Loaders,
    @Args('queue', { type: () => QueueKindEnum }) queue: QueueKind,
    @Args('status', { type: () => CaseStatusEnum, nullable: true }) status: CaseStatus | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<Page<CaseRow>> {
    return this.cases.queue(await this.scopes.of(viewer, loaders), { queue, status, first, after });
  }

  @Query(() => ModerationCaseModel, {
    nullable: true,
    description: 'Null unless the viewer may work the case.',
  })
  async case(
    @CurrentViewer() viewer: Viewer | null,
    @RequestLoaders() loaders: Loaders,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CaseRow | null> {
    return this.cases.find(await this.scopes.of(viewer, loaders), id);
  }

  @Mutation(() => ModerationCaseModel, {
    description: 'Exactly one of two people claiming at once wins; CONFLICT for the other.',
  })
  async claimCase(
    @CurrentViewer() viewer: Viewer | null,
    @RequestLoaders() loaders: Loaders,
    @Args('caseId', { type: () => ID }) caseId: string,
  ): Promise<CaseRow> {
    return this.cases.claim(await this.scopes.of(viewer, loaders), caseId);
  }

  @Mutation(() => ModerationCaseModel, {
    description: 'From the facilitator queue to the professional queue, at least HIGH.',
  })
  async escalateCase(
    @CurrentViewer() viewer: Viewer | null,
    @RequestLoaders() loaders: Loaders,
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('note', { type: () => String, nullable: true }) note: string | null,
  ): Promise<CaseRow> {
    return this.cases.escalate(await this.scopes.of(viewer, loaders), caseId, note);
  }

  @Mutation(() => ModerationCaseModel)
  async resolveCase(
    @CurrentViewer() viewer: Viewer | null,
    @RequestLoaders() loaders: Loaders,
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('resolution', { type: () => ResolutionEnum }) resolution: Resolution,
    @Args('note', { type: () => String, nullable: true }) note: string | null,
    @Args('lockThread', { type: () => Boolean, nullable: true, description: 'Also lock the post’s thread.' })
    lockThread: boolean | null,
  ): Promise<CaseRow> {
    return this.cases.resolve(await this.scopes.of(viewer, loaders), {
      caseId,
      resolution,
      note,
      lockThread,
    });
  }

  @Mutation(() => CaseNoteModel, { description: 'A private note, read only by those who may work the case.' })
  async addCaseNote(
    @CurrentViewer() viewer: Viewer | null,
    @RequestLoaders() loaders: Loaders,
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('body') body: string,
  ): Promise<CaseNoteRow> {
    return this.cases.addNote(await this.scopes.of(viewer, loaders), caseId, body);
  }

  @Subscription(() => ModerationCaseModel, {
    description: 'New, raised and escalated cases of a queue, for those who may work them.',
    resolve: asLoaded,
  })
  async caseQueued(
    @Context() context: RequestContext,
    @Args('queue', { type: () => QueueKindEnum }) queue: QueueKind,
  ): Promise<AsyncIterableIterator<CaseRow>> {
    this.cases.requireQueue(await this.scopes.of(context.viewer, context.loaders), queue);
    return this.streams.of(context, LiveEvents.caseQueued(queue), async (event: CaseQueuedEvent) =>
      this.cases.queuedFor(await this.scopes.of(context.viewer, context.loaders), event.caseId, queue),
    );
  }

  @ResolveField(() => PostModel, {
    nullable: true,
    description: 'Null for cases about no post (referrals, debriefs).',
  })
  async post(kase: CaseRow, _args: unknown, { loaders }: RequestContext): Promise<PostRow | null> {
    return kase.postId ? this.moderationLoaders.casePost(loaders, kase.postId) : null;
  }

  @ResolveField(() => GroupModel, { nullable: true })
  async group(kase: CaseRow, _args: unknown, { loaders }: RequestContext): Promise<GroupEntity | null> {
    return kase.groupId ? this.forumLoaders.group(loaders, kase.groupId) : null;
  }

  @ResolveField(() => UserModel, { nullable: true })
  assignee(kase: CaseRow, _args: unknown, { loaders }: RequestContext): Promise<UserModel | null> {
    return this.forumLoaders.publicUser(loaders, kase.assigneeId);
  }

  @ResolveField(() => UserModel, {
    nullable: true,
    description:
      'Who wrote the post, for professionals and coordinators only (null for others). Each look at an anonymous author is written to the audit log.',
  })
  async postAuthor(
    kase: CaseRow,
    _args: unknown,
    { viewer, loaders }: RequestContext,
  ): Promise<UserModel | null> {
    const authorId = await this.cases.revealAuthor(await this.scopes.of(viewer, loaders), kase);
    return this.forumLoaders.publicUser(loaders, authorId);
  }

  @ResolveField(() => [FlagModel], { description: 'Every flag of the case’s post.' })
  async flags(kase: CaseRow, _args: unknown, { loaders }: RequestContext): Promise<FlagRow[]> {
    return kase.postId ? this.moderationLoaders.flagsOf(loaders, kase.postId) : [];
  }

  @ResolveField(() => [CaseNoteModel], { description: 'Private notes, oldest first.' })
  notes(kase: CaseRow, _args: unknown, { loaders }: RequestContext): Promise<CaseNoteRow[]> {
    return this.moderationLoaders.notesOf(loaders, kase.id);
  }

  @ResolveField(() => [AuditEntryModel], { description: 'What happened to the case, oldest first.' })
  history(kase: CaseRow, _args: unknown, { loaders }: RequestContext): Promise<AuditRow[]> {
    return this.moderationLoaders.historyOf(loaders, kase.id);
  }
}
