#!/usr/bin/env node
// Baseline: a plain node:http handler answering the bench's three operations with the SQL the API
// sends (copied from apps/api/src/forum/*.repository.ts, groups and sessions; named statements, as
// the API prepares its hot reads), the same access checks (session by token hash, scope, group
// readability, post visibility) and the same JSON as the API's GraphQL response. No GraphQL: it
// dispatches on operationName. No caching.
// What it does not repeat: a lookup whose row it already holds (on the group page the API reads the
// viewer's membership role twice: to find the group, then for its fields).
// Env: PORT, DATABASE_URL, REDIS_URL, REDIS_PREFIX, PSEUDONYM_SECRET.
import { createHash } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { Redis } from 'ioredis';
import { API_DIST } from '../lib/config.mjs';

const distModule = (file) => import(pathToFileURL(path.join(API_DIST, file)).href);
// The API's own pure functions, so anonymous names and rendered HTML are exactly the same work.
const { pseudonym } = await distModule('forum/pseudonym.js');
const { renderMarkdown } = await distModule('forum/markdown.js');

const PORT = Number(process.env.PORT);
const SECRET = process.env.PSEUDONYM_SECRET;
const LIVE_PREFIX = `${process.env.REDIS_PREFIX}:live:`;

const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  // As the API's TypeORM pool (platform/database/data-source-options.ts).
  max: 20,
  idleTimeoutMillis: 300_000,
  application_name: 'sebaya-bench-plain',
});
const redis = new Redis(process.env.REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });

// --- SQL, as the API has it -------------------------------------------------------------------

const THREAD_COLUMNS = `t.id, t.group_id AS "groupId", t.author_id AS "authorId", t.anonymous, t.title,
  t.locked, t.pinned, t.created_at AS "createdAt", t.last_activity_at AS "lastActivityAt",
  t.last_activity_at::text AS "activityKey"`;
const POST_COLUMNS = `p.id, p.thread_id AS "threadId", p.author_id AS "authorId", p.anonymous,
  p.is_opening AS "isOpening", p.body_source AS "bodySource", p.body_html AS "bodyHtml",
  p.content_warning AS "contentWarning", p.visibility, p.staff_only AS "staffOnly", p.created_at AS "createdAt",
  p.edited_at AS "editedAt", p.created_at::text AS "createdKey"`;
const GROUP_COLUMNS = `id, slug, name_id AS "nameId", name_en AS "nameEn", description_id AS "descriptionId",
  description_en AS "descriptionEn", visibility, archived_at AS "archivedAt"`;
const GROUP_COLUMNS_PREFIXED = `g.id AS "group.id", g.slug AS "group.slug", g.name_id AS "group.nameId",
  g.name_en AS "group.nameEn", g.visibility AS "group.visibility", g.archived_at AS "group.archivedAt"`;
const postVisible = (viewer, staff, facilitated) =>
  `(p.visibility = 'VISIBLE' OR p.author_id = ${viewer} OR ${staff}
    OR (t.group_id = ANY(${facilitated}) AND NOT p.staff_only))`;

