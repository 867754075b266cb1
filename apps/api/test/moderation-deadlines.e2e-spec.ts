import type { INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { UserRepository } from '../src/accounts/user.repository.js';
import { bullPrefix } from '../src/platform/queue/job-queues.js';
import { Forum } from './support/forum.js';
import { Moderation } from './support/moderation.js';
import { TestApp, type TestUser } from './support/test-app.js';
import { waitFor } from './support/wait.js';
import { drainOutbox, startWorker } from './support/worker.js';

const CRISIS = 'aku mau bunuh diri malam ini';
/** 5 minutes for a crisis become 1.2 s. */
const SCALE = 0.004;
const CRISIS_DEADLINE_MS = 5 * 60_000 * SCALE;

describe('deadlines and escalation (short deadlines through SEBAYA_DEADLINE_SCALE)', () => {
  let api: TestApp;
  let worker: INestApplicationContext;
  let forum: Forum;
  let moderation: Moderation;
  let author: TestUser;
  let onDuty: TestUser;
  let offDuty: TestUser;
  let admin: TestUser;

  beforeAll(async () => {
    api = await TestApp.start({ SEBAYA_DEADLINE_SCALE: String(SCALE) });
    worker = await startWorker(api, { DEADLINE_SWEEP_SECONDS: '0.5' });
    forum = new Forum(api);
    moderation = new Moderation(api, forum);
    [author, onDuty, offDuty, admin] = await Promise.all([
      api.newUser(),
      api.newUser({ role: 'PROFESSIONAL' }),
      api.newUser({ role: 'PROFESSIONAL' }),
      api.newUser({ role: 'ADMIN' }),
    ]);
    await api.app.get(UserRepository).update(onDuty.id, { onDuty: true });
    await forum.join(author, 'duka');
  });

  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  const db = () => api.app.get(DataSource);

  async function crisisCase(): Promise<string> {
    const { threadId } = await forum.newThread(author, 'duka');
    const postId = await forum.reply(author, threadId, { body: CRISIS });
    await drainOutbox(api);
    const [kase] = await moderation.casesOfPost(postId);
    return kase!.id;
  }

  const levelOf = async (caseId: string): Promise<number> =>
    (await db().query('SELECT escalation_level AS level FROM moderation_cases WHERE id = $1', [caseId]))[0]
      .level;

  const escalationNotices = async (user: TestUser, caseId: string): Promise<number> =>
    (
      await db().query(
        `SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND case_id = $2 AND kind = 'CASE_ESCALATED'`,
        [user.id, caseId],
      )
    )[0].n;

  it('an unclaimed case escalates level by level up to 3, telling on-duty professionals and coordinators', async () => {
    const caseId = await crisisCase();
    await waitFor(async () => (await levelOf(caseId)) === 3, 20 * CRISIS_DEADLINE_MS, 'level 3');
    await new Promise((resolve) => setTimeout(resolve, 2 * CRISIS_DEADLINE_MS));
    expect(await levelOf(caseId)).toBe(3);

    const rows: { level: number }[] = await db().query(
      `SELECT (detail->>'level')::int AS level FROM audit_entries
       WHERE case_id = $1 AND action = 'DEADLINE_ESCALATED' ORDER BY created_at`,
      [caseId],
    );
    expect(rows.map((row) => row.level)).toEqual([1, 2, 3]);
    expect(await escalationNotices(onDuty, caseId)).toBe(3);
    expect(await escalationNotices(admin, caseId)).toBe(3);
    expect(await escalationNotices(offDuty, caseId)).toBe(0);

    const listed = await api.gql(
      'query($id: ID!) { case(id: $id) { escalationLevel dueAt } }',
      { id: caseId },
      { token: onDuty.token },
    );
    expect(listed.data!.case.escalationLevel).toBe(3);
  });

  it('claiming stops the chain', async () => {
    const caseId = await crisisCase();
    expect((await moderation.claim(onDuty, caseId)).data!.claimCase.status).toBe('CLAIMED');
    await new Promise((resolve) => setTimeout(resolve, 3 * CRISIS_DEADLINE_MS));
    expect(await levelOf(caseId)).toBe(0);
    expect(await escalationNotices(onDuty, caseId)).toBe(0);
  });

  it('the sweep escalates a case whose deadline job was deleted from Redis', async () => {
    const caseId = await crisisCase();
    const [record] = await db().query(
      `SELECT id FROM outbox WHERE job_name = 'case-deadline' AND payload->>'caseId' = $1`,
      [caseId],
    );
    await waitFor(
      async () =>
        (await db().query('SELECT relayed_at FROM outbox WHERE id = $1', [record.id]))[0].relayed_at !== null,
      5_000,
      'the deadline job to be relayed',
    );
    const connection = new Redis(api.config.redis.url, { maxRetriesPerRequest: null });
    const deadlines = new Queue('deadlines', { connection, prefix: bullPrefix(api.config) });
    try {
      const job = await deadlines.getJob(record.id);
      expect(await job?.getState()).toBe('delayed');
      await job!.remove();
      expect(await deadlines.getJob(record.id)).toBeUndefined();
    } finally {
      await deadlines.close();
      connection.disconnect();
    }

    await waitFor(async () => (await levelOf(caseId)) >= 1, 10 * CRISIS_DEADLINE_MS, 'the sweep');
    const [first] = await db().query(
      `SELECT detail->>'found' AS found FROM audit_entries
       WHERE case_id = $1 AND action = 'DEADLINE_ESCALATED' ORDER BY created_at LIMIT 1`,
      [caseId],
    );
    expect(first.found).toBe('sweep');
  });
});
