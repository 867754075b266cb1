import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { UserModel } from '../accounts/account.models.js';
import { toUserModel } from '../accounts/user.mapper.js';
import { UserRepository, type PublicUser } from '../accounts/user.repository.js';
import type { GroupEntity } from '../groups/group.entity.js';
import { GroupLoaders } from '../groups/group.loaders.js';
import type { Viewer } from '../platform/auth/viewer.js';
import type { Loaders } from '../platform/graphql/loaders.js';
import type { PostRow, ThreadRow } from './forum.rows.js';
import { isUuid } from '../platform/database/uuid.js';
import { PostRepository, type ReactionTally } from './post.repository.js';
import { ReadScopes } from './read-scopes.js';
import { ThreadRepository } from './thread.repository.js';

const byKey = <K, V>(keys: readonly K[], found: Map<K, V>, fallback: V) =>
  keys.map((key) => found.get(key) ?? fallback);

/**
 * The forum's per-request DataLoaders: every relation a field resolver loads goes through one
 * (unless it was read along with its row, see READ_ALONG). The `known…` methods prime them with
 * rows a statement has already read.
 */
@Injectable()
export class ForumLoaders {
  constructor(
    private readonly users: UserRepository,
    private readonly groupLoaders: GroupLoaders,
    private readonly threads: ThreadRepository,
    private readonly posts: PostRepository,
    private readonly scopes: ReadScopes,
  ) {}

  user(loaders: Loaders, id: string): Promise<PublicUser | null> {
    return loaders.get(this.userLoader).load(id);
  }

  /** What others may see of a user (a `User` field); null without an id. */
  async publicUser(loaders: Loaders, id: string | null): Promise<UserModel | null> {
    const user = id ? await this.user(loaders, id) : null;
    return user && toUserModel(user);
  }

  group(loaders: Loaders, id: string): Promise<GroupEntity | null> {
    return this.groupLoaders.group(loaders, id);
  }

  /** A thread by id, for a post the viewer already may see. */
  thread(loaders: Loaders, id: string): Promise<ThreadRow | null> {
    return loaders.get(this.threadLoader).load(id);
  }

  /** Remembers a thread this request has already read, so `Post.thread` does not read it again. */
  knownThread(loaders: Loaders, thread: ThreadRow): void {
    loaders.get(this.threadLoader).prime(thread.id, thread);
  }

  /** A post the viewer may see, or null. */
  visiblePost(loaders: Loaders, id: string): Promise<PostRow | null> {
    return loaders.get(this.visiblePostLoader).load(id);
  }

  replyCount(loaders: Loaders, threadId: string): Promise<number> {
    return loaders.get(this.replyCountLoader).load(threadId);
  }

  reactions(loaders: Loaders, postId: string): Promise<ReactionTally[]> {
    return loaders.get(this.reactionLoader).load(postId);
  }

  private readonly userLoader = () =>
    new DataLoader<string, PublicUser | null>(async (ids) => {
      const users = await this.users.findPublicByIds(ids);
      return byKey(ids, new Map(users.map((user) => [user.id, user])), null);
    });

  private readonly threadLoader = () =>
    new DataLoader<string, ThreadRow | null>(async (ids) => {
      const threads = await this.threads.findByIds(ids);
      return byKey(ids, new Map(threads.map((thread) => [thread.id, thread])), null);
    });

  private readonly visiblePostLoader = (viewer: Viewer | null, loaders: Loaders) =>
    new DataLoader<string, PostRow | null>(async (ids) => {
      const scope = await this.scopes.of(viewer, loaders);
      const posts = scope ? await this.posts.findVisible(ids.filter(isUuid), scope) : [];
      return byKey(ids, new Map(posts.map((post) => [post.id, post])), null);
    });

  private readonly replyCountLoader = (viewer: Viewer | null, loaders: Loaders) =>
    new DataLoader<string, number>(async (ids) => {
      const scope = await this.scopes.of(viewer, loaders);
      return byKey(ids, scope ? await this.posts.replyCounts(ids, scope) : new Map(), 0);
    });

  private readonly reactionLoader = (viewer: Viewer | null) =>
    new DataLoader<string, ReactionTally[]>(async (ids) => {
      const tallies = await this.posts.reactionTallies(ids, viewer?.userId ?? null);
      const byPost = new Map<string, ReactionTally[]>();
      for (const tally of tallies) byPost.set(tally.postId, [...(byPost.get(tally.postId) ?? []), tally]);
      return byKey(ids, byPost, []);
    });
}