const SQL = {
  session: `SELECT s.id, s.user_id AS "userId", u.role, u.locale,
      ARRAY(SELECT m.group_id::text FROM group_memberships m
            WHERE m.user_id = s.user_id AND m.role = 'FACILITATOR') AS "facilitatedGroupIds"
    FROM sessions s JOIN users u ON u.id = s.user_id
    WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2`,
  role: `SELECT role FROM group_memberships WHERE user_id = $1 AND group_id = $2`,
  groupById: `SELECT ${GROUP_COLUMNS} FROM groups WHERE id = $1`,
  groupBySlug: `SELECT ${GROUP_COLUMNS} FROM groups WHERE slug = $1`,
  memberCount: `SELECT count(*)::int AS count FROM group_memberships WHERE group_id = $1`,
  facilitators: `SELECT u.display_name AS "displayName" FROM group_memberships m JOIN users u ON u.id = m.user_id
    WHERE m.group_id = $1 AND m.role = 'FACILITATOR' ORDER BY m.joined_at`,
  threadsByIds: `SELECT ${THREAD_COLUMNS} FROM threads t WHERE t.id = ANY($1::uuid[])`,
  threadInContext: `SELECT ${THREAD_COLUMNS}, ${GROUP_COLUMNS_PREFIXED}, m.role AS "viewerRole",
      (SELECT count(*)::int FROM posts p
       WHERE p.thread_id = t.id AND NOT p.is_opening AND p.deleted_at IS NULL
         AND ${postVisible('$2', '$3', '$4')}) AS "replyCount",
      u.display_name AS "authorName"
    FROM threads t
    JOIN posts p ON p.thread_id = t.id AND p.is_opening
    JOIN groups g ON g.id = t.group_id
    LEFT JOIN group_memberships m ON m.group_id = t.group_id AND m.user_id = $2
    LEFT JOIN users u ON u.id = t.author_id AND NOT t.anonymous
    WHERE t.id = $1 AND ${postVisible('$2', '$3', '$4')}`,
  postsInThread: `SELECT ${POST_COLUMNS}, u.display_name AS "authorName",
      (SELECT coalesce(json_agg(json_build_object('kind', r.kind, 'count', r.count, 'viewerReacted', r.mine)
                                ORDER BY r.kind), '[]'::json)
       FROM (SELECT kind, count(*)::int AS count, coalesce(bool_or(user_id = $2), false) AS mine
             FROM post_reactions WHERE post_id = p.id GROUP BY kind) r) AS reactions
    FROM posts p JOIN threads t ON t.id = p.thread_id
    LEFT JOIN users u ON u.id = p.author_id AND NOT p.anonymous
    WHERE p.thread_id = $1 AND p.deleted_at IS NULL AND ${postVisible('$2', '$3', '$4')}
      AND ($5::timestamptz IS NULL OR (p.created_at, p.id) > ($5, $6::uuid))
    ORDER BY p.created_at, p.id
    LIMIT $7`,
  visibleThreads: `SELECT ${THREAD_COLUMNS}
    FROM threads t JOIN posts p ON p.thread_id = t.id AND p.is_opening
    WHERE t.id = ANY($1::uuid[]) AND ${postVisible('$2', '$3', '$4')}`,
  threadsInGroup: `SELECT ${THREAD_COLUMNS}
    FROM threads t JOIN posts p ON p.thread_id = t.id AND p.is_opening
    WHERE t.group_id = $1 AND ${postVisible('$2', '$3', '$4')}
      AND ($5::boolean IS NULL OR (t.pinned, t.last_activity_at, t.id) < ($5, $6::timestamptz, $7::uuid))
    ORDER BY t.pinned DESC, t.last_activity_at DESC, t.id DESC
    LIMIT $8`,
  replyCounts: `SELECT p.thread_id AS "threadId", count(*)::int AS count
    FROM posts p JOIN threads t ON t.id = p.thread_id
    WHERE p.thread_id = ANY($1::uuid[]) AND t.id = ANY($1::uuid[])
      AND NOT p.is_opening AND p.deleted_at IS NULL
      AND ${postVisible('$2', '$3', '$4')}
    GROUP BY p.thread_id`,
  users: `SELECT id, display_name AS "displayName" FROM users WHERE id = ANY($1::uuid[])`,
  insertPost: `INSERT INTO posts AS p (thread_id, author_id, anonymous, is_opening, body_source, body_html, content_warning, visibility)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
    RETURNING ${POST_COLUMNS}`,
  touchThread: `UPDATE threads SET last_activity_at = GREATEST(last_activity_at, $2) WHERE id = $1`,
  insertNotifications: `INSERT INTO notifications AS n (user_id, kind, post_id)
    SELECT * FROM unnest($1::uuid[], $2::notification_kind[], $3::uuid[])
    RETURNING n.id, n.user_id AS "userId", n.kind, n.post_id AS "postId", n.created_at AS "createdAt", n.read_at AS "readAt"`,
};

