import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { preparedQuery } from '../platform/database/prepared-query.js';
import {
  NAMED_AUTHOR_COLUMNS,
  namedAuthorOf,
  POST_COLUMNS,
  READ_ALONG,
  type NamedAuthorColumns,
  type PostRow,
} from './forum.rows.js';
import type { PostVisibility } from './post.entity.js';
import { groupReadableSql, postVisibleSql, type ReadScope } from './read-scope.js';
import type { ReactionKind } from './reaction.entity.js';

export type PostCursor = [createdKey: string, id: string];

export interface NewPost {
  threadId: string;
  authorId: string;
  anonymous: boolean;
  isOpening: boolean;
  bodySource: string;
  bodyHtml: string;
  contentWarning: string | null;
  visibility: PostVisibility;
  /** Held for staff only (a crisis): the group's facilitators do not see it either. */
  staffOnly: boolean;
}

/** What the write path's quick screening decided about holding a post. */
export interface HoldDecision {
  held: boolean;
  staffOnly: boolean;
}

export interface ReactionTally {
  postId: string;
  kind: ReactionKind;
  count: number;
  viewerReacted: boolean;
}

/** Two search configurations over one document: Indonesian and English stems both match. */
const SEARCH_DOCUMENT = `(to_tsvector('indonesian', p.body_source) || to_tsvector('english', p.body_source))`;
const TITLE_DOCUMENT = `(to_tsvector('indonesian', t.title) || to_tsvector('english', t.title))`;
const SEARCH_QUERY = `(websearch_to_tsquery('indonesian', $1) || websearch_to_tsquery('english', $1))`;

// The statements' texts are made once: they are prepared by name (preparedQuery) and looked up by text.
const SQL = {
  findVisible: `SELECT ${POST_COLUMNS}
       FROM posts p JOIN threads t ON t.id = p.thread_id JOIN groups g ON g.id = t.group_id
       WHERE p.id = ANY($1::uuid[]) AND p.deleted_at IS NULL
         AND ${postVisibleSql('$2', '$3', '$4')}
         AND ${groupReadableSql('$2', '$3')}`,
  listInThread: `SELECT ${POST_COLUMNS},
         ${NAMED_AUTHOR_COLUMNS},
         (SELECT coalesce(json_agg(json_build_object('kind', r.kind, 'count', r.count, 'viewerReacted', r.mine)
                                   ORDER BY r.kind), '[]'::json)
          FROM (SELECT kind, count(*)::int AS count, coalesce(bool_or(user_id = $2), false) AS mine
                FROM post_reactions WHERE post_id = p.id GROUP BY kind) r) AS tallies
       FROM posts p JOIN threads t ON t.id = p.thread_id
       LEFT JOIN users u ON u.id = p.author_id AND NOT p.anonymous
       WHERE p.thread_id = $1 AND p.deleted_at IS NULL
         AND ${postVisibleSql('$2', '$3', '$4')}
         AND ($5::timestamptz IS NULL OR (p.created_at, p.id) > ($5, $6::uuid))
       ORDER BY p.created_at, p.id
       LIMIT $7`,
  replyCounts: `SELECT p.thread_id AS "threadId", count(*)::int AS count
       FROM posts p JOIN threads t ON t.id = p.thread_id
       WHERE p.thread_id = ANY($1::uuid[]) AND t.id = ANY($1::uuid[])
         AND NOT p.is_opening AND p.deleted_at IS NULL
         AND ${postVisibleSql('$2', '$3', '$4')}
       GROUP BY p.thread_id`,
};

