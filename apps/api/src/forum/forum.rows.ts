import type { PublicUser } from '../accounts/user.repository.js';
import type { GroupEntity } from '../groups/group.entity.js';
import type { PostVisibility } from './post.entity.js';
import type { ReactionTally } from './post.repository.js';

/**
 * What a statement read along with a row for the row's fields (the thread
 * page reads a thread with its group, reply count and author, and posts
 * with their authors and reactions): those fields answer from it at once,
 * without a load. Absent, they load what they need.
 */
export const READ_ALONG = Symbol('readAlong');

export interface ThreadReadAlong {
  group: GroupEntity;
  replyCount: number;
  /** The author when the thread is not anonymous; never read for an anonymous one. */
  namedAuthor: PublicUser | null;
}

export interface PostReadAlong {
  reactions: ReactionTally[];
  /** The author when the post is not anonymous; never read for an anonymous one. */
  namedAuthor: PublicUser | null;
}

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
  [READ_ALONG]?: ThreadReadAlong;
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
  /** Held or hidden for staff only (a crisis): not shown to the group's facilitators either. */
  staffOnly: boolean;
  createdAt: Date;
  editedAt: Date | null;
  createdKey: string;
  [READ_ALONG]?: PostReadAlong;
}

export const THREAD_COLUMNS = `t.id, t.group_id AS "groupId", t.author_id AS "authorId", t.anonymous, t.title,
  t.locked, t.pinned, t.created_at AS "createdAt", t.last_activity_at AS "lastActivityAt",
  t.last_activity_at::text AS "activityKey"`;

export const POST_COLUMNS = `p.id, p.thread_id AS "threadId", p.author_id AS "authorId", p.anonymous,
  p.is_opening AS "isOpening", p.body_source AS "body", p.body_html AS "bodyHtml",
  p.content_warning AS "contentWarning", p.visibility, p.staff_only AS "staffOnly", p.created_at AS "createdAt",
  p.edited_at AS "editedAt", p.created_at::text AS "createdKey"`;

/**
 * A row's author read along (users aliased u, left-joined only when the row is not anonymous):
 * namedAuthorOf takes the columns back out.
 */
export const NAMED_AUTHOR_COLUMNS = `u.display_name AS "authorName", u.role AS "authorRole", u.locale AS "authorLocale"`;

export interface NamedAuthorColumns {
  authorName: string | null;
  authorRole: PublicUser['role'] | null;
  authorLocale: PublicUser['locale'] | null;
}

/** The author of a row read with NAMED_AUTHOR_COLUMNS; null for an anonymous row, whose author was not read. */
export function namedAuthorOf(
  row: NamedAuthorColumns & { anonymous: boolean; authorId: string },
): PublicUser | null {
  if (row.anonymous || row.authorName === null) return null;
  return { id: row.authorId, displayName: row.authorName, role: row.authorRole!, locale: row.authorLocale! };
}
