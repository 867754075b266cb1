import { Injectable } from '@nestjs/common';
import { groupAccess } from '../groups/group-access.js';
import type { GroupRole } from '../groups/group-membership.entity.js';
import type { GroupEntity } from '../groups/group.entity.js';
import { GroupLoaders } from '../groups/group.loaders.js';
import type { Viewer } from '../platform/auth/viewer.js';
import type { Loaders } from '../platform/graphql/loaders.js';
import { decodeCursor, encodeCursor, pageSize } from '../platform/graphql/cursor.js';
import { toPage, type Page } from '../platform/graphql/page-info.model.js';
import { isUuid } from '../platform/database/uuid.js';
import { badInput } from '../platform/errors/domain-error.js';
import { ForumLoaders } from './forum.loaders.js';
import { READ_ALONG, type PostRow, type ThreadRow } from './forum.rows.js';
import { holdReasonOf, mayKnowHoldReason, type PostHoldReason } from './post-hold.js';
import { PostRepository, type PostCursor } from './post.repository.js';
import type { ReadScope } from './read-scope.js';
import { ReadScopes } from './read-scopes.js';
import { ThreadRepository, type ThreadCursor } from './thread.repository.js';

const MAX_PAGE = 100;

const isThreadCursor = (key: unknown[]): key is ThreadCursor =>
  key.length === 3 && typeof key[0] === 'boolean' && typeof key[1] === 'string' && isUuidValue(key[2]);
const isPostCursor = (key: unknown[]): key is PostCursor =>
  key.length === 2 && typeof key[0] === 'string' && isUuidValue(key[1]);
const isUuidValue = (value: unknown) => typeof value === 'string' && isUuid(value);

const threadCursor = (row: ThreadRow) => encodeCursor([row.pinned, row.activityKey, row.id]);
const postCursor = (row: PostRow) => encodeCursor([row.createdKey, row.id]);

/** Reading the forum: every list and lookup answers only what the viewer may see. */
@Injectable()
export class ForumQueryService {
  constructor(
    private readonly groupLoaders: GroupLoaders,
    private readonly forumLoaders: ForumLoaders,
    private readonly threads: ThreadRepository,
    private readonly posts: PostRepository,
    private readonly scopes: ReadScopes,
  ) {}

  /**
   * Whether the viewer may read the group's threads. The viewer's role comes
   * through the request's loaders, once per request (Group.viewerRole shares it).
   */
  async canReadGroup(scope: ReadScope | null, group: GroupEntity, loaders: Loaders): Promise<boolean> {
    if (!scope) return false;
    return groupAccess.canRead(scope, group, await this.groupLoaders.viewerRole(loaders, group.id));
  }

  /**
   * A thread the viewer may read, or null (also when it does not exist: both
   * look the same). One statement reads the thread with its group, the
   * viewer's role there, its reply count and named author; the thread's
   * fields answer from them (READ_ALONG), and the request's loaders, when
   * given, keep the group, the role and the thread.
   */
  async thread(
    scope: ReadScope | null,
    threadId: string,
    loaders?: Loaders,
  ): Promise<(ThreadRow & { group: GroupEntity; viewerRole: GroupRole | null }) | null> {
    if (!scope || !isUuid(threadId)) return null;
    const found = await this.threads.findVisibleInContext(threadId, scope);
    if (!found || !groupAccess.canRead(scope, found.group, found.viewerRole)) return null;
    const { thread, group, viewerRole, replyCount, namedAuthor } = found;
    if (loaders) {
      this.groupLoaders.knownGroup(loaders, group);
      this.groupLoaders.knownViewerRole(loaders, group.id, viewerRole);
      this.forumLoaders.knownThread(loaders, thread);
    }
    return { ...thread, group, viewerRole, [READ_ALONG]: { group, replyCount, namedAuthor } };
  }

  async threadsInGroup(
    scope: ReadScope | null,
    group: GroupEntity,
    first: number | null | undefined,
    after: string | null | undefined,
    loaders: Loaders,
  ): Promise<Page<ThreadRow>> {
    const size = pageSize(first, 20, MAX_PAGE);
    const cursor = after ? decodeCursor<ThreadCursor>(after, isThreadCursor) : null;
    if (!scope || !(await this.canReadGroup(scope, group, loaders))) return toPage([], size, threadCursor);
    return toPage(await this.threads.listInGroup(group.id, scope, size + 1, cursor), size, threadCursor);
  }

  /** Posts of a thread the caller has already found readable, with their authors and reactions read along. */
  async postsInThread(
    scope: ReadScope,
    threadId: string,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Page<PostRow>> {
    const size = pageSize(first, 50, MAX_PAGE);
    const cursor = after ? decodeCursor<PostCursor>(after, isPostCursor) : null;
    return toPage(await this.posts.listInThread(threadId, scope, size + 1, cursor), size, postCursor);
  }

  /**
   * Why a held or hidden post is out of the group, for its author and those
   * who moderate it (mayKnowHoldReason); null for anyone else. A visible post
   * answers at once. The rest needs the viewer's scope and the post's thread,
   * which a thread page has read already (the session, Loaders.known, and
   * `thread`): it adds no statement there.
   */
  holdReason(
    viewer: Viewer | null,
    loaders: Loaders,
    post: PostRow,
  ): PostHoldReason | null | Promise<PostHoldReason | null> {
    const reason = holdReasonOf(post);
    if (!reason) return null;
    return Promise.all([
      this.scopes.of(viewer, loaders),
      this.forumLoaders.thread(loaders, post.threadId),
    ]).then(([scope, thread]) =>
      scope && thread && mayKnowHoldReason(scope, post, thread.groupId) ? reason : null,
    );
  }

  async search(
    scope: ReadScope | null,
    query: string,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Page<PostRow>> {
    const size = pageSize(first, 20, MAX_PAGE);
    const cursor = after ? decodeCursor<PostCursor>(after, isPostCursor) : null;
    const terms = query.trim();
    if (terms.length < 2 || terms.length > 200) throw badInput('query', 'Search for 2 to 200 characters.');
    if (!scope) return toPage([], size, postCursor);
    return toPage(await this.posts.search(terms, scope, size + 1, cursor), size, postCursor);
  }
}
