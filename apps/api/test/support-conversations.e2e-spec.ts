import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UserRepository } from '../src/accounts/user.repository.js';
import { Forum } from './support/forum.js';
import { subscribe } from './support/live.js';
import { Moderation } from './support/moderation.js';
import { statementsFor } from './support/statements.js';
import { TestApp, errorCodes, type TestUser } from './support/test-app.js';
import { drainOutbox, startWorker } from './support/worker.js';

const CRISIS = 'aku mau bunuh diri malam ini';

const CONVERSATION_FIELDS = `id caseId createdAt lastMessageAt unreadCount
  professional { id displayName } member { id displayName }
  messages { nodes { id body mine sender { id displayName } } pageInfo { hasNextPage endCursor } }`;
const MESSAGE_ADDED = `subscription($id: ID!) { supportMessageAdded(conversationId: $id) { id body mine sender { id displayName } } }`;

describe('support conversations (C6) and on-duty', () => {
  let api: TestApp;
  let worker: INestApplicationContext;
  let forum: Forum;
  let moderation: Moderation;
  let member: TestUser;
  let outsider: TestUser;
  let facilitator: TestUser;
  let professional: TestUser;
  let secondProfessional: TestUser;
  let admin: TestUser;
  let caseId: string;
  let postId: string;
  let conversationId: string;

  beforeAll(async () => {
    api = await TestApp.start();
    worker = await startWorker(api);
    forum = new Forum(api);
    moderation = new Moderation(api, forum);
    [member, outsider, facilitator, professional, secondProfessional, admin] = await Promise.all([
      api.newUser({ displayName: 'Anggota Sedih' }),
      api.newUser(),
      api.newUser(),
      api.newUser({ role: 'PROFESSIONAL', displayName: 'Konselor Rina' }),
      api.newUser({ role: 'PROFESSIONAL', displayName: 'Psikolog Dewi' }),
      api.newUser({ role: 'ADMIN' }),
    ]);
    for (const user of [member, outsider]) await forum.join(user, 'kecemasan');
    await moderation.makeFacilitator(admin, facilitator, 'kecemasan');

    const { threadId } = await forum.newThread(member, 'kecemasan', { title: 'Malam ini' });
    postId = await forum.reply(member, threadId, { body: CRISIS, anonymous: true });
    await drainOutbox(api);
    const cases = await moderation.casesOfPost(postId);
    expect(cases).toMatchObject([{ severity: 'CRISIS', queue: 'PROFESSIONAL' }]);
    caseId = cases[0]!.id;
  });

  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  const open = (user: TestUser | null, id: string, message: string) =>
    api.gql(
      `mutation($c: ID!, $m: String!) { openSupportConversation(caseId: $c, message: $m) { ${CONVERSATION_FIELDS} } }`,
      { c: id, m: message },
      { token: user?.token },
    );
  const send = (user: TestUser | null, id: string, body: string) =>
    api.gql(
      `mutation($c: ID!, $b: String!) { sendSupportMessage(conversationId: $c, body: $b) { id body mine createdAt sender { id } } }`,
      { c: id, b: body },
      { token: user?.token },
    );
  const markRead = (user: TestUser, id: string) =>
    api.gql(
      `mutation($c: ID!) { markSupportConversationRead(conversationId: $c) { id unreadCount } }`,
      { c: id },
      { token: user.token },
    );
  const conversation = async (user: TestUser, id: string, fields = CONVERSATION_FIELDS) =>
    (
      await api.gql(
        `query($id: ID!) { supportConversation(id: $id) { ${fields} } }`,
        { id },
        { token: user.token },
      )
    ).data!.supportConversation;
  const inbox = async (user: TestUser) =>
    (await api.gql(`{ supportConversations { ${CONVERSATION_FIELDS} } }`, {}, { token: user.token })).data!
      .supportConversations;
  const supportNotices = async (user: TestUser) => {
    const result = await api.gql(
      `{ notifications(unreadOnly: true) { nodes { kind conversationId caseId post { id } } } }`,
      {},
      { token: user.token },
    );
    return result.data!.notifications.nodes.filter((n: { kind: string }) => n.kind === 'SUPPORT_MESSAGE');
  };

  it('a professional opens a conversation with the anonymous author of a crisis post, written to the audit log', async () => {
    const opened = await open(
      professional,
      caseId,
      '  Halo, aku Rina, konselor di Sebaya. Boleh kita ngobrol?  ',
    );
    expect(opened.errors).toBeUndefined();
    const answer = opened.data!.openSupportConversation;
    conversationId = answer.id;
    expect(answer).toMatchObject({
      caseId,
      unreadCount: 0,
      professional: { id: professional.id, displayName: 'Konselor Rina' },
      member: { id: member.id, displayName: 'Anggota Sedih' },
      messages: {
        nodes: [{ body: 'Halo, aku Rina, konselor di Sebaya. Boleh kita ngobrol?', mine: true }],
        pageInfo: { hasNextPage: false },
      },
    });

    const [entry] = await api.app
      .get(DataSource)
      .query(
        `SELECT actor_id, case_id, post_id, subject_user_id, detail FROM audit_entries WHERE action = 'SUPPORT_CONVERSATION_OPENED'`,
      );
    expect(entry).toEqual({
      actor_id: professional.id,
      case_id: caseId,
      post_id: postId,
      subject_user_id: member.id,
      detail: { conversationId },
    });
    expect(await moderation.auditActions(caseId)).toContain('SUPPORT_CONVERSATION_OPENED');
  });

  it('the member sees it with the professional’s name, without the case, and is notified', async () => {
    const [mine] = await inbox(member);
    expect(mine).toMatchObject({
      id: conversationId,
      caseId: null,
      unreadCount: 1,
      professional: { displayName: 'Konselor Rina' },
      member: { id: member.id },
      messages: { nodes: [{ mine: false, sender: { displayName: 'Konselor Rina' } }] },
    });
    expect(await supportNotices(member)).toEqual([
      { kind: 'SUPPORT_MESSAGE', conversationId, caseId: null, post: null },
    ]);
  });

  it('the member replies; the professional gets it live and as a notice; reading clears both', async () => {
    const live = await subscribe(api, MESSAGE_ADDED, { id: conversationId }, professional.token);
    let replyId: string;
    try {
      const reply = await send(member, conversationId, '  Iya kak, aku lagi nggak baik-baik aja.  ');
      expect(reply.errors).toBeUndefined();
      replyId = reply.data!.sendSupportMessage.id;
      expect(reply.data!.sendSupportMessage).toMatchObject({
        body: 'Iya kak, aku lagi nggak baik-baik aja.',
        mine: true,
        sender: { id: member.id },
      });
      const event = await live.next();
      expect(event.supportMessageAdded).toEqual({
        id: replyId,
        body: 'Iya kak, aku lagi nggak baik-baik aja.',
        mine: false,
        sender: { id: member.id, displayName: 'Anggota Sedih' },
      });
    } finally {
      await live.close();
    }

    expect(await supportNotices(professional)).toEqual([
      { kind: 'SUPPORT_MESSAGE', conversationId, caseId: null, post: null },
    ]);
    const before = await conversation(professional, conversationId, 'unreadCount lastMessageAt');
    expect(before.unreadCount).toBe(1);
    expect((await markRead(professional, conversationId)).data!.markSupportConversationRead).toEqual({
      id: conversationId,
      unreadCount: 0,
    });
    expect(await supportNotices(professional)).toEqual([]);
    // The member's side is untouched: they have not read the professional's message yet.
    expect((await conversation(member, conversationId, 'unreadCount')).unreadCount).toBe(1);
    expect((await markRead(member, conversationId)).data!.markSupportConversationRead.unreadCount).toBe(0);
    expect(await supportNotices(member)).toEqual([]);
  });

  it('opening again returns the same conversation and adds the message; another professional gets their own', async () => {
    const again = await open(professional, caseId, 'Aku di sini ya.');
    expect(again.data!.openSupportConversation.id).toBe(conversationId);
    expect(again.data!.openSupportConversation.messages.nodes.map((m: { body: string }) => m.body)).toEqual([
      'Halo, aku Rina, konselor di Sebaya. Boleh kita ngobrol?',
      'Iya kak, aku lagi nggak baik-baik aja.',
      'Aku di sini ya.',
    ]);
    const second = await open(secondProfessional, caseId, 'Halo, aku Dewi.');
    const secondId = second.data!.openSupportConversation.id;
    expect(secondId).not.toBe(conversationId);
    expect(
      (await moderation.auditActions(caseId)).filter((a) => a === 'SUPPORT_CONVERSATION_OPENED'),
    ).toHaveLength(2);

    // Newest activity first; each professional sees only their own.
    expect((await inbox(member)).map((c: { id: string }) => c.id)).toEqual([secondId, conversationId]);
    expect((await inbox(professional)).map((c: { id: string }) => c.id)).toEqual([conversationId]);
    // The inbox reads people, unread counts and messages in batches: as many statements for two conversations as for one.
    expect(await statementsFor(() => inbox(member))).toBe(await statementsFor(() => inbox(professional)));
    expect(await conversation(professional, secondId)).toBeNull();
    expect(errorCodes(await send(professional, secondId, 'x'))).toEqual(['NOT_FOUND']);
  });

  it('a subscription stops delivering once its session is logged out', async () => {
    const session = await api.gql(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      { e: professional.email, p: professional.password },
    );
    const token = session.data!.login.token as string;
    const live = await subscribe(api, MESSAGE_ADDED, { id: conversationId }, token);
    try {
      await send(member, conversationId, 'kak?');
      expect((await live.next()).supportMessageAdded.body).toBe('kak?');
      await api.gql('mutation { logout }', {}, { token });
      await send(member, conversationId, 'kak, masih di sana?');
      expect(await live.quietFor(700)).toBe(true);
    } finally {
      await live.close();
    }
  });

  it('pages messages oldest first with a cursor', async () => {
    const page = async (after: string | null) =>
      (
        await api.gql(
          `query($id: ID!, $after: String) { supportConversation(id: $id) { messages(first: 2, after: $after) { nodes { body } pageInfo { hasNextPage endCursor } } } }`,
          { id: conversationId, after },
          { token: member.token },
        )
      ).data!.supportConversation.messages;
    const first = await page(null);
    expect(first.nodes).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await page(first.pageInfo.endCursor);
    expect(second.nodes.map((m: { body: string }) => m.body)).toEqual(['Aku di sini ya.', 'kak?']);
    const rest = await page(second.pageInfo.endCursor);
    expect(rest).toEqual({
      nodes: [{ body: 'kak, masih di sana?' }],
      pageInfo: { hasNextPage: false, endCursor: expect.any(String) },
    });
  });

  it('nobody else reads, writes, marks or listens: a member, a facilitator of the group, a coordinator', async () => {
    for (const stranger of [outsider, facilitator, admin]) {
      expect(await conversation(stranger, conversationId)).toBeNull();
      expect(await inbox(stranger)).toEqual([]);
      expect(errorCodes(await send(stranger, conversationId, 'halo'))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await markRead(stranger, conversationId))).toEqual(['NOT_FOUND']);

      const live = await subscribe(api, MESSAGE_ADDED, { id: conversationId }, stranger.token);
      await send(member, conversationId, 'terima kasih kak');
      expect(await live.quietFor(500)).toBe(true);
      expect(
        live.errors.map((error) => (error as { extensions?: { code?: string } }).extensions?.code),
      ).toContain('NOT_FOUND');
      await live.close();
    }
    expect(errorCodes(await send(member, 'not-a-uuid', 'halo'))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await send(null, conversationId, 'halo'))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await api.gql('{ supportConversations { id } }'))).toEqual(['UNAUTHENTICATED']);
  });

  it('members and facilitators cannot open conversations, coordinators can; the case must exist', async () => {
    expect(errorCodes(await open(member, caseId, 'halo'))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await open(facilitator, caseId, 'halo'))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await open(null, caseId, 'halo'))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await open(professional, '00000000-0000-4000-8000-000000000000', 'halo'))).toEqual([
      'NOT_FOUND',
    ]);
    expect(errorCodes(await open(professional, 'nope', 'halo'))).toEqual(['NOT_FOUND']);

    // A coordinator may: they work every case.
    const byCoordinator = await open(admin, caseId, 'Halo, aku koordinator program.');
    expect(byCoordinator.data!.openSupportConversation).toMatchObject({
      caseId,
      member: { id: member.id },
      professional: { id: admin.id },
    });
  });

  it('message bodies are 1 to 4,000 characters after trimming', async () => {
    const blank = await send(member, conversationId, '   ');
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    const long = await send(member, conversationId, 'a'.repeat(4_001));
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    expect(errorCodes(await send(member, conversationId, 'a'.repeat(4_000)))).toEqual([]);
    const empty = await open(professional, caseId, ' ');
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'message' });
  });

  it('setOnDuty: professionals only; User.onDuty is the staff viewer’s own value, null for anyone else', async () => {
    const setOnDuty = (user: TestUser | null, onDuty: boolean) =>
      api.gql(
        'mutation($d: Boolean!) { setOnDuty(onDuty: $d) { id onDuty } }',
        { d: onDuty },
        { token: user?.token },
      );
    const me = async (user: TestUser) =>
      (await api.gql('{ me { onDuty } }', {}, { token: user.token })).data!.me.onDuty;

    expect(errorCodes(await setOnDuty(member, true))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await setOnDuty(facilitator, true))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await setOnDuty(admin, true))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await setOnDuty(null, true))).toEqual(['UNAUTHENTICATED']);

    expect(await me(professional)).toBe(false);
    expect((await setOnDuty(professional, true)).data!.setOnDuty).toEqual({
      id: professional.id,
      onDuty: true,
    });
    expect(await me(professional)).toBe(true);
    expect(await api.app.get(UserRepository).escalationRecipientIds()).toEqual(
      expect.arrayContaining([professional.id, admin.id]),
    );
    expect(await api.app.get(UserRepository).escalationRecipientIds()).not.toContain(secondProfessional.id);

    // Nobody learns another person's duty, not even the other professional or a coordinator.
    expect(await me(member)).toBeNull();
    expect(await me(admin)).toBe(false);
    const seenByMember = await conversation(
      member,
      conversationId,
      'professional { onDuty } member { onDuty }',
    );
    expect(seenByMember).toEqual({ professional: { onDuty: null }, member: { onDuty: null } });
    const seenByProfessional = await conversation(
      professional,
      conversationId,
      'professional { onDuty } member { onDuty }',
    );
    expect(seenByProfessional).toEqual({ professional: { onDuty: true }, member: { onDuty: null } });

    expect((await setOnDuty(professional, false)).data!.setOnDuty.onDuty).toBe(false);
    expect(await api.app.get(UserRepository).escalationRecipientIds()).not.toContain(professional.id);
  });

  it('a professional who is made a member again goes off duty', async () => {
    const third = await api.newUser({ role: 'PROFESSIONAL' });
    await api.gql('mutation { setOnDuty(onDuty: true) { id } }', {}, { token: third.token });
    const demoted = await api.gql(
      'mutation($u: ID!) { assignRole(userId: $u, role: MEMBER) { id } }',
      { u: third.id },
      { token: admin.token },
    );
    expect(demoted.errors).toBeUndefined();
    const [row] = await api.app.get(DataSource).query('SELECT on_duty FROM users WHERE id = $1', [third.id]);
    expect(row.on_duty).toBe(false);
  });

  it('a professional made a member again loses the conversations they opened', async () => {
    const former = await api.newUser({ role: 'PROFESSIONAL' });
    const opened = await api.gql(
      'mutation($c: ID!) { openSupportConversation(caseId: $c, message: "Halo, aku konselor.") { id } }',
      { c: caseId },
      { token: former.token },
    );
    const conversationId = opened.data!.openSupportConversation.id as string;
    await api.gql(
      'mutation($u: ID!) { assignRole(userId: $u, role: MEMBER) { id } }',
      { u: former.id },
      { token: admin.token },
    );
    expect(await conversation(former, conversationId, 'id')).toBeNull();
    const inbox = await api.gql('{ supportConversations { id } }', {}, { token: former.token });
    expect(inbox.data!.supportConversations).toEqual([]);
    const send = await api.gql(
      'mutation($c: ID!) { sendSupportMessage(conversationId: $c, body: "masih di sini") { id } }',
      { c: conversationId },
      { token: former.token },
    );
    expect(send.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});
