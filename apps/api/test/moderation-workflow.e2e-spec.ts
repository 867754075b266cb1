import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Forum } from './support/forum.js';
import { subscribe } from './support/live.js';
import { CASE_FIELDS, Moderation } from './support/moderation.js';
import { statementsFor } from './support/statements.js';
import { TestApp, errorCodes, type TestUser } from './support/test-app.js';
import { waitFor } from './support/wait.js';
import { drainOutbox, startWorker } from './support/worker.js';

const CRISIS = 'aku mau bunuh diri malam ini';
const HARASSMENT = 'you are a worthless idiot, nobody wants you here';
const CASE_QUEUED = `subscription($q: QueueKind!) { caseQueued(queue: $q) { id severity queue post { id } } }`;

describe('working cases: claim, escalate, resolve, notes, audit, privacy', () => {
  let api: TestApp;
  let worker: INestApplicationContext;
  let forum: Forum;
  let moderation: Moderation;
  let author: TestUser;
  let member: TestUser;
  let facilitator: TestUser;
  let otherFacilitator: TestUser;
  let professional: TestUser;
  let secondProfessional: TestUser;
  let admin: TestUser;

  beforeAll(async () => {
    api = await TestApp.start();
    worker = await startWorker(api);
    forum = new Forum(api);
    moderation = new Moderation(api, forum);
    [author, member, facilitator, otherFacilitator, professional, secondProfessional, admin] =
      await Promise.all([
        api.newUser({ displayName: 'Penulis' }),
        api.newUser(),
        api.newUser(),
        api.newUser(),
        api.newUser({ role: 'PROFESSIONAL', displayName: 'Konselor Sari' }),
        api.newUser({ role: 'PROFESSIONAL' }),
        api.newUser({ role: 'ADMIN' }),
      ]);
    for (const user of [author, member]) await forum.join(user, 'trauma');
    await moderation.makeFacilitator(admin, facilitator, 'trauma');
    await moderation.makeFacilitator(admin, otherFacilitator, 'duka');
  });

  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  async function caseFor(body: string, options: { anonymous?: boolean } = {}) {
    const { threadId } = await forum.newThread(author, 'trauma', { title: 'Cerita' });
    const postId = await forum.reply(author, threadId, { body, ...options });
    await drainOutbox(api);
    const [kase] = await moderation.casesOfPost(postId);
    return { threadId, postId, caseId: kase!.id };
  }

  it('exactly one of two simultaneous claims wins; the other gets CONFLICT', async () => {
    const { caseId } = await caseFor(CRISIS);
    const [first, second] = await Promise.all([
      moderation.claim(professional, caseId),
      moderation.claim(secondProfessional, caseId),
    ]);
    const outcomes = [first, second].map((result) => errorCodes(result)[0] ?? 'OK').sort();
    expect(outcomes).toEqual(['CONFLICT', 'OK']);
    const winner = first.data?.claimCase ?? second.data?.claimCase;
    expect(winner.status).toBe('CLAIMED');
    expect(await moderation.auditActions(caseId)).toEqual(expect.arrayContaining(['CASE_CLAIMED']));
    expect(
      (await moderation.auditActions(caseId)).filter((action) => action === 'CASE_CLAIMED'),
    ).toHaveLength(1);
  });

  it('resolving a crisis case keeps the held post out of the group unless it is restored', async () => {
    const { threadId, postId, caseId } = await caseFor(CRISIS);
    expect(errorCodes(await moderation.resolve(facilitator, caseId, 'NO_ACTION'))).toEqual(['NOT_FOUND']);
    await moderation.claim(professional, caseId);
    expect(errorCodes(await moderation.resolve(secondProfessional, caseId, 'REACHED_OUT'))).toEqual([
      'CONFLICT',
    ]);
    const resolved = await moderation.resolve(professional, caseId, 'REACHED_OUT', {
      note: 'Called, safe now.',
    });
    expect(resolved.data!.resolveCase).toMatchObject({ status: 'RESOLVED', resolution: 'REACHED_OUT' });
    const authorView = await forum.threadPosts(author, threadId);
    expect(authorView.posts.nodes.find((p: { id: string }) => p.id === postId).visibility).toBe('HIDDEN');
    expect(errorCodes(await moderation.resolve(professional, caseId, 'NO_ACTION'))).toEqual(['CONFLICT']);

    // A later signal about the same post (the author edits it) opens a new case; the resolved one stays closed.
    const edited = await api.gql(
      'mutation($input: EditPostInput!) { editPost(input: $input) { id } }',
      { input: { postId, body: `${CRISIS}, aku udah siapin talinya` } },
      { token: author.token },
    );
    expect(edited.errors).toBeUndefined();
    await drainOutbox(api);
    const cases = await moderation.casesOfPost(postId);
    expect(cases.map((kase) => kase.status)).toEqual(['RESOLVED', 'OPEN']);
    expect(cases[1]).toMatchObject({ severity: 'CRISIS', queue: 'PROFESSIONAL' });
  });

  it('a facilitator resolves a harassment case in its group: hides the post and locks the thread', async () => {
    const { threadId, postId, caseId } = await caseFor(HARASSMENT);
    expect(errorCodes(await moderation.claim(otherFacilitator, caseId))).toEqual(['NOT_FOUND']);
    const resolved = await moderation.resolve(facilitator, caseId, 'HIDDEN_POST', { lockThread: true });
    expect(resolved.data!.resolveCase).toMatchObject({ status: 'RESOLVED', resolution: 'HIDDEN_POST' });
    const memberView = await forum.threadPosts(member, threadId);
    expect(memberView.posts.nodes.map((p: { id: string }) => p.id)).not.toContain(postId);
    const thread = await api.gql(
      'query($id: ID!) { thread(id: $id) { locked } }',
      { id: threadId },
      { token: member.token },
    );
    expect(thread.data!.thread.locked).toBe(true);
    expect(await moderation.auditActions(caseId)).toEqual([
      'CASE_OPENED',
      'POST_SCREENED',
      'CASE_RESOLVED',
      'POST_HIDDEN',
      'THREAD_LOCKED',
    ]);
  });

  it('RESTORED_POST shows a post hidden by flags again', async () => {
    const { threadId } = await forum.newThread(author, 'trauma');
    const postId = await forum.reply(author, threadId, { body: 'Biasa saja.' });
    const flaggers = [member, await api.newUser(), await api.newUser()];
    for (const user of flaggers.slice(1)) await forum.join(user, 'trauma');
    for (const user of flaggers) await moderation.flag(user, postId, 'SPAM');
    const [kase] = await moderation.casesOfPost(postId);
    await moderation.resolve(facilitator, kase!.id, 'RESTORED_POST');
    const memberView = await forum.threadPosts(member, threadId);
    expect(memberView.posts.nodes.map((p: { id: string }) => p.id)).toContain(postId);
  });

  it('bad input changes nothing and says what is wrong', async () => {
    const { caseId } = await caseFor(HARASSMENT);
    expect(errorCodes(await moderation.claim(facilitator, 'not-a-uuid'))).toEqual(['NOT_FOUND']);
    const note = await api.gql(
      'mutation($id: ID!) { addCaseNote(caseId: $id, body: "   ") { id } }',
      { id: caseId },
      { token: facilitator.token },
    );
    expect(errorCodes(note)).toEqual(['BAD_USER_INPUT']);
    const badResolution = await api.gql(
      'mutation($id: ID!) { resolveCase(caseId: $id, resolution: MAYBE) { id } }',
      { id: caseId },
      { token: facilitator.token },
    );
    expect(badResolution.status).toBe(400);
    const { threadId } = await forum.newThread(author, 'trauma');
    const postId = await forum.reply(author, threadId, { body: 'Terima kasih semuanya.' });
    const tooLong = await moderation.flag(member, postId, 'OTHER', 'x'.repeat(501));
    expect(errorCodes(tooLong)).toEqual(['BAD_USER_INPUT']);
    const ownPost = await moderation.flag(author, postId, 'OTHER');
    expect(errorCodes(ownPost)).toEqual(['BAD_USER_INPUT']);
    expect(await moderation.casesOfPost(postId)).toEqual([]);
    expect((await moderation.getCase(facilitator, caseId)).data!.case.status).toBe('OPEN');
  });

  it('notes and history are read by those who work the case; the audit log by coordinators only', async () => {
    const { caseId } = await caseFor(HARASSMENT);
    const added = await api.gql(
      'mutation($id: ID!) { addCaseNote(caseId: $id, body: "Talked to both members.") { id body } }',
      { id: caseId },
      { token: facilitator.token },
    );
    expect(added.data!.addCaseNote.body).toBe('Talked to both members.');
    const detail = await moderation.getCase(
      facilitator,
      caseId,
      'notes { body } history { action actor { displayName } }',
    );
    expect(detail.data!.case.notes).toEqual([{ body: 'Talked to both members.' }]);
    expect(detail.data!.case.history.map((entry: { action: string }) => entry.action)).toEqual([
      'CASE_OPENED',
      'POST_SCREENED',
      'CASE_NOTE_ADDED',
    ]);
    const log = await api.gql(
      'query($c: ID) { auditLog(caseId: $c) { nodes { action detail } } }',
      { c: caseId },
      { token: admin.token },
    );
    expect(log.data!.auditLog.nodes.map((entry: { action: string }) => entry.action)).toContain(
      'CASE_NOTE_ADDED',
    );
    for (const user of [member, facilitator, professional]) {
      expect(errorCodes(await api.gql('{ auditLog { nodes { id } } }', {}, { token: user.token }))).toEqual([
        'FORBIDDEN',
      ]);
    }
    const [entry] = await api.app.get(DataSource).query('SELECT id FROM audit_entries LIMIT 1');
    await expect(
      api.app.get(DataSource).query('DELETE FROM audit_entries WHERE id = $1', [entry.id]),
    ).rejects.toThrow(/append-only/);
    await expect(
      api.app.get(DataSource).query(`UPDATE audit_entries SET action = 'CASE_CLAIMED'`),
    ).rejects.toThrow(/append-only/);
  });

  it('a member cannot read queues, cases, notes, flags or the audit log', async () => {
    const { postId, caseId } = await caseFor(HARASSMENT, { anonymous: true });
    await moderation.flag(member, postId, 'HARASSMENT', 'rude');
    for (const queue of ['FACILITATOR', 'PROFESSIONAL'] as const) {
      expect(errorCodes(await moderation.queue(member, queue))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await moderation.queue(author, queue))).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes(await moderation.queue(facilitator, 'PROFESSIONAL'))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await api.gql('{ moderationQueue(queue: FACILITATOR) { nodes { id } } }'))).toEqual([
      'UNAUTHENTICATED',
    ]);
    for (const user of [member, author, otherFacilitator]) {
      const read = await moderation.getCase(
        user,
        caseId,
        'id notes { body } flags { reason note } postAuthor { id }',
      );
      expect(read.data!.case).toBeNull();
      expect(errorCodes(await moderation.claim(user, caseId))).toEqual(['NOT_FOUND']);
    }
    const live = await subscribe(api, CASE_QUEUED, { q: 'FACILITATOR' }, member.token);
    await waitFor(async () => live.errors.length > 0, 5_000, 'the refusal');
    expect(
      live.errors.map((error) => (error as { extensions?: { code?: string } }).extensions?.code),
    ).toEqual(['FORBIDDEN']);
    await live.close();
  });

  it('facilitators do not learn which member reported a post; staff do', async () => {
    const { threadId } = await forum.newThread(author, 'trauma');
    const postId = await forum.reply(author, threadId, { body: 'Biasa saja hari ini.' });
    await moderation.flag(member, postId, 'HARASSMENT');
    const [kase] = await moderation.casesOfPost(postId);
    const history = async (user: TestUser) =>
      (await moderation.getCase(user, kase!.id, 'history { action actor { id } }')).data!.case.history;
    expect(await history(facilitator)).toEqual([
      { action: 'CASE_OPENED', actor: null },
      { action: 'POST_FLAGGED', actor: null },
    ]);
    expect(await history(professional)).toEqual([
      { action: 'CASE_OPENED', actor: { id: member.id } },
      { action: 'POST_FLAGGED', actor: { id: member.id } },
    ]);
  });

  it('the author of an anonymous post: professionals see it through the case, audited; facilitators do not', async () => {
    const { caseId } = await caseFor(HARASSMENT, { anonymous: true });
    const asFacilitator = await moderation.getCase(
      facilitator,
      caseId,
      'postAuthor { id } post { author { displayName anonymous } }',
    );
    expect(asFacilitator.data!.case.postAuthor).toBeNull();
    expect(asFacilitator.data!.case.post.author.anonymous).toBe(true);
    expect(asFacilitator.data!.case.post.author.displayName).not.toBe('Penulis');
    expect(await moderation.auditActions(caseId)).not.toContain('AUTHOR_REVEALED');

    const asProfessional = await moderation.getCase(professional, caseId, 'postAuthor { id displayName }');
    expect(asProfessional.data!.case.postAuthor).toEqual({ id: author.id, displayName: 'Penulis' });
    const [revealed] = await api.app
      .get(DataSource)
      .query(
        `SELECT actor_id, subject_user_id FROM audit_entries WHERE case_id = $1 AND action = 'AUTHOR_REVEALED'`,
        [caseId],
      );
    expect(revealed).toEqual({ actor_id: professional.id, subject_user_id: author.id });
  });

  it('caseQueued pushes new and escalated cases to those who may work that queue', async () => {
    const professionals = await subscribe(api, CASE_QUEUED, { q: 'PROFESSIONAL' }, professional.token);
    const facilitators = await subscribe(api, CASE_QUEUED, { q: 'FACILITATOR' }, facilitator.token);
    const elsewhere = await subscribe(api, CASE_QUEUED, { q: 'FACILITATOR' }, otherFacilitator.token);
    try {
      const { caseId, postId } = await caseFor(HARASSMENT);
      expect((await facilitators.next()).caseQueued).toMatchObject({
        id: caseId,
        queue: 'FACILITATOR',
        post: { id: postId },
      });
      await moderation.escalate(facilitator, caseId);
      expect((await professionals.next()).caseQueued).toMatchObject({
        id: caseId,
        queue: 'PROFESSIONAL',
        severity: 'HIGH',
      });
      expect(await elsewhere.quietFor(300)).toBe(true);
      expect(elsewhere.errors).toEqual([]);
    } finally {
      await Promise.all([professionals.close(), facilitators.close(), elsewhere.close()]);
    }
  });

  it('a professional made member gets no more cases on a subscription opened before', async () => {
    const leaving = await api.newUser({ role: 'PROFESSIONAL' });
    const theirs = await subscribe(api, CASE_QUEUED, { q: 'PROFESSIONAL' }, leaving.token);
    const staying = await subscribe(api, CASE_QUEUED, { q: 'PROFESSIONAL' }, professional.token);
    try {
      await api.gql(
        'mutation($u: ID!) { assignRole(userId: $u, role: MEMBER) { id } }',
        { u: leaving.id },
        { token: admin.token },
      );
      const { caseId } = await caseFor(CRISIS);
      expect((await staying.next()).caseQueued).toMatchObject({ id: caseId });
      expect(await theirs.quietFor(300)).toBe(true);
    } finally {
      await Promise.all([theirs.close(), staying.close()]);
    }
  });

  it('the queue is ordered by severity, then age, with working cursors', async () => {
    await caseFor(HARASSMENT);
    await caseFor(CRISIS);
    const first = await api.gql(
      `query { moderationQueue(queue: PROFESSIONAL, first: 2) { nodes { ${CASE_FIELDS} createdAt } pageInfo { endCursor hasNextPage } } }`,
      {},
      { token: professional.token },
    );
    const page = first.data!.moderationQueue;
    const rest = await api.gql(
      `query($after: String) { moderationQueue(queue: PROFESSIONAL, first: 100, after: $after) { nodes { id severity createdAt } } }`,
      { after: page.pageInfo.endCursor },
      { token: professional.token },
    );
    const all = [...page.nodes, ...rest.data!.moderationQueue.nodes];
    const rank = { LOW: 1, MEDIUM: 2, HIGH: 3, CRISIS: 4 } as Record<string, number>;
    for (let i = 1; i < all.length; i += 1) {
      const [before, after] = [all[i - 1], all[i]];
      expect(
        rank[before.severity]! > rank[after.severity]! ||
          (before.severity === after.severity && before.createdAt <= after.createdAt),
      ).toBe(true);
    }
    expect(new Set(all.map((kase: { id: string }) => kase.id)).size).toBe(all.length);
    expect(
      errorCodes(
        await api.gql(
          '{ moderationQueue(queue: PROFESSIONAL, after: "bm9wZQ") { nodes { id } } }',
          {},
          { token: professional.token },
        ),
      ),
    ).toEqual(['BAD_USER_INPUT']);
  });

  it('a queue page takes the same number of SQL statements for 10 cases as for 2', async () => {
    const countWorker = await api.newUser({ role: 'PROFESSIONAL' });
    const page = (first: number) =>
      api.gql(
        `query($first: Int) { moderationQueue(queue: FACILITATOR, first: $first) { nodes {
           id post { id author { displayName } thread { title } } group { slug } assignee { displayName }
           flags { reason } notes { body } history { action actor { displayName } } } } }`,
        { first },
        { token: countWorker.token },
      );
    for (let i = 0; i < 10; i += 1) await caseFor(HARASSMENT);
    const small = await statementsFor(() => page(2));
    const large = await statementsFor(() => page(10));
    expect((await page(10)).data!.moderationQueue.nodes).toHaveLength(10);
    expect(large).toBe(small);
  });
});