@Injectable()
export class PostRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Posts by id, deleted ones included; callers decide who may see them. */
  async findByIds(ids: readonly string[]): Promise<(PostRow & { groupId: string; deleted: boolean })[]> {
    return this.db.query(
      `SELECT ${POST_COLUMNS}, t.group_id AS "groupId", p.deleted_at IS NOT NULL AS deleted
       FROM posts p JOIN threads t ON t.id = p.thread_id WHERE p.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** Posts the viewer may see: not deleted, visible to them, in a group they may read. */
  async findVisible(ids: readonly string[], scope: ReadScope): Promise<PostRow[]> {
    return preparedQuery(this.db, SQL.findVisible, [
      ids,
      scope.userId,
      scope.staff,
      scope.facilitatedGroupIds,
    ]);
  }

  /**
   * A thread's posts the viewer may see, oldest first, each with what the
   * page shows of it read along (READ_ALONG): its reaction tallies and its
   * author when not anonymous (an anonymous post's author is not read at all).
   */
  async listInThread(
    threadId: string,
    scope: ReadScope,
    limit: number,
    after: PostCursor | null,
  ): Promise<PostRow[]> {
    const rows = await preparedQuery<
      PostRow & NamedAuthorColumns & { tallies: Omit<ReactionTally, 'postId'>[] }
    >(this.db, SQL.listInThread, [
      threadId,
      scope.userId,
      scope.staff,
      scope.facilitatedGroupIds,
      ...(after ?? [null, null]),
      limit,
    ]);
    return rows.map((row) => {
      const { authorName: _name, authorRole: _role, authorLocale: _locale, tallies, ...post } = row;
      return {
        ...post,
        [READ_ALONG]: {
          reactions: tallies.map((tally) => ({ postId: post.id, ...tally })),
          namedAuthor: namedAuthorOf(row),
        },
      };
    });
  }

  /**
   * Replies (not the opening post) the viewer may see, per thread. The ids
   * restrict threads too (t.id): the planner does not carry `= ANY` across the
   * join, and without it a facilitator's visibility test hashed every thread.
   */
  async replyCounts(threadIds: readonly string[], scope: ReadScope): Promise<Map<string, number>> {
    const rows = await preparedQuery<{ threadId: string; count: number }>(this.db, SQL.replyCounts, [
      threadIds,
      scope.userId,
      scope.staff,
      scope.facilitatedGroupIds,
    ]);
    return new Map(rows.map((row) => [row.threadId, row.count]));
  }

  /** Full-text search in both languages over posts (and thread titles) the viewer may read, newest first. */
  async search(query: string, scope: ReadScope, limit: number, after: PostCursor | null): Promise<PostRow[]> {
    return this.db.query(
      `SELECT ${POST_COLUMNS}
       FROM posts p
       JOIN threads t ON t.id = p.thread_id
       JOIN groups g ON g.id = t.group_id
       WHERE (${SEARCH_DOCUMENT} @@ ${SEARCH_QUERY} OR (p.is_opening AND ${TITLE_DOCUMENT} @@ ${SEARCH_QUERY}))
         AND p.deleted_at IS NULL
         AND ${postVisibleSql('$2', '$3', '$4')}
         AND ${groupReadableSql('$2', '$3')}
         AND ($5::timestamptz IS NULL OR (p.created_at, p.id) < ($5, $6::uuid))
       ORDER BY p.created_at DESC, p.id DESC
       LIMIT $7`,
      [query, scope.userId, scope.staff, scope.facilitatedGroupIds, ...(after ?? [null, null]), limit],
    );
  }

  async insert(manager: EntityManager, post: NewPost): Promise<PostRow> {
    const [row] = await manager.query(
      `INSERT INTO posts AS p (thread_id, author_id, anonymous, is_opening, body_source, body_html, content_warning,
         visibility, staff_only)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       RETURNING ${POST_COLUMNS}`,
      [
        post.threadId,
        post.authorId,
        post.anonymous,
        post.isOpening,
        post.bodySource,
        post.bodyHtml,
        post.contentWarning,
        post.visibility,
        post.staffOnly,
      ],
    );
    return row;
  }

  /** Replaces the text, keeping the old one as a revision; a hold only ever tightens here. */
  async edit(
    manager: EntityManager,
    postId: string,
    change: { bodySource: string; bodyHtml: string; contentWarning: string | null; hold: HoldDecision },
  ) {
    await manager.query(
      `INSERT INTO post_revisions (post_id, body_source, content_warning)
       SELECT id, body_source, content_warning FROM posts WHERE id = $1`,
      [postId],
    );
    await manager.query(
      `UPDATE posts SET body_source = $2, body_html = $3, content_warning = $4, edited_at = now(),
         visibility = CASE WHEN $5 AND visibility = 'VISIBLE' THEN 'HELD'::post_visibility ELSE visibility END,
         staff_only = staff_only OR $6
       WHERE id = $1`,
      [
        postId,
        change.bodySource,
        change.bodyHtml,
        change.contentWarning,
        change.hold.held,
        change.hold.staffOnly,
      ],
    );
  }

  async softDelete(postId: string): Promise<void> {
    await this.db.query(`UPDATE posts SET deleted_at = now() WHERE id = $1 AND deleted_at IS NULL`, [postId]);
  }

  async reactionTallies(postIds: readonly string[], viewerId: string | null): Promise<ReactionTally[]> {
    return preparedQuery(
      this.db,
      `SELECT post_id AS "postId", kind, count(*)::int AS count, coalesce(bool_or(user_id = $2), false) AS "viewerReacted"
       FROM post_reactions WHERE post_id = ANY($1::uuid[])
       GROUP BY post_id, kind ORDER BY post_id, kind`,
      [postIds, viewerId],
    );
  }

  async setReaction(postId: string, userId: string, kind: ReactionKind, active: boolean): Promise<void> {
    if (active) {
      await this.db.query(
        `INSERT INTO post_reactions (post_id, user_id, kind) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
        [postId, userId, kind],
      );
    } else {
      await this.db.query(`DELETE FROM post_reactions WHERE post_id = $1 AND user_id = $2 AND kind = $3`, [
        postId,
        userId,
        kind,
      ]);
    }
  }
}
