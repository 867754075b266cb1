import { Injectable } from '@nestjs/common';
import { groupAccess } from '../groups/group-access.js';
import type { GroupEntity } from '../groups/group.entity.js';
import { GroupRepository } from '../groups/group.repository.js';
import { decodeCursor, encodeCursor, pageSize } from '../platform/graphql/cursor.js';
import { toPage, type Page } from '../platform/graphql/page-info.model.js';
import { isUuid } from '../platform/database/uuid.js';
import { badInput } from '../platform/errors/domain-error.js';
import type { PostRow, ThreadRow } from './forum.rows.js';
import { PostRepository, type PostCursor } from './post.repository.js';
import type { ReadScope } from './read-scope.js';
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
    private readonly groups: GroupRepository,
    private readonly threads: ThreadRepository,
    private readonly posts: PostRepository,
  ) {}

  /** Whether the viewer may read the group's threads. */
  async canReadGroup(scope: ReadScope | null, group: GroupEntity): Promise<boolean> {
    if (!scope) return false;
    const role = await this.groups.roleOf(scope.userId, group.id);
    return groupAccess.canRead(scope, group, role);
  }

  /** A thread the viewer may read, or null (also when it does not exist: both look the same). */
  async thread(
    scope: ReadScope | null,
    threadId: string,
  ): Promise<(ThreadRow & { group: GroupEntity }) | null> {
    if (!scope || !isUuid(threadId)) return null;
    const [thread] = await this.threads.findVisible([threadId], scope);
    const group = thread && (await this.groups.findById(thread.groupId));
    if (!thread || !group || !(await this.canReadGroup(scope, group))) return null;
    return { ...thread, group };
  }

  async threadsInGroup(
    scope: ReadScope | null,
    group: GroupEntity,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Page<ThreadRow>> {
    const size = pageSize(first, 20, MAX_PAGE);
    const cursor = after ? decodeCursor<ThreadCursor>(after, isThreadCursor) : null;
    if (!scope || !(await this.canReadGroup(scope, group))) return toPage([], size, threadCursor);
    return toPage(await this.threads.listInGroup(group.id, scope, size + 1, cursor), size, threadCursor);
  }

  /** Posts of a thread the caller has already found readable. */
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
