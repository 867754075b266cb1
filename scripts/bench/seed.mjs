#!/usr/bin/env node
// Seeds the bench database (default sebaya_bench): drops and recreates it (unless BENCH_REUSE=1 and it
// already holds this seed), applies the API's migrations, then bulk-inserts with a few SQL statements:
// 50 groups, 2,000 users with sessions, memberships, 10,000 threads, 200,000 posts, ~100,000
// reactions and the reply notifications. Usage: node scripts/bench/seed.mjs
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { hash } from '@node-rs/argon2';
import { API_DIST, BENCH_PASSWORD, DB_NAME, ROOT, SEED, databaseUrl, tokenSql } from './lib/config.mjs';
import { CONTENT_WARNINGS, FIRST_NAMES, extraGroups, postBody, prng, threadTitle } from './lib/text.mjs';

const MARKER = `sebaya-bench seed v${SEED.version}: ${SEED.users} users, ${SEED.threads} threads, ${SEED.posts} posts`;
const BODY_POOL = 3000;
const TITLE_POOL = 400;

const log = (message) => console.log(`[seed] ${message}`);

async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url, application_name: 'sebaya-bench-seed' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** True when the database exists and holds this very seed (and its data is there). */
async function alreadySeeded() {
  const exists = await withClient(databaseUrl('postgres'), async (admin) => {
    const { rows } = await admin.query(
      `SELECT shobj_description(oid, 'pg_database') AS marker FROM pg_database WHERE datname = $1`,
      [DB_NAME],
    );
    return rows[0]?.marker === MARKER;
  });
  if (!exists) return false;
  return withClient(databaseUrl(), async (db) => {
    const { rows } = await db.query(`SELECT
      (SELECT count(*) FROM groups)::int AS groups, (SELECT count(*) FROM threads)::int AS threads,
      (SELECT count(*) FROM posts)::int AS posts, (SELECT count(*) FROM sessions)::int AS sessions`);
    const counts = rows[0];
    return (
      counts.groups >= 50 &&
      counts.threads >= SEED.threads &&
      counts.posts >= SEED.posts &&
      counts.sessions >= SEED.users
    );
  }).catch(() => false);
}

