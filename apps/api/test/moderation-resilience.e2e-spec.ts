import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Forum } from './support/forum.js';
import { OwnRedis } from './support/redis-server.js';
import { TestApp, type TestUser } from './support/test-app.js';
import { waitFor } from './support/wait.js';
import { drainOutbox, spawnWorker, startWorker } from './support/worker.js';

const RISKY = [
  'aku mau bunuh diri malam ini',
  'kamu bodoh banget, dasar goblok tolol',
  'WA aku 081234567890',
];

/** Writes `count` replies, every one risky enough to open a case. */
async function writeRiskyPosts(forum: Forum, author: TestUser, count: number): Promise<string[]> {
  const { threadId } = await forum.newThread(author, 'akademik', { title: 'Catatan' });
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    ids.push(await forum.reply(author, threadId, { body: `${RISKY[i % RISKY.length]} (${i})` }));
  }
  return ids;
}

/** Per post: how many times it was screened into a case, and how many cases it has. */
async function screeningsOf(db: DataSource, postIds: string[]) {
  const rows: { postId: string; screened: number; opened: number; raised: number; cases: number }[] =
    await db.query(
      `SELECT p.id AS "postId",
       (SELECT count(*)::int FROM audit_entries a WHERE a.post_id = p.id AND a.action = 'POST_SCREENED') AS screened,
       (SELECT count(*)::int FROM audit_entries a WHERE a.post_id = p.id AND a.action = 'CASE_OPENED') AS opened,
       (SELECT count(*)::int FROM audit_entries a WHERE a.post_id = p.id AND a.action = 'CASE_RAISED') AS raised,
       (SELECT count(*)::int FROM moderation_cases c WHERE c.post_id = p.id) AS cases
     FROM posts p WHERE p.id = ANY($1::uuid[])`,
      [postIds],
    );
  return rows;
}

const doneCount = async (db: DataSource): Promise<number> =>
  (
    await db.query(
      `SELECT count(*)::int AS n FROM outbox WHERE job_name = 'screen-post' AND done_at IS NOT NULL`,
    )
  )[0].n;

describe('the worker loses nothing and repeats nothing', () => {
  it('kill -9 of the worker in the middle of its jobs: every post is screened exactly once', async () => {
    const api = await TestApp.start();
    try {
      const forum = new Forum(api);
      const author = await api.newUser();
      await forum.join(author, 'akademik');
      const postIds = await writeRiskyPosts(forum, author, 120);
      const db = api.app.get(DataSource);

      const first = spawnWorker(api, { WORKER_STALLED_SECONDS: '1', WORKER_CONCURRENCY: '4' });
      await waitFor(async () => (await doneCount(db)) >= 5, 30_000, 'the first jobs');
      first.child.kill('SIGKILL');
      await new Promise((resolve) => first.child.once('exit', resolve));
      const doneAtKill = await doneCount(db);
      expect(doneAtKill).toBeLessThan(postIds.length);

      const second = spawnWorker(api, { WORKER_STALLED_SECONDS: '1', WORKER_CONCURRENCY: '4' });
      try {
        await drainOutbox(api, 60_000);
      } finally {
        await second.stop();
      }
      const screenings = await screeningsOf(db, postIds);
      expect(screenings).toHaveLength(postIds.length);
      for (const post of screenings) {
        expect(post).toEqual({ postId: post.postId, screened: 1, opened: 1, raised: 0, cases: 1 });
      }
    } finally {
      await api.close();
    }
  }, 120_000);

  it('posts written while Redis is down are screened once Redis is back (empty), each exactly once', async () => {
    const redis = new OwnRedis();
    await redis.start();
    const api = await TestApp.start({ REDIS_URL: redis.url });
    let worker: INestApplicationContext | null = null;
    try {
      worker = await startWorker(api);
      const forum = new Forum(api);
      const author = await api.newUser();
      await forum.join(author, 'akademik');
      const before = await writeRiskyPosts(forum, author, 3);
      await drainOutbox(api);
      const db = api.app.get(DataSource);

      await redis.kill();
      const whileDown = await writeRiskyPosts(forum, author, 12);
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const unscreened = await screeningsOf(db, whileDown);
      expect(unscreened.every((post) => post.cases === 0)).toBe(true);

      await redis.start();
      await drainOutbox(api, 60_000);
      for (const post of await screeningsOf(db, [...before, ...whileDown])) {
        expect(post).toEqual({ postId: post.postId, screened: 1, opened: 1, raised: 0, cases: 1 });
      }
    } finally {
      await worker?.close();
      await api.close();
      await redis.kill();
    }
  }, 120_000);
});