// Named (prepared) statements, as the API's hot reads are (platform/database/prepared-query.ts).
const names = new Map();
const query = async (sql, params) => {
  let name = names.get(sql);
  if (!name) names.set(sql, (name = `q${names.size}`));
  return (await pool.query({ name, text: sql, values: params })).rows;
};

// --- rules, as apps/api/src/groups/group-access.ts and forum-input.ts have them ----------------

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isStaff = (viewer) => viewer.role === 'PROFESSIONAL' || viewer.role === 'ADMIN';
const canSee = (staff, group, role) => !group.archivedAt || role !== null || staff;
const canRead = (staff, group, role) =>
  canSee(staff, group, role) && (group.visibility === 'PUBLIC' || role !== null || staff);
const canPost = (staff, group, role) => (role !== null || staff) && !group.archivedAt;
const encodeCursor = (key) => Buffer.from(JSON.stringify(key)).toString('base64url');

class RequestError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

function bounded(raw, min, max) {
  const text = String(raw).normalize('NFC').trim();
  const length = [...text].length;
  if (length < min || length > max) throw new RequestError('BAD_USER_INPUT', 'Invalid length.');
  return text;
}

function contentWarningOf(raw) {
  const warning = raw?.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!warning) return null;
  if ([...warning].length > 200) throw new RequestError('BAD_USER_INPUT', 'Content warning too long.');
  return warning;
}

// --- request context ---------------------------------------------------------------------------

async function viewerOf(req) {
  const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  if (!token) return null;
  const hash = createHash('sha256').update(token).digest();
  const [session] = await query(SQL.session, [hash, new Date()]);
  return session ?? null;
}

function localeOf(req, viewer) {
  const first = req.headers['accept-language']?.split(',')[0]?.trim().toLowerCase();
  if (first?.startsWith('en')) return 'en';
  if (first?.startsWith('id')) return 'id';
  return viewer?.locale ?? 'id';
}

const authorJson = (written, threadId, users) =>
  written.anonymous
    ? { displayName: pseudonym(SECRET, threadId, written.authorId), anonymous: true }
    : { displayName: users.get(written.authorId) ?? '—', anonymous: false };

async function displayNames(rows) {
  const ids = [...new Set(rows.filter((row) => !row.anonymous).map((row) => row.authorId))];
  if (ids.length === 0) return new Map();
  return new Map((await query(SQL.users, [ids])).map((user) => [user.id, user.displayName]));
}

// --- operations --------------------------------------------------------------------------------

async function threadPage(req, variables) {
  const viewer = await viewerOf(req);
  const locale = localeOf(req, viewer);
  const { id, first = 50 } = variables;
  if (!viewer || !UUID.test(id)) return { thread: null };
  if (!Number.isInteger(first) || first < 1 || first > 100) throw new RequestError('BAD_USER_INPUT', 'first');
  const staff = isStaff(viewer);
  const facilitated = viewer.facilitatedGroupIds;
  const [thread] = await query(SQL.threadInContext, [id, viewer.userId, staff, facilitated]);
  if (!thread) return { thread: null };
  const group = {
    id: thread['group.id'],
    slug: thread['group.slug'],
    nameId: thread['group.nameId'],
    nameEn: thread['group.nameEn'],
    visibility: thread['group.visibility'],
    archivedAt: thread['group.archivedAt'],
  };
  const role = thread.viewerRole ?? null;
  if (!canRead(staff, group, role)) return { thread: null };

  const posts = await query(SQL.postsInThread, [
    thread.id,
    viewer.userId,
    staff,
    facilitated,
    null,
    null,
    first + 1,
  ]);
  const nodes = posts.slice(0, first);
  const users = new Map(
    [thread, ...nodes].filter((row) => !row.anonymous).map((row) => [row.authorId, row.authorName]),
  );
  const last = nodes.at(-1);
  return {
    thread: {
      ...threadSummary(thread, viewer, thread.replyCount, users),
      group: {
        id: group.id,
        slug: group.slug,
        name: locale === 'en' ? group.nameEn : group.nameId,
        viewerRole: role,
        archived: group.archivedAt !== null,
      },
      posts: {
        nodes: nodes.map((post) => ({
          id: post.id,
          body: post.bodySource,
          bodyHtml: post.bodyHtml,
          contentWarning: post.contentWarning,
          visibility: post.visibility,
          createdAt: post.createdAt,
          editedAt: post.editedAt,
          viewerIsAuthor: viewer.userId === post.authorId,
          author: authorJson(post, post.threadId, users),
          reactions: post.reactions,
        })),
        pageInfo: {
          endCursor: last ? encodeCursor([last.createdKey, last.id]) : null,
          hasNextPage: posts.length > first,
        },
      },
    },
  };
}

