import type { PostVisibility } from './post.entity.js';

/** A thread as read for the API; `activityKey` is last_activity_at as Postgres prints it (for cursors). */
export interface ThreadRow {
  id: string;
  groupId: string;
  authorId: string;
  anonymous: boolean;
  title: string;
  locked: boolean;
  pinned: boolean;
  createdAt: Date;
  lastActivityAt: Date;
  activityKey: string;
}

/** A post as read for the API; `createdKey` is created_at as Postgres prints it (for cursors). */
export interface PostRow {
  id: string;
  threadId: string;
  authorId: string;
  anonymous: boolean;
  isOpening: boolean;
  /** The markdown source. */
  body: string;
  bodyHtml: string;
  contentWarning: string | null;
  visibility: PostVisibility;
  createdAt: Date;
  editedAt: Date | null;
  createdKey: string;
}

export const THREAD_COLUMNS = `t.id, t.group_id AS "groupId", t.author_id AS "authorId", t.anonymous, t.title,
  t.locked, t.pinned, t.created_at AS "createdAt", t.last_activity_at AS "lastActivityAt",
  t.last_activity_at::text AS "activityKey"`;

export const POST_COLUMNS = `p.id, p.thread_id AS "threadId", p.author_id AS "authorId", p.anonymous,
  p.is_opening AS "isOpening", p.body_source AS "body", p.body_html AS "bodyHtml",
  p.content_warning AS "contentWarning", p.visibility, p.created_at AS "createdAt",
  p.edited_at AS "editedAt", p.created_at::text AS "createdKey"`;
