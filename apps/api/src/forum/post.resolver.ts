import { Inject } from '@nestjs/common';
import type { Locale } from '../accounts/user.entity.js';
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
import { SubscriberStreams } from '../accounts/subscriber-streams.js';
import type { AppConfig } from '../platform/config/config.js';
import { APP_CONFIG } from '../platform/config/config.module.js';
import {
  CurrentViewer,
  RequestLocale,
  RequestLoaders,
  type RequestContext,
  type Viewer,
} from '../platform/auth/viewer.js';
import { notFound } from '../platform/errors/domain-error.js';
import { Loaders } from '../platform/graphql/loaders.js';
import type { Page } from '../platform/graphql/page-info.model.js';
import { LiveEvents, type PostAddedEvent } from '../platform/pubsub/events.js';
import { asLoaded } from '../platform/pubsub/live-event-bus.js';
import { authorOf } from './author.js';
import { ForumQueryService } from './forum-query.service.js';
import {
  AuthorModel,
  CreatePostInput,
  EditPostInput,
  PostConnectionModel,
  PostHoldReasonEnum,
  PostModel,
  PostResultModel,
  ReactionCountModel,
  ReactionKindEnum,
  ThreadModel,
} from './forum.models.js';
import { ForumLoaders } from './forum.loaders.js';
import { READ_ALONG, type PostRow, type ThreadRow } from './forum.rows.js';
import { ForumService } from './forum.service.js';
import type { PostHoldReason } from './post-hold.js';
import { PostResults } from './post-result.js';
import type { ReactionKind } from './reaction.entity.js';
import { ReadScopes } from './read-scopes.js';

@Resolver(() => PostModel)
export class PostResolver {
  constructor(
    private readonly forum: ForumService,
    private readonly postResults: PostResults,
    private readonly query: ForumQueryService,
    private readonly forumLoaders: ForumLoaders,
    private readonly scopes: ReadScopes,
    private readonly streams: SubscriberStreams,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Mutation(() => PostResultModel, { description: 'Replies in a thread.' })
  async createPost(
    @CurrentViewer() viewer: Viewer | null,
    @RequestLoaders() loaders: Loaders,
    @RequestLocale() locale: Locale,
    @Args('input') input: CreatePostInput,
  ): Promise<PostResultModel> {
    return this.postResults.of(
      await this.forum.createPost(await this.scopes.of(viewer, loaders), input),
      locale,
    );
  }

  @Mutation(() => PostModel, {
    description: 'The author changes a post; the earlier text is kept for moderators.',
  })
  async editPost(
    @CurrentViewer() viewer: Viewer | null,
    @RequestLoaders() loaders: Loaders,
    @Args('input') input: EditPostInput,
  ): Promise<PostRow> {
    return this.readablePost(
      loaders,
      await this.forum.editPost(await this.scopes.of(viewer, loaders), input),
    );
  }

  @Mutation(() => Boolean, { description: 'The author removes a post.' })
  async deletePost(
    @CurrentViewer() viewer: Viewer | null,
    @RequestLoaders() loaders: Loaders,
    @Args('postId', { type: () => ID }) postId: string,
  ): Promise<boolean> {
    await this.forum.deletePost(await this.scopes.of(viewer, loaders), postId);
    return true;
  }

  @Mutation(() => PostModel, { description: 'Gives (active: true) or takes back a supportive reaction.' })
  async setReaction(
    @CurrentViewer() viewer: Viewer | null,
    @RequestLoaders() loaders: Loaders,
    @Args('postId', { type: () => ID }) postId: string,
    @Args('kind', { type: () => ReactionKindEnum }) kind: ReactionKind,
    @Args('active') active: boolean,
  ): Promise<PostRow> {
    return this.readablePost(
      loaders,
      await this.forum.setReaction(await this.scopes.of(viewer, loaders), postId, kind, active),
    );
  }

  @Query(() => PostConnectionModel, {
    description:
      'Full-text search, in Indonesian and English, over the posts the viewer may read; newest first.',
    complexity: ({ args, childComplexity }) => 1 + (args.first ?? 20) * childComplexity,
  })
  async search(
    @CurrentViewer() viewer: Viewer | null,
    @RequestLoaders() loaders: Loaders,
    @Args('query') query: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Page<PostRow>> {
    return this.query.search(await this.scopes.of(viewer, loaders), query, first, after);
  }

  @Subscription(() => PostModel, {
    description: 'New posts of a thread, as far as the subscriber may see them.',
    resolve: asLoaded,
  })
  async postAdded(
    @Context() context: RequestContext,
    @Args('threadId', { type: () => ID }) threadId: string,
  ): Promise<AsyncIterableIterator<PostRow>> {
    const scope = await this.scopes.of(context.viewer, context.loaders);
    if (!(await this.query.thread(scope, threadId))) throw notFound('Thread');
    return this.streams.of(context, LiveEvents.postAdded(threadId), (event: PostAddedEvent) =>
      this.visibleToSubscriber(event, context),
    );
  }

  // The per-post fields take graphql's (parent, args, context) as they are: without parameter
  // decorators @nestjs/graphql calls them directly, skipping its per-field wrapper (see docs/bench).

  @ResolveField(() => ThreadModel)
  async thread(post: PostRow, _args: unknown, { loaders }: RequestContext): Promise<ThreadRow> {
    return (await this.forumLoaders.thread(loaders, post.threadId))!;
  }

  @ResolveField(() => AuthorModel)
  author(post: PostRow, _args: unknown, { loaders }: RequestContext): AuthorModel | Promise<AuthorModel> {
    return authorOf(
      post,
      post[READ_ALONG]?.namedAuthor,
      this.forumLoaders,
      loaders,
      this.config.pseudonymSecret,
    );
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer wrote this post.' })
  viewerIsAuthor(post: PostRow, _args: unknown, { viewer }: RequestContext): boolean {
    return viewer?.userId === post.authorId;
  }

  @ResolveField(() => PostHoldReasonEnum, {
    nullable: true,
    description:
      'Why the post is held or hidden, for its author and those who moderate it; null for a visible post and for everyone else.',
  })
  holdReason(
    post: PostRow,
    _args: unknown,
    { viewer, loaders }: RequestContext,
  ): PostHoldReason | null | Promise<PostHoldReason | null> {
    return this.query.holdReason(viewer, loaders, post);
  }

  @ResolveField(() => [ReactionCountModel], { description: 'Only reactions someone gave, in a fixed order.' })
  reactions(
    post: PostRow,
    _args: unknown,
    { loaders }: RequestContext,
  ): ReactionCountModel[] | Promise<ReactionCountModel[]> {
    return post[READ_ALONG]?.reactions ?? this.forumLoaders.reactions(loaders, post.id);
  }

  /** The event's post when this subscriber may see it now: they may still read the thread, and see the post. */
  private async visibleToSubscriber(event: PostAddedEvent, context: RequestContext): Promise<PostRow | null> {
    const scope = await this.scopes.of(context.viewer, context.loaders);
    if (!scope || !(await this.query.thread(scope, event.threadId))) return null;
    return this.forumLoaders.visiblePost(context.loaders, event.postId);
  }

  private async readablePost(loaders: Loaders, postId: string): Promise<PostRow> {
    const post = await this.forumLoaders.visiblePost(loaders, postId);
    if (!post) throw notFound('Post');
    return post;
  }
}
