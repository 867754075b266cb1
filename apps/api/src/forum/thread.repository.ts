import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { THREAD_COLUMNS, type ThreadRow } from './forum.rows.js';
import { postVisibleSql, type ReadScope } from './read-scope.js';

export type ThreadCursor = [pinned: boolean, activityKey: string, id: string];

@Injectable()
export class ThreadRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findByIds(ids: readonly string[]): Promise<ThreadRow[]> {
    return this.db.query(`SELECT ${THREAD_COLUMNS} FROM threads t WHERE t.id = ANY($1::uuid[])`, [ids]);
  }

  /** Threads whose opening post the viewer may see (group access is the caller's to check). */
  async findVisible(ids: readonly string[], scope: ReadScope): Promise<ThreadRow[]> {
    return this.db.query(
      `SELECT ${THREAD_COLUMNS}
       FROM threads t JOIN posts p ON p.thread_id = t.id AND p.is_opening
       WHERE t.id = ANY($1::uuid[]) AND ${postVisibleSql('$2', '$3', '$4')}`,
      [ids, scope.userId, scope.staff, scope.facilitatedGroupIds],
    );
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
    return this.db.query(
      `SELECT ${THREAD_COLUMNS}
       FROM threads t
       JOIN posts p ON p.thread_id = t.id AND p.is_opening
       WHERE t.group_id = $1
         AND ${postVisibleSql('$2', '$3', '$4')}
         AND ($5::boolean IS NULL OR (t.pinned, t.last_activity_at, t.id) < ($5, $6::timestamptz, $7::uuid))
       ORDER BY t.pinned DESC, t.last_activity_at DESC, t.id DESC
       LIMIT $8`,
      [
        groupId,
        scope.userId,
        scope.staff,
        scope.facilitatedGroupIds,
        ...(after ?? [null, null, null]),
        limit,
      ],
    );
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
