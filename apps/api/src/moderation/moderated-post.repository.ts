import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PostVisibility } from '../forum/post.entity.js';

/** A post as moderation sees it: with its thread and group, deleted ones included. */
export interface ModeratedPost {
  id: string;
  threadId: string;
  groupId: string;
  authorId: string;
  anonymous: boolean;
  isOpening: boolean;
  visibility: PostVisibility;
  staffOnly: boolean;
  bodySource: string;
  threadTitle: string;
  threadAuthorId: string;
}

/** The post changes moderation makes: hold, hide, restore, lock the thread. */
@Injectable()
export class ModeratedPostRepository {
  /** Locks the post row for a moderation change in this transaction. */
  async lock(manager: EntityManager, postId: string): Promise<ModeratedPost | null> {
    const [row] = await manager.query(
      `SELECT p.id, p.thread_id AS "threadId", t.group_id AS "groupId", p.author_id AS "authorId",
              p.anonymous, p.is_opening AS "isOpening", p.visibility, p.staff_only AS "staffOnly",
              p.body_source AS "bodySource", t.title AS "threadTitle", t.author_id AS "threadAuthorId"
       FROM posts p JOIN threads t ON t.id = p.thread_id
       WHERE p.id = $1 FOR UPDATE OF p`,
      [postId],
    );
    return row ?? null;
  }

  async setVisibility(
    manager: EntityManager,
    postId: string,
    visibility: PostVisibility,
    staffOnly: boolean,
  ): Promise<void> {
    await manager.query(`UPDATE posts SET visibility = $2, staff_only = $3 WHERE id = $1`, [
      postId,
      visibility,
      staffOnly,
    ]);
  }

  async lockThread(manager: EntityManager, threadId: string): Promise<void> {
    await manager.query(`UPDATE threads SET locked = true WHERE id = $1`, [threadId]);
  }

  /** Whether the group has someone to work its facilitator queue. */
  async groupHasFacilitator(manager: EntityManager, groupId: string): Promise<boolean> {
    const [row] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM group_memberships WHERE group_id = $1 AND role = 'FACILITATOR') AS found`,
      [groupId],
    );
    return row.found;
  }
}
