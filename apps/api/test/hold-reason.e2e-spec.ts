import type { INestApplicationContext } from '@nestjs/common';
import { Forum } from './support/forum.js';
import { Moderation } from './support/moderation.js';
import { TestApp, type TestUser } from './support/test-app.js';
import { drainOutbox, startWorker } from './support/worker.js';

const CRISIS = 'aku mau bunuh diri malam ini';
const PERSONAL_DATA = 'WA aku 081234567890';
const ORDINARY = 'Hari ini aku lagi capek banget sama tugas sekolah';

const THREAD = `query($id: ID!) { thread(id: $id) { id replyCount
  posts(first: 50) { nodes { id visibility holdReason viewerIsAuthor } } } }`;

interface SeenPost {
  id: string;
  visibility: string;
  holdReason: string | null;
}

describe('Post.holdReason: why a held or hidden post is out of the group', () => {
  let api: TestApp;
  let worker: INestApplicationContext;
  let forum: Forum;
  let moderation: Moderation;
  let author: TestUser;
  let reader: TestUser;
  let facilitator: TestUser;
  let otherFacilitator: TestUser;
  let professional: TestUser;
  let admin: TestUser;

  beforeAll(async () => {
    api = await TestApp.start();
    worker = await startWorker(api);
    forum = new Forum(api);
    moderation = new Moderation(api, forum);
    [author, reader, facilitator, otherFacilitator, professional, admin] = await Promise.all([
      api.newUser(),
      api.newUser(),
      api.newUser(),
      api.newUser(),
      api.newUser({ role: 'PROFESSIONAL' }),
      api.newUser({ role: 'ADMIN' }),
    ]);
    for (const user of [author, reader]) await forum.join(user, 'kecemasan');
    await moderation.makeFacilitator(admin, facilitator, 'kecemasan');
    // Facilitates another group and reads this one as a member: no moderator here.
    await moderation.makeFacilitator(admin, otherFacilitator, 'stres');
    await forum.join(otherFacilitator, 'kecemasan');
  });

  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  /** A reply by the author in a thread a reader started, screened by the worker; the answer's post too. */
  async function replyOf(body: string) {
    const { threadId } = await forum.newThread(reader, 'kecemasan', { title: 'Gimana kabar kalian?' });
    const result = await api.gql(
      `mutation($input: CreatePostInput!) { createPost(input: $input) {
         held safetyResources { name } post { id visibility holdReason } } }`,
      { input: { threadId, body } },
      { token: author.token },
    );
    expect(result.errors).toBeUndefined();
    await drainOutbox(api);
    return { threadId, postId: result.data!.createPost.post.id as string, answer: result.data!.createPost };
  }

  /** The post as `user` sees it on the thread page (undefined: not there), and the whole answer as text. */
  async function seenBy(user: TestUser, threadId: string, postId: string) {
    const result = await api.gql(THREAD, { id: threadId }, { token: user.token });
    expect(result.errors).toBeUndefined();
    const nodes: SeenPost[] = result.data!.thread.posts.nodes;
    return { post: nodes.find((node) => node.id === postId), text: JSON.stringify(result.data) };
  }

  async function expectAbsentFor(user: TestUser, threadId: string, postId: string) {
    const { post, text } = await seenBy(user, threadId, postId);
    expect(post).toBeUndefined();
    for (const secret of [postId, 'SAFETY', 'PERSONAL_DATA', 'REVIEW', 'HELD', 'HIDDEN'])
      expect(text).not.toContain(secret);
  }

  async function onlyCaseOf(postId: string): Promise<string> {
    const cases = await moderation.casesOfPost(postId);
    expect(cases).toHaveLength(1);
    return cases[0]!.id;
  }

  it('is null on a visible post, for its author and everyone else', async () => {
    const { threadId, postId, answer } = await replyOf(ORDINARY);
    expect(answer.post).toMatchObject({ visibility: 'VISIBLE', holdReason: null });
    for (const user of [author, reader, facilitator, professional]) {
      expect((await seenBy(user, threadId, postId)).post).toMatchObject({ holdReason: null });
    }
  });

  it('SAFETY for a crisis hold: the author and staff know it; members and facilitators never see the post', async () => {
    const { threadId, postId, answer } = await replyOf(CRISIS);
    expect(answer).toMatchObject({ held: true, post: { visibility: 'HELD', holdReason: 'SAFETY' } });
    expect(answer.safetyResources.length).toBeGreaterThan(0);

    // The author comes back later: the thread page still says why.
    expect((await seenBy(author, threadId, postId)).post).toMatchObject({
      visibility: 'HELD',
      holdReason: 'SAFETY',
    });
    expect((await seenBy(professional, threadId, postId)).post).toMatchObject({ holdReason: 'SAFETY' });
    expect((await seenBy(admin, threadId, postId)).post).toMatchObject({ holdReason: 'SAFETY' });
    await expectAbsentFor(reader, threadId, postId);
    await expectAbsentFor(facilitator, threadId, postId);
    await expectAbsentFor(otherFacilitator, threadId, postId);

    // Through the case too, for the professional who works it; the facilitator has no such case.
    const caseId = await onlyCaseOf(postId);
    const kase = await moderation.getCase(professional, caseId, 'id post { id holdReason }');
    expect(kase.data!.case.post).toEqual({ id: postId, holdReason: 'SAFETY' });
    expect((await moderation.getCase(facilitator, caseId, 'id post { holdReason }')).data!.case).toBeNull();

    // Reviewed and not released (hidden for staff only): still a crisis hold for the author.
    await moderation.resolve(professional, caseId, 'REACHED_OUT');
    expect((await seenBy(author, threadId, postId)).post).toMatchObject({
      visibility: 'HIDDEN',
      holdReason: 'SAFETY',
    });
    await expectAbsentFor(facilitator, threadId, postId);
    await expectAbsentFor(reader, threadId, postId);
  });

  it('PERSONAL_DATA for a personal-data hold: the author, the group’s facilitator and staff know it', async () => {
    const { threadId, postId, answer } = await replyOf(PERSONAL_DATA);
    expect(answer).toMatchObject({
      held: true,
      safetyResources: [],
      post: { visibility: 'HELD', holdReason: 'PERSONAL_DATA' },
    });
    for (const user of [author, facilitator, professional]) {
      expect((await seenBy(user, threadId, postId)).post).toMatchObject({ holdReason: 'PERSONAL_DATA' });
    }
    await expectAbsentFor(reader, threadId, postId);
    await expectAbsentFor(otherFacilitator, threadId, postId);

    const caseId = await onlyCaseOf(postId);
    const kase = await moderation.getCase(facilitator, caseId, 'id post { holdReason }');
    expect(kase.data!.case.post).toEqual({ holdReason: 'PERSONAL_DATA' });

    // Released by the facilitator: visible, no reason for anyone.
    await moderation.resolve(facilitator, caseId, 'RESTORED_POST');
    for (const user of [author, reader, facilitator]) {
      expect((await seenBy(user, threadId, postId)).post).toMatchObject({
        visibility: 'VISIBLE',
        holdReason: null,
      });
    }
  });

  it('REVIEW for a post hidden by flags: the author, the group’s facilitator and staff know it', async () => {
    const { threadId, postId } = await replyOf(ORDINARY);
    const flaggers = [reader, await api.newUser(), await api.newUser()];
    for (const flagger of flaggers.slice(1)) await forum.join(flagger, 'kecemasan');
    for (const flagger of flaggers) {
      expect((await moderation.flag(flagger, postId, 'OFF_TOPIC')).errors).toBeUndefined();
    }
    for (const user of [author, facilitator, professional]) {
      expect((await seenBy(user, threadId, postId)).post).toMatchObject({
        visibility: 'HIDDEN',
        holdReason: 'REVIEW',
      });
    }
    for (const user of flaggers) await expectAbsentFor(user, threadId, postId);
    await expectAbsentFor(otherFacilitator, threadId, postId);
  });

  it('never reaches another member through search or the thread list', async () => {
    const word = 'kerahasiaanku';
    const { threadId, postId } = await replyOf(`${PERSONAL_DATA} ${word}`);
    const search = await api.gql(
      `query($q: String!) { search(query: $q) { nodes { id holdReason } } }`,
      { q: word },
      { token: reader.token },
    );
    expect(search.data!.search.nodes).toEqual([]);
    const own = await api.gql(
      `query($q: String!) { search(query: $q) { nodes { id holdReason } } }`,
      { q: word },
      { token: author.token },
    );
    expect(own.data!.search.nodes).toEqual([{ id: postId, holdReason: 'PERSONAL_DATA' }]);
    const thread = await api.gql(THREAD, { id: threadId }, { token: reader.token });
    expect(thread.data!.thread.replyCount).toBe(0);
  });
});