async function recreateDatabase() {
  await withClient(databaseUrl('postgres'), async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS "${DB_NAME}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${DB_NAME}"`);
  });
}

function migrate() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(API_DIST, 'migrate.js')], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, DATABASE_URL: databaseUrl(), LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.stdout.on('data', () => {});
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`migrate.js exited with ${code}`));
    });
  });
}

async function fill(db) {
  const step = async (label, sql, params) => {
    const started = Date.now();
    const result = await db.query(sql, params);
    log(`${label}: ${result.rowCount ?? ''} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return result;
  };
  await db.query(`SET synchronous_commit = off; SET work_mem = '64MB'; SET maintenance_work_mem = '512MB'`);
  // Fixed seeds: every run writes the same texts (and SQL's random() the same shape of data).
  await db.query(`SELECT setseed(0.4242)`);

  const { renderMarkdown } = await import(pathToFileURL(path.join(API_DIST, 'forum/markdown.js')).href);
  const { ARGON2_PARAMETERS } = await import(
    pathToFileURL(path.join(API_DIST, 'accounts/password-hasher.js')).href
  );
  const passwordHash = await hash(BENCH_PASSWORD, ARGON2_PARAMETERS);

  // Text pools, rendered with the API's own markdown function (plain text → <p>…</p>).
  const random = prng(20240611);
  const bodies = Array.from({ length: BODY_POOL }, () => postBody(random));
  const titles = Array.from({ length: TITLE_POOL }, () => threadTitle(random));
  await db.query(
    `CREATE TEMP TABLE body_pool AS
    SELECT (n - 1)::int AS n, source, html FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS b(source, html, n)`,
    [bodies, bodies.map((body) => renderMarkdown(body))],
  );
  await db.query(
    `CREATE TEMP TABLE title_pool AS
    SELECT (n - 1)::int AS n, title FROM unnest($1::text[]) WITH ORDINALITY AS t(title, n)`,
    [titles],
  );
  await db.query(
    `CREATE TEMP TABLE cw_pool AS
    SELECT (n - 1)::int AS n, warning FROM unnest($1::text[]) WITH ORDINALITY AS c(warning, n)`,
    [CONTENT_WARNINGS],
  );

  // Users: bench{i}@example.test; 2 coordinators, 8 professionals, the rest members; 30% English.
  await step(
    'users',
    `INSERT INTO users (email, display_name, password_hash, role, locale, created_at, updated_at)
     SELECT 'bench' || i || '@example.test', ($3::text[])[1 + i % array_length($3::text[], 1)] || ' ' || i, $2,
            (CASE WHEN i <= 2 THEN 'ADMIN' WHEN i <= 10 THEN 'PROFESSIONAL' ELSE 'MEMBER' END)::user_role,
            CASE WHEN i % 10 < 3 THEN 'en' ELSE 'id' END, c, c
     FROM (SELECT i, now() - interval '400 days' * random() AS c FROM generate_series(1, $1::int) i) u`,
    [SEED.users, passwordHash, FIRST_NAMES],
  );
  await db.query(`CREATE TEMP TABLE bu AS
    SELECT substring(email FROM '^bench([0-9]+)@')::int AS i, id, role FROM users WHERE email LIKE 'bench%@example.test'`);

  // One live session per user; the token is recomputed by the bench (config.mjs tokenOf), only its sha256 is stored.
  await step(
    'sessions',
    `INSERT INTO sessions (user_id, token_hash, created_at, expires_at)
     SELECT id, sha256(convert_to(${tokenSql('i')}, 'UTF8')), now(), now() + interval '365 days' FROM bu`,
  );

  // 44 more groups (50 with the migration's 6): every 6th members-only, 2 archived.
  const groups = extraGroups();
  await step(
    'groups',
    `INSERT INTO groups (slug, name_id, name_en, description_id, description_en, visibility, archived_at, created_at)
     SELECT slug, name_id, name_en, d_id, d_en,
            (CASE WHEN n % 6 = 0 THEN 'MEMBERS_ONLY' ELSE 'PUBLIC' END)::group_visibility,
            CASE WHEN n > $6 - 2 THEN now() - interval '20 days' END, now() - interval '300 days' + n * interval '1 hour'
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY AS g(slug, name_id, name_en, d_id, d_en, n)`,
    [
      groups.map((group) => group.slug),
      groups.map((group) => group.nameId),
      groups.map((group) => group.nameEn),
      groups.map((group) => group.descriptionId),
      groups.map((group) => group.descriptionEn),
      groups.length,
    ],
  );
  // Popularity rank: the migration's six first, then the others in creation order.
  await db.query(
    `CREATE TEMP TABLE gr AS
     SELECT id, row_number() OVER (ORDER BY slug = ANY($1::text[]), created_at, slug)::int AS rank FROM groups`,
    [groups.map((group) => group.slug)],
  );

  // Memberships: a user joins a group of rank r with probability 0.5 / r^0.7 (about 4 groups each),
  // and always one of the six topic groups; the two earliest members of each group facilitate it.
  await step(
    'group_memberships',
    `INSERT INTO group_memberships (group_id, user_id, role, joined_at)
     SELECT gr.id, bu.id, 'MEMBER', now() - interval '300 days' * random()
     FROM bu CROSS JOIN gr
     WHERE random() < 0.5 / power(gr.rank, 0.7) OR gr.rank = 1 + bu.i % 6`,
  );
  await step(
    'facilitators',
    `UPDATE group_memberships m SET role = 'FACILITATOR' FROM (
       SELECT group_id, user_id, row_number() OVER (PARTITION BY group_id ORDER BY joined_at) AS n
       FROM group_memberships m JOIN bu ON bu.id = m.user_id AND bu.role = 'MEMBER') f
     WHERE f.n <= 2 AND m.group_id = f.group_id AND m.user_id = f.user_id`,
  );
  await db.query(`CREATE TEMP TABLE gm AS
    SELECT group_id, user_id, (row_number() OVER (PARTITION BY group_id ORDER BY user_id) - 1)::int AS n,
           count(*) OVER (PARTITION BY group_id)::int AS members
    FROM group_memberships;
    CREATE INDEX ON gm (group_id, n); ANALYZE gm`);
  // Threads per group in proportion to its members: cumulative shares to sample from.
  await db.query(`CREATE TEMP TABLE gshare AS
    SELECT group_id, sum(members) OVER (ORDER BY group_id) / sum(members) OVER () AS upto
    FROM (SELECT group_id, count(*)::float8 AS members FROM group_memberships GROUP BY group_id) g;
    CREATE INDEX ON gshare (upto)`);

  // Threads over the last 180 days (more of them recent), 15% anonymous, 2% locked.
  await db.query(
    `CREATE TEMP TABLE th AS
    SELECT gen_random_uuid() AS id, i, s.group_id, m.user_id AS author_id, s.anonymous, s.title, s.locked, s.created_at,
           random() * random() AS weight
    FROM (
      SELECT i, g.group_id, random() < 0.15 AS anonymous, random() < 0.02 AS locked,
             now() - interval '180 days' * power(random(), 1.5) - interval '1 hour' AS created_at,
             tp.title, random() AS pick_member
      FROM (SELECT i, random() AS r, floor(random() * ${TITLE_POOL})::int AS title_n FROM generate_series(1, $1::int) i) x
      CROSS JOIN LATERAL (SELECT group_id FROM gshare WHERE upto >= x.r ORDER BY upto LIMIT 1) g
      JOIN title_pool tp ON tp.n = x.title_n
    ) s
    JOIN LATERAL (SELECT members FROM gm WHERE gm.group_id = s.group_id AND gm.n = 0) c ON true
    JOIN gm m ON m.group_id = s.group_id AND m.n = floor(s.pick_member * c.members)::int`,
    [SEED.threads],
  );
  await step(
    'threads',
    `INSERT INTO threads (id, group_id, author_id, anonymous, title, locked, pinned, created_at, last_activity_at)
     SELECT id, group_id, author_id, anonymous, title, locked, false, created_at, created_at FROM th`,
  );
  // Two pinned threads per group.
  await db.query(`UPDATE threads t SET pinned = true FROM (
    SELECT id, row_number() OVER (PARTITION BY group_id ORDER BY created_at DESC) AS n FROM threads) p
    WHERE p.n IN (3, 7) AND p.id = t.id`);
  // Replies pick a thread in proportion to a random weight: some threads get hundreds, some none.
  await db.query(`CREATE TEMP TABLE tshare AS
    SELECT id, group_id, author_id, anonymous, created_at,
           sum(weight) OVER (ORDER BY i) / sum(weight) OVER () AS upto FROM th;
    CREATE INDEX ON tshare (upto)`);

  // The indexes of posts are built after the rows are in (same definitions, read back from the catalog).
  const { rows: postIndexes } = await db.query(
    `SELECT indexname, indexdef FROM pg_indexes
     WHERE schemaname = 'public' AND tablename = 'posts' AND indexname NOT IN (
       SELECT conname FROM pg_constraint WHERE conrelid = 'posts'::regclass AND contype IN ('p', 'u'))`,
  );
  for (const index of postIndexes) await db.query(`DROP INDEX "${index.indexname}"`);

  // Opening posts: one per thread, written by its author when the thread starts.
  await step(
    'opening posts',
    `INSERT INTO posts (thread_id, author_id, anonymous, is_opening, body_source, body_html, content_warning, visibility, created_at)
     SELECT th.id, th.author_id, th.anonymous, true, b.source, b.html,
            CASE WHEN r.cw < 0.05 THEN (SELECT warning FROM cw_pool WHERE n = floor(r.cw * 20 * ${CONTENT_WARNINGS.length})::int) END,
            'VISIBLE', th.created_at
     FROM th
     CROSS JOIN LATERAL (SELECT random() AS cw, floor(random() * ${BODY_POOL})::int AS body, th.i AS i) r
     JOIN body_pool b ON b.n = r.body`,
  );
  // Replies: 10% by the thread's author (anonymous again when the thread is), the rest by members
  // of the group, 15% anonymous; within 21 days of the thread (never in the future); 0.5% held,
  // 0.3% hidden, 1% deleted, 3% edited, 5% with a content warning.
  await step(
    'replies',
    `INSERT INTO posts (thread_id, author_id, anonymous, is_opening, body_source, body_html, content_warning,
                        visibility, created_at, edited_at, deleted_at)
     SELECT t.id, a.author_id, a.anonymous, false, b.source, b.html,
            CASE WHEN x.cw < 0.05 THEN (SELECT warning FROM cw_pool WHERE n = floor(x.cw * 20 * ${CONTENT_WARNINGS.length})::int) END,
            (CASE WHEN x.v < 0.005 THEN 'HELD' WHEN x.v < 0.008 THEN 'HIDDEN' ELSE 'VISIBLE' END)::post_visibility,
            c.at, CASE WHEN x.e < 0.03 THEN c.at + interval '10 minutes' END,
            CASE WHEN x.e > 0.99 THEN c.at + interval '1 hour' END
     FROM (SELECT i, random() AS r, random() AS own, random() AS anon, random() AS who, random() AS cw, random() AS v,
                  random() AS e, random() AS later, floor(random() * ${BODY_POOL})::int AS body
           FROM generate_series(1, $1::int) i) x
     CROSS JOIN LATERAL (SELECT * FROM tshare WHERE upto >= x.r ORDER BY upto LIMIT 1) t
     JOIN LATERAL (SELECT members FROM gm WHERE gm.group_id = t.group_id AND gm.n = 0) gc ON true
     JOIN gm m ON m.group_id = t.group_id AND m.n = floor(x.who * gc.members)::int
     CROSS JOIN LATERAL (SELECT CASE WHEN x.own < 0.1 THEN t.author_id ELSE m.user_id END AS author_id) w
     CROSS JOIN LATERAL (SELECT w.author_id,
                                (w.author_id = t.author_id AND t.anonymous) OR x.anon < 0.15 AS anonymous) a
     CROSS JOIN LATERAL (SELECT LEAST(t.created_at + interval '1 minute' + interval '21 days' * power(x.later, 2),
                                      now() - interval '1 minute' * (1 + x.later)) AS at) c
     JOIN body_pool b ON b.n = x.body`,
    [SEED.posts - SEED.threads],
  );
  for (const index of postIndexes) {
    const started = Date.now();
    await db.query(index.indexdef);
    log(`index ${index.indexname} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }

  // As the API keeps it: the time of the newest post everyone can see (touch() on every visible post).
  await step(
    'threads.last_activity_at',
    `UPDATE threads t SET last_activity_at = p.at FROM (
       SELECT thread_id, max(created_at) AS at FROM posts WHERE visibility = 'VISIBLE' GROUP BY thread_id) p
     WHERE p.thread_id = t.id`,
  );

  // Reactions: ~100k, by random users, skewed so that a few posts get many and about half get none.
  await db.query(`CREATE TEMP TABLE pv AS
    SELECT (row_number() OVER (ORDER BY random()) - 1)::int AS n, id, created_at FROM posts
    WHERE visibility = 'VISIBLE' AND deleted_at IS NULL;
    CREATE INDEX ON pv (n)`);
  await step(
    'post_reactions',
    `INSERT INTO post_reactions (post_id, user_id, kind, created_at)
     SELECT pv.id, bu.id, (enum_range(NULL::reaction_kind))[1 + floor(x.k * 5)::int],
            LEAST(pv.created_at + interval '3 days' * x.later, now())
     FROM (SELECT i, random() AS p, random() AS u, random() AS k, random() AS later FROM generate_series(1, $1::int) i) x
     JOIN pv ON pv.n = floor(power(x.p, 1.6) * (SELECT count(*) FROM pv))::int
     JOIN bu ON bu.i = 1 + floor(x.u * $2::int)::int
     ON CONFLICT DO NOTHING`,
    [Math.round(SEED.reactions * 1.03), SEED.users],
  );

  // The reply notifications the API would have written (thread authors hear of replies), older ones read.
  await step(
    'notifications',
    `INSERT INTO notifications (user_id, kind, post_id, created_at, read_at)
     SELECT t.author_id, 'REPLY_TO_THREAD', p.id, p.created_at,
            CASE WHEN p.created_at < now() - interval '3 days' THEN p.created_at + interval '6 hours' END
     FROM posts p JOIN threads t ON t.id = p.thread_id
     WHERE NOT p.is_opening AND p.visibility = 'VISIBLE' AND p.author_id <> t.author_id`,
  );

  await vacuum(db);
}

/**
 * Earlier runs' writes leave dead rows (every reply updates its thread, every job its outbox
 * record), and this machine's PostgreSQL may run with autovacuum off: clean up before measuring.
 */
export const vacuumBenchDatabase = () => withClient(databaseUrl(), vacuum);

async function vacuum(db) {
  const started = Date.now();
  await db.query('VACUUM (ANALYZE)');
  log(`VACUUM (ANALYZE) (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

export async function seed({ reuse = process.env.BENCH_REUSE === '1' } = {}) {
  const started = Date.now();
  if (reuse && (await alreadySeeded())) {
    log(`reusing ${DB_NAME} (${MARKER}); applying any newer migrations`);
    await migrate();
    await vacuumBenchDatabase();
    return { reused: true };
  }
  log(`creating ${DB_NAME}`);
  await recreateDatabase();
  await migrate();
  log('migrations applied');
  await withClient(databaseUrl(), fill);
  await withClient(databaseUrl('postgres'), (admin) =>
    admin.query(`COMMENT ON DATABASE "${DB_NAME}" IS '${MARKER.replaceAll("'", "''")}'`),
  );
  const summary = await withClient(databaseUrl(), async (db) => {
    const { rows } = await db.query(`SELECT
      (SELECT count(*) FROM groups)::int AS groups, (SELECT count(*) FROM users)::int AS users,
      (SELECT count(*) FROM group_memberships)::int AS memberships, (SELECT count(*) FROM threads)::int AS threads,
      (SELECT count(*) FROM posts)::int AS posts, (SELECT count(*) FROM post_reactions)::int AS reactions,
      (SELECT count(*) FROM notifications)::int AS notifications,
      pg_size_pretty(pg_database_size(current_database())) AS size`);
    return rows[0];
  });
  log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(summary)}`);
  return { reused: false, summary };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  seed().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