/** The web's ThreadSummary fragment. */
const threadSummary = (thread, viewer, replyCount, users) => ({
  id: thread.id,
  title: thread.title,
  createdAt: thread.createdAt,
  lastActivityAt: thread.lastActivityAt,
  locked: thread.locked,
  pinned: thread.pinned,
  replyCount,
  viewerIsAuthor: viewer?.userId === thread.authorId,
  author: authorJson(thread, thread.id, users),
});

async function groupThreads(req, variables) {
  const viewer = await viewerOf(req);
  const locale = localeOf(req, viewer);
  const { slug, first = 20 } = variables;
  if (!Number.isInteger(first) || first < 1 || first > 100) throw new RequestError('BAD_USER_INPUT', 'first');
  const [group] = await query(SQL.groupBySlug, [String(slug).trim().toLowerCase()]);
  if (!group) return { group: null };
  const role = viewer ? ((await query(SQL.role, [viewer.userId, group.id]))[0]?.role ?? null) : null;
  const staff = viewer ? isStaff(viewer) : false;
  if (!canSee(staff, group, role)) return { group: null };
  const readable = viewer !== null && canRead(staff, group, role);

  const [[members], facilitators, facilitated] = await Promise.all([
    query(SQL.memberCount, [group.id]),
    query(SQL.facilitators, [group.id]),
    viewer ? viewer.facilitatedGroupIds : [],
  ]);
  const rows = readable
    ? await query(SQL.threadsInGroup, [
        group.id,
        viewer.userId,
        staff,
        facilitated,
        null,
        null,
        null,
        first + 1,
      ])
    : [];
  const nodes = rows.slice(0, first);
  const [users, counts] = await Promise.all([
    displayNames(nodes),
    nodes.length
      ? query(SQL.replyCounts, [nodes.map((thread) => thread.id), viewer.userId, staff, facilitated])
      : [],
  ]);
  const replyCounts = new Map(counts.map((row) => [row.threadId, row.count]));
  const last = nodes.at(-1);
  return {
    group: {
      id: group.id,
      slug: group.slug,
      name: locale === 'en' ? group.nameEn : group.nameId,
      description: locale === 'en' ? group.descriptionEn : group.descriptionId,
      memberCount: members?.count ?? 0,
      visibility: group.visibility,
      archived: group.archivedAt !== null,
      viewerRole: role,
      viewerCanRead: readable,
      facilitators: facilitators.map((user) => ({ displayName: user.displayName })),
      threads: {
        nodes: nodes.map((thread) => threadSummary(thread, viewer, replyCounts.get(thread.id) ?? 0, users)),
        pageInfo: {
          endCursor: last ? encodeCursor([last.pinned, last.activityKey, last.id]) : null,
          hasNextPage: rows.length > first,
        },
      },
    },
  };
}

