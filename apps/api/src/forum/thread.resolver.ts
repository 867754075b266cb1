import { Inject } from '@nestjs/common';
import type { Locale } from '../accounts/user.entity.js';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GroupModel } from '../groups/group.models.js';
import type { GroupEntity } from '../groups/group.entity.js';
import type { AppConfig } from '../platform/config/config.js';
import { APP_CONFIG } from '../platform/config/config.module.js';
import {
  CurrentViewer,
  RequestLocale,
  RequestLoaders,
  type RequestContext,
  type Viewer,
} from '../platform/auth/viewer.js';
import type { Loaders } from '../platform/graphql/loaders.js';
import type { Page } from '../platform/graphql/page-info.model.js';
import { authorOf } from './author.js';
import { ForumQueryService } from './forum-query.service.js';
import {
  AuthorModel,
  CreateThreadInput,
  PostConnectionModel,
  PostResultModel,
  ThreadConnectionModel,
  ThreadModel,
} from './forum.models.js';
import { ForumLoaders } from './forum.loaders.js';
import { READ_ALONG, type PostRow, type ThreadRow } from './forum.rows.js';
import { ForumService } from './forum.service.js';
import { ReadScopes } from './read-scopes.js';
import { PostResults } from './post-result.js';

@Resolver(() => ThreadModel)
export class ThreadResolver {
  constructor(
    private readonly forum: ForumService,
    private readonly postResults: PostResults,
    private readonly query: ForumQueryService,
    private readonly forumLoaders: ForumLoaders,
    private readonly scopes: ReadScopes,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => ThreadModel, {
    nullable: true,
    description: 'Null when it does not exist or the viewer may not read it.',
  })
  async thread(
    @CurrentViewer() viewer: Viewer | null,
    @RequestLoaders() loaders: Loaders,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ThreadRow | null> {
    return this.query.thread(await this.scopes.of(viewer, loaders), id, loaders);
  }

  @Mutation(() => PostResultModel, { description: 'Starts a thread; the result holds its opening post.' })
  async createThread(
    @CurrentViewer() viewer: Viewer | null,
    @RequestLoaders() loaders: Loaders,
    @RequestLocale() locale: Locale,
    @Args('input') input: CreateThreadInput,
  ): Promise<PostResultModel> {
    return this.postResults.of(
      await this.forum.createThread(await this.scopes.of(viewer, loaders), input),
      locale,
    );
  }

  @Mutation(() => ThreadModel, { description: 'Facilitators of the group and staff.' })
  async setThreadLocked(
    @CurrentViewer() viewer: Viewer | null,
    @RequestLoaders() loaders: Loaders,
    @Args('threadId', { type: () => ID }) threadId: string,
    @Args('locked') locked: boolean,
  ): Promise<ThreadRow> {
    const scope = await this.scopes.of(viewer, loaders);
    return (await this.query.thread(
      scope,
      await this.forum.setThreadFlag(scope, threadId, 'locked', locked),
    ))!;
  }

  @Mutation(() => ThreadModel, {
    description: 'Facilitators of the group and staff. Pinned threads come first.',
  })
  async setThreadPinned(
    @CurrentViewer() viewer: Viewer | null,
    @RequestLoaders() loaders: Loaders,
    @Args('threadId', { type: () => ID }) threadId: string,
    @Args('pinned') pinned: boolean,
  ): Promise<ThreadRow> {
    const scope = await this.scopes.of(viewer, loaders);
    return (await this.query.thread(
      scope,
      await this.forum.setThreadFlag(scope, threadId, 'pinned', pinned),
    ))!;
  }

  // Fields without parameter decorators get graphql's (parent, args, context) directly, and
  // @nestjs/graphql calls them without its per-field wrapper: these run for every listed thread.

  @ResolveField(() => GroupModel)
  group(thread: ThreadRow, _args: unknown, { loaders }: RequestContext): GroupEntity | Promise<GroupEntity> {
    return (
      thread[READ_ALONG]?.group ?? this.forumLoaders.group(loaders, thread.groupId).then((group) => group!)
    );
  }

  @ResolveField(() => AuthorModel)
  author(thread: ThreadRow, _args: unknown, { loaders }: RequestContext): AuthorModel | Promise<AuthorModel> {
    return authorOf(
      { anonymous: thread.anonymous, authorId: thread.authorId, threadId: thread.id },
      thread[READ_ALONG]?.namedAuthor,
      this.forumLoaders,
      loaders,
      this.config.pseudonymSecret,
    );
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer started this thread.' })
  viewerIsAuthor(thread: ThreadRow, _args: unknown, { viewer }: RequestContext): boolean {
    return viewer?.userId === thread.authorId;
  }

  @ResolveField(() => Int, { description: 'Replies the viewer can see.' })
  replyCount(thread: ThreadRow, _args: unknown, { loaders }: RequestContext): number | Promise<number> {
    return thread[READ_ALONG]?.replyCount ?? this.forumLoaders.replyCount(loaders, thread.id);
  }

  @ResolveField(() => PostConnectionModel, {
    complexity: ({ args, childComplexity }) => 1 + (args.first ?? 50) * childComplexity,
  })
  async posts(
    @Parent() thread: ThreadRow,
    @CurrentViewer() viewer: Viewer | null,
    @RequestLoaders() loaders: Loaders,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Page<PostRow>> {
    const scope = await this.scopes.of(viewer, loaders);
    if (!scope) return { nodes: [], pageInfo: { endCursor: null, hasNextPage: false } };
    return this.query.postsInThread(scope, thread.id, first, after);
  }
}

/** The forum's fields on Group (the groups module knows nothing of threads). */
@Resolver(() => GroupModel)
export class GroupThreadsResolver {
  constructor(
    private readonly query: ForumQueryService,
    private readonly scopes: ReadScopes,
  ) {}

  @ResolveField(() => Boolean, {
    description: 'Whether the viewer may read the threads (join a members-only group first).',
  })
  async viewerCanRead(
    @Parent() group: GroupEntity,
    @CurrentViewer() viewer: Viewer | null,
    @RequestLoaders() loaders: Loaders,
  ): Promise<boolean> {
    return this.query.canReadGroup(await this.scopes.of(viewer, loaders), group, loaders);
  }

  @ResolveField(() => ThreadConnectionModel, {
    description: 'Pinned first, then by last activity. Empty when the viewer may not read the group.',
    complexity: ({ args, childComplexity }) => 1 + (args.first ?? 20) * childComplexity,
  })
  async threads(
    @Parent() group: GroupEntity,
    @CurrentViewer() viewer: Viewer | null,
    @RequestLoaders() loaders: Loaders,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Page<ThreadRow>> {
    return this.query.threadsInGroup(await this.scopes.of(viewer, loaders), group, first, after, loaders);
  }
}
