import { DataSource } from 'typeorm';
import type { INestApplicationContext } from '@nestjs/common';
import { Forum } from './support/forum.js';
import { Moderation } from './support/moderation.js';
import { TestApp, errorCodes, type TestUser } from './support/test-app.js';
import { drainOutbox, startWorker } from './support/worker.js';

const CRISIS = 'aku mau bunuh diri malam ini';
const HIGH = 'Aku pengen mati aja, capek hidup';
const HARASSMENT = 'kamu bodoh banget, dasar goblok tolol';
const PERSONAL_DATA = 'WA aku 081234567890';
const ORDINARY = 'Hari ini aku lagi capek banget sama tugas sekolah';

const MINUTE = 60_000;

describe('safety routing (screening and flags, through the real worker)', () => {
  let api: TestApp;
  let worker: INestApplicationContext;
  let forum: Forum;
  let moderation: Moderation;
  let author: TestUser;
  let reader: TestUser;
  let facilitator: TestUser;
  let professional: TestUser;
  let admin: TestUser;

  beforeAll(async () => {
    api = await TestApp.start();
    worker = await startWorker(api);
    forum = new Forum(api);
    moderation = new Moderation(api, forum);
    [author, reader, facilitator, professional, admin] = await Promise.all([
      api.newUser(),
      api.newUser(),
      api.newUser(),
      api.newUser({ role: 'PROFESSIONAL' }),
      api.newUser({ role: 'ADMIN' }),
    ]);
    for (const user of [author, reader]) await forum.join(user, 'kecemasan');
    await moderation.makeFacilitator(admin, facilitator, 'kecemasan');
  });

  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  async function post(body: string, options: { anonymous?: boolean } = {}) {
    const { threadId } = await forum.newThread(author, 'kecemasan', { title: 'Hari ini' });
    const result = await api.gql(
      `mutation($input: CreatePostInput!) { createPost(input: $input) {
         held post { id visibility } safetyResources { name contact } } }`,
      { input: { threadId, body, ...options } },
      { token: author.token },
    );
    expect(result.errors).toBeUndefined();
    await drainOutbox(api);
    const answer = result.data!.createPost;
    return { threadId, postId: answer.post.id as string, answer };
  }

  async function onlyCaseOf(postId: string) {
    const cases = await moderation.casesOfPost(postId);
    expect(cases).toHaveLength(1);
    const found = await moderation.getCase(
      professional,
      cases[0]!.id,
      'id queue severity status categories createdAt dueAt',
    );
    return found.data!.case;
  }

  const deadlineOf = (kase: { createdAt: string; dueAt: string }) =>
    new Date(kase.dueAt).getTime() - new Date(kase.createdAt).getTime();

  it('CRISIS: held for professionals only, resources at once, professional queue, 5 minutes', async () => {
    const { threadId, postId, answer } = await post(CRISIS, { anonymous: true });
    expect(answer.held).toBe(true);
    expect(answer.post.visibility).toBe('HELD');
    expect(answer.safetyResources.length).toBeGreaterThan(0);

    const kase = await onlyCaseOf(postId);
    expect(kase).toMatchObject({
      queue: 'PROFESSIONAL',
      severity: 'CRISIS',
      status: 'OPEN',
      categories: ['suicide'],
    });
    expect(Math.round(deadlineOf(kase) / MINUTE)).toBe(5);

    const seenBy = async (user: TestUser) =>
      ((await forum.threadPosts(user, threadId))?.posts.nodes ?? []).map((p: { id: string }) => p.id);
    expect(await seenBy(author)).toContain(postId);
    expect(await seenBy(professional)).toContain(postId);
    expect(await seenBy(reader)).not.toContain(postId);
    expect(await seenBy(facilitator)).not.toContain(postId);
    expect(await moderation.auditActions(kase.id)).toEqual(['CASE_OPENED', 'POST_HELD', 'POST_SCREENED']);
  });

  it('HIGH: visible, resources at once, professional queue, 30 minutes', async () => {
    const { postId, answer } = await post(HIGH);
    expect(answer).toMatchObject({ held: false, post: { visibility: 'VISIBLE' } });
    expect(answer.safetyResources.length).toBeGreaterThan(0);
    const kase = await onlyCaseOf(postId);
    expect(kase).toMatchObject({ queue: 'PROFESSIONAL', severity: 'HIGH' });
    expect(Math.round(deadlineOf(kase) / MINUTE)).toBe(30);
  });

  it('MEDIUM harassment: visible, nothing for the author, facilitator queue, 4 hours', async () => {
    const { postId, answer } = await post(HARASSMENT);
    expect(answer).toMatchObject({ held: false, safetyResources: [] });
    const kase = await onlyCaseOf(postId);
    expect(kase).toMatchObject({ queue: 'FACILITATOR', severity: 'MEDIUM', categories: ['harassment'] });
    expect(Math.round(deadlineOf(kase) / MINUTE)).toBe(240);
    const queue = await moderation.queue(facilitator, 'FACILITATOR');
    expect(queue.data!.moderationQueue.nodes.map((c: { id: string }) => c.id)).toContain(kase.id);
  });

  it('personal data: held for review, which the facilitator can see and work', async () => {
    const { threadId, postId, answer } = await post(PERSONAL_DATA);
    expect(answer).toMatchObject({ held: true, safetyResources: [] });
    const kase = await onlyCaseOf(postId);
    expect(kase).toMatchObject({ queue: 'FACILITATOR', severity: 'MEDIUM', categories: ['personal_data'] });
    const facilitatorView = await forum.threadPosts(facilitator, threadId);
    expect(facilitatorView.posts.nodes.map((p: { id: string }) => p.id)).toContain(postId);
    const readerView = await forum.threadPosts(reader, threadId);
    expect(readerView.posts.nodes.map((p: { id: string }) => p.id)).not.toContain(postId);
  });

  it('an ordinary post opens no case', async () => {
    const { postId, answer } = await post(ORDINARY);
    expect(answer).toMatchObject({ held: false, safetyResources: [] });
    expect(await moderation.casesOfPost(postId)).toEqual([]);
  });

  it('flags: LOW from one reader, MEDIUM from two, hidden from three, one case all along', async () => {
    const { threadId, postId } = await post(ORDINARY);
    const [second, third] = [await api.newUser(), await api.newUser()];
    for (const user of [second, third]) await forum.join(user, 'kecemasan');

    expect(errorCodes(await moderation.flag(reader, postId, 'OFF_TOPIC'))).toEqual([]);
    let kase = await onlyCaseOf(postId);
    expect(kase).toMatchObject({ queue: 'FACILITATOR', severity: 'LOW', categories: ['flag:off_topic'] });
    expect(Math.round(deadlineOf(kase) / MINUTE)).toBe(24 * 60);

    expect(errorCodes(await moderation.flag(reader, postId, 'SPAM'))).toEqual(['CONFLICT']);
    await moderation.flag(second, postId, 'HARASSMENT', 'insulting');
    kase = await onlyCaseOf(postId);
    expect(kase).toMatchObject({ severity: 'MEDIUM', categories: ['flag:harassment', 'flag:off_topic'] });
    expect(Math.round(deadlineOf(kase) / MINUTE)).toBe(240);
    expect(
      (await forum.threadPosts(reader, threadId)).posts.nodes.map((p: { id: string }) => p.id),
    ).toContain(postId);

    await moderation.flag(third, postId, 'SPAM');
    expect(
      (await forum.threadPosts(reader, threadId)).posts.nodes.map((p: { id: string }) => p.id),
    ).not.toContain(postId);
    const authorView = await forum.threadPosts(author, threadId);
    expect(authorView.posts.nodes.find((p: { id: string }) => p.id === postId)?.visibility).toBe('HIDDEN');
  });

  it('a RISK_OF_HARM flag sends the case to professionals at HIGH and leaves the post as it is', async () => {
    const { postId } = await post(ORDINARY);
    await moderation.flag(reader, postId, 'RISK_OF_HARM');
    const kase = await onlyCaseOf(postId);
    expect(kase).toMatchObject({
      queue: 'PROFESSIONAL',
      severity: 'HIGH',
      categories: ['flag:risk_of_harm'],
    });
    const [row] = await api.app.get(DataSource).query('SELECT visibility FROM posts WHERE id = $1', [postId]);
    expect(row.visibility).toBe('VISIBLE');
  });

  it('a facilitator escalates to the professional queue at HIGH; severity never falls', async () => {
    const { postId } = await post(HARASSMENT);
    const { id } = (await onlyCaseOf(postId)) as { id: string };
    await moderation.claim(facilitator, id);
    const escalated = await moderation.escalate(facilitator, id, 'This looks like more than teasing.');
    expect(escalated.data!.escalateCase).toMatchObject({
      queue: 'PROFESSIONAL',
      severity: 'HIGH',
      status: 'OPEN',
      assignee: null,
    });
    expect(errorCodes(await moderation.escalate(facilitator, id))).toEqual(['NOT_FOUND']);

    await moderation.flag(reader, postId, 'OFF_TOPIC');
    expect(await onlyCaseOf(postId)).toMatchObject({ severity: 'HIGH', queue: 'PROFESSIONAL' });
  });

  it('a group without a facilitator sends its cases to the professional queue', async () => {
    await forum.join(author, 'stres');
    const { threadId } = await forum.newThread(author, 'stres');
    const postId = await forum.reply(author, threadId, { body: HARASSMENT });
    await drainOutbox(api);
    expect(await onlyCaseOf(postId)).toMatchObject({ queue: 'PROFESSIONAL', severity: 'MEDIUM' });
  });
});

describe('flag rate limit', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await TestApp.start({ FLAG_LIMIT_PER_HOUR: '2' });
  });

  afterAll(() => api.close());

  it('refuses a reader’s flags past the hourly limit with RATE_LIMITED, and records none of them', async () => {
    const forum = new Forum(api);
    const moderation = new Moderation(api, forum);
    const [author, reader] = [await api.newUser(), await api.newUser()];
    for (const user of [author, reader]) await forum.join(user, 'duka');
    const { threadId } = await forum.newThread(author, 'duka');
    const posts = [];
    for (let i = 0; i < 3; i += 1) posts.push(await forum.reply(author, threadId, { body: `Balasan ${i}` }));

    expect(errorCodes(await moderation.flag(reader, posts[0]!, 'SPAM'))).toEqual([]);
    expect(errorCodes(await moderation.flag(reader, posts[1]!, 'SPAM'))).toEqual([]);
    const third = await moderation.flag(reader, posts[2]!, 'SPAM');
    expect(errorCodes(third)).toEqual(['RATE_LIMITED']);
    expect(third.errors![0]!.extensions.retryAfterSeconds).toBeGreaterThan(0);
    expect(await moderation.casesOfPost(posts[2]!)).toEqual([]);
  });
});