async function createPost(req, variables) {
  const viewer = await viewerOf(req);
  if (!viewer) throw new RequestError('UNAUTHENTICATED', 'Sign in first.');
  const input = variables.input ?? {};
  const notFound = new RequestError('NOT_FOUND', 'Thread not found.');
  if (!UUID.test(input.threadId)) throw notFound;
  const [thread] = await query(SQL.threadsByIds, [[input.threadId]]);
  if (!thread) throw notFound;
  const [[group], [membership]] = await Promise.all([
    query(SQL.groupById, [thread.groupId]),
    query(SQL.role, [viewer.userId, thread.groupId]),
  ]);
  const role = membership?.role ?? null;
  const staff = isStaff(viewer);
  if (!group || !canRead(staff, group, role)) throw notFound;
  const scope = [viewer.userId, staff, role === 'FACILITATOR' ? [group.id] : []];
  if ((await query(SQL.visibleThreads, [[thread.id], ...scope])).length === 0) throw notFound;
  if (!canPost(staff, group, role)) throw new RequestError('FORBIDDEN', 'Join the group to reply.');
  if (thread.locked && !(role === 'FACILITATOR' || staff)) throw new RequestError('CONFLICT', 'Locked.');
  const bodySource = bounded(input.body ?? '', 1, 20_000);
  const content = {
    bodySource,
    bodyHtml: renderMarkdown(bodySource),
    contentWarning: contentWarningOf(input.contentWarning),
  };
  const anonymous = input.anonymous ?? false;

  const client = await pool.connect();
  let post;
  let notified = [];
  try {
    await client.query('BEGIN');
    [post] = (
      await client.query(SQL.insertPost, [
        thread.id,
        viewer.userId,
        anonymous,
        false,
        content.bodySource,
        content.bodyHtml,
        content.contentWarning,
        'VISIBLE',
      ])
    ).rows;
    if (post.visibility === 'VISIBLE') await client.query(SQL.touchThread, [thread.id, post.createdAt]);
    if (thread.authorId !== viewer.userId) {
      notified = (
        await client.query(SQL.insertNotifications, [[thread.authorId], ['REPLY_TO_THREAD'], [post.id]])
      ).rows;
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
  // After the commit, as the API's LiveEventBus does (a lost event is only logged).
  const publish = (channel, payload) =>
    redis.publish(LIVE_PREFIX + channel, JSON.stringify(payload)).catch(() => {});
  await publish(`post-added.${post.threadId}`, { postId: post.id, threadId: post.threadId });
  for (const notification of notified) {
    await publish(`notification-added.${notification.userId}`, {
      notificationId: notification.id,
      userId: notification.userId,
    });
  }
  return {
    createPost: {
      held: post.visibility !== 'VISIBLE',
      post: { id: post.id, thread: { id: post.threadId } },
      safetyResources: [],
    },
  };
}

const OPERATIONS = { Thread: threadPage, Group: groupThreads, CreatePost: createPost };

// --- HTTP --------------------------------------------------------------------------------------

function send(res, status, payload) {
  const body = JSON.stringify(payload);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

const server = http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/health') return send(res, 200, { status: 'ok' });
  if (req.method !== 'POST' || req.url !== '/graphql') return send(res, 404, { error: 'not found' });
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', async () => {
    let request;
    try {
      request = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return send(res, 400, { errors: [{ message: 'Invalid JSON' }] });
    }
    const operation = OPERATIONS[request.operationName];
    if (!operation)
      return send(res, 400, { errors: [{ message: `Unknown operation ${request.operationName}` }] });
    try {
      send(res, 200, { data: await operation(req, request.variables ?? {}) });
    } catch (error) {
      const code = error instanceof RequestError ? error.code : 'INTERNAL_SERVER_ERROR';
      if (code === 'INTERNAL_SERVER_ERROR') console.error(error);
      send(res, 200, { errors: [{ message: error.message, extensions: { code } }], data: null });
    }
  });
});
server.keepAliveTimeout = 65_000;

server.listen(PORT, '127.0.0.1', () => console.log(`plain-pg listening on ${PORT}`));

const stop = () => {
  server.close();
  server.closeAllConnections?.();
  Promise.allSettled([pool.end(), redis.quit()]).finally(() => process.exit(0));
  setTimeout(() => process.exit(0), 3000).unref();
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
