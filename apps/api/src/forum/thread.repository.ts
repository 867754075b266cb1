import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { PublicUser } from '../accounts/user.repository.js';
import type { GroupRole } from '../groups/group-membership.entity.js';
import type { GroupEntity } from '../groups/group.entity.js';
import { groupColumns, groupFromRow } from '../groups/group.repository.js';
import { preparedQuery } from '../platform/database/prepared-query.js';
import {
  NAMED_AUTHOR_COLUMNS,
  namedAuthorOf,
  THREAD_COLUMNS,
  type NamedAuthorColumns,
  type ThreadRow,
} from './forum.rows.js';
import { postVisibleSql, type ReadScope } from './read-scope.js';

export type ThreadCursor = [pinned: boolean, activityKey: string, id: string];

/** A thread as the thread page needs it, read in one statement (see findVisibleInContext). */
export interface ThreadInContext {
  thread: ThreadRow;
  group: GroupEntity;
  /** The viewer's role in the group; null when not a member. */
  viewerRole: GroupRole | null;
  /** Replies (not the opening post) the viewer may see. */
  replyCount: number;
  /** The author, unless the thread was started anonymously (then it is not read at all). */
  namedAuthor: PublicUser | null;
}

// The statements' texts are made once: they are prepared by name (preparedQuery) and looked up by text.
const SQL = {
  findByIds: `SELECT ${THREAD_COLUMNS} FROM threads t WHERE t.id = ANY($1::uuid[])`,
  findVisible: `SELECT ${THREAD_COLUMNS}
       FROM threads t JOIN posts p ON p.thread_id = t.id AND p.is_opening
       WHERE t.id = ANY($1::uuid[]) AND ${postVisibleSql('$2', '$3', '$4')}`,
  // The reply count's subquery names its posts p again: postVisibleSql reads p there, and t is
  // still this thread.
  inContext: `SELECT ${THREAD_COLUMNS}, ${groupColumns('group.')}, m.role AS "viewerRole",
         (SELECT count(*)::int FROM posts p
          WHERE p.thread_id = t.id AND NOT p.is_opening AND p.deleted_at IS NULL
            AND ${postVisibleSql('$2', '$3', '$4')}) AS "replyCount",
         ${NAMED_AUTHOR_COLUMNS}
       FROM threads t
       JOIN posts p ON p.thread_id = t.id AND p.is_opening
       JOIN groups g ON g.id = t.group_id
       LEFT JOIN group_memberships m ON m.group_id = t.group_id AND m.user_id = $2
       LEFT JOIN users u ON u.id = t.author_id AND NOT t.anonymous
       WHERE t.id = $1 AND ${postVisibleSql('$2', '$3', '$4')}`,
  listInGroup: `SELECT ${THREAD_COLUMNS}
       FROM threads t
       JOIN posts p ON p.thread_id = t.id AND p.is_opening
       WHERE t.group_id = $1
         AND ${postVisibleSql('$2', '$3', '$4')}
         AND ($5::boolean IS NULL OR (t.pinned, t.last_activity_at, t.id) < ($5, $6::timestamptz, $7::uuid))
       ORDER BY t.pinned DESC, t.last_activity_at DESC, t.id DESC
       LIMIT $8`,
};

@Injectable()
export class ThreadRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findByIds(ids: readonly string[]): Promise<ThreadRow[]> {
    return preparedQuery(this.db, SQL.findByIds, [ids]);
  }

  /** Threads whose opening post the viewer may see (group access is the caller's to check). */
  async findVisible(ids: readonly string[], scope: ReadScope): Promise<ThreadRow[]> {
    return preparedQuery(this.db, SQL.findVisible, [
      ids,
      scope.userId,
      scope.staff,
      scope.facilitatedGroupIds,
    ]);
  }

  /**
   * One thread whose opening post the viewer may see, with what its page
   * shows next to it: the group, the viewer's role there, the count of
   * replies the viewer may see and the author when not anonymous. Group
   * access is the caller's to check (groupAccess.canRead with this group and role).
   */
  async findVisibleInContext(id: string, scope: ReadScope): Promise<ThreadInContext | null> {
    const [row] = await preparedQuery<Record<string, unknown>>(this.db, SQL.inContext, [
      id,
      scope.userId,
      scope.staff,
      scope.facilitatedGroupIds,
    ]);
    if (!row) return null;
    const thread: ThreadRow = {
      id: row.id as string,
      groupId: row.groupId as string,
      authorId: row.authorId as string,
      anonymous: row.anonymous as boolean,
      title: row.title as string,
      locked: row.locked as boolean,
      pinned: row.pinned as boolean,
      createdAt: row.createdAt as Date,
      lastActivityAt: row.lastActivityAt as Date,
      activityKey: row.activityKey as string,
    };
    return {
      thread,
      group: groupFromRow(row, 'group.'),
      viewerRole: (row.viewerRole as GroupRole | null) ?? null,
      replyCount: row.replyCount as number,
      namedAuthor: namedAuthorOf(row as unknown as NamedAuthorColumns & ThreadRow),
    };
  }

  /**
   * A group's threads the viewer may see (a thread whose opening post is held
   * or hidden is absent for others): pinned first, then by last activity.
   */
  async listInGroup(
    groupId: string,
    scope: ReadScope,
    limit: number,
    after: ThreadCursor | null,
  ): Promise<ThreadRow[]> {
    return preparedQuery(this.db, SQL.listInGroup, [
      groupId,
      scope.userId,
      scope.staff,
      scope.facilitatedGroupIds,
      ...(after ?? [null, null, null]),
      limit,
    ]);
  }

  async existsByAuthor(authorId: string): Promise<boolean> {
    const [row] = await this.db.query('SELECT EXISTS (SELECT 1 FROM threads WHERE author_id = $1) AS found', [
      authorId,
    ]);
    return row.found;
  }

  async insert(
    manager: EntityManager,
    thread: { groupId: string; authorId: string; anonymous: boolean; title: string },
  ): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO threads (group_id, author_id, anonymous, title) VALUES ($1, $2, $3, $4) RETURNING id`,
      [thread.groupId, thread.authorId, thread.anonymous, thread.title],
    );
    return row.id;
  }

  /** Moves the thread's activity time forward (never back) to a post that everyone can see. */
  async touch(manager: EntityManager, threadId: string, at: Date): Promise<void> {
    await manager.query(
      `UPDATE threads SET last_activity_at = GREATEST(last_activity_at, $2) WHERE id = $1`,
      [threadId, at],
    );
  }

  async setFlag(threadId: string, flag: 'locked' | 'pinned', value: boolean): Promise<void> {
    await this.db.query(`UPDATE threads SET ${flag} = $2 WHERE id = $1`, [threadId, value]);
  }
}
