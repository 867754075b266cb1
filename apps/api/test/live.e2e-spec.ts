import { Redis } from 'ioredis';
import { Forum } from './support/forum.js';
import { subscribe } from './support/live.js';
import { TestApp, errorCodes, type TestUser } from './support/test-app.js';
import { waitFor } from './support/wait.js';

const POST_ADDED = `subscription($id: ID!) { postAdded(threadId: $id) { id body visibility author { displayName anonymous } } }`;
const NOTIFICATION_ADDED = `subscription { notificationAdded { id kind read post { id author { displayName anonymous } thread { id } } } }`;

describe('live updates and notifications', () => {
  let api: TestApp;
  let secondProcess: TestApp;
  let forum: Forum;
  let ani: TestUser;
  let budi: TestUser;

  beforeAll(async () => {
    api = await TestApp.start();
    secondProcess = await TestApp.start({
      DATABASE_URL: api.config.databaseUrl,
      REDIS_PREFIX: api.config.redis.prefix,
    });
    forum = new Forum(api);
    ani = await api.newUser({ displayName: 'Ani' });
    budi = await api.newUser({ displayName: 'Budi' });
    for (const user of [ani, budi]) await forum.join(user, 'duka');
  });

  afterAll(async () => {
    await secondProcess.closeSharingState();
    await api.close();
  });

  it('delivers a new post to a subscriber of another API process, through Redis', async () => {
    const { threadId } = await forum.newThread(ani, 'duka');
    const live = await subscribe(secondProcess, POST_ADDED, { id: threadId }, ani.token);
    try {
      const replyId = await forum.reply(budi, threadId, { body: 'Turut berduka.', anonymous: true });
      const event = await live.next();
      expect(event.postAdded).toMatchObject({
        id: replyId,
        body: 'Turut berduka.',
        author: { anonymous: true },
      });
      expect(event.postAdded.author.displayName).not.toBe('Budi');
    } finally {
      await live.close();
    }
  });

  it('refuses a subscription to a thread the subscriber may not read', async () => {
    const outsider = await api.newUser();
    const admin = await api.newUser({ role: 'ADMIN' });
    await api.gql(
      'mutation($id: ID!) { updateGroup(groupId: $id, input: { visibility: MEMBERS_ONLY }) { id } }',
      { id: await forum.groupId('hubungan') },
      { token: admin.token },
    );
    await forum.join(ani, 'hubungan');
    const { threadId } = await forum.newThread(ani, 'hubungan');
    for (const token of [outsider.token, undefined]) {
      const live = await subscribe(api, POST_ADDED, { id: threadId }, token);
      await forum.reply(ani, threadId);
      expect(await live.quietFor(500)).toBe(true);
      expect(
        live.errors.map((error) => (error as { extensions?: { code?: string } }).extensions?.code),
      ).toContain('NOT_FOUND');
      await live.close();
    }
  });

  it('does not deliver a post the subscriber may not see, and stops after logout', async () => {
    const { threadId } = await forum.newThread(ani, 'duka');
    const session = await api.gql(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      { e: budi.email, p: budi.password },
    );
    const token = session.data!.login.token as string;
    const live = await subscribe(api, POST_ADDED, { id: threadId }, token);
    try {
      await forum.reply(ani, threadId, { body: 'terlihat' });
      expect((await live.next()).postAdded.body).toBe('terlihat');

      await api.gql('mutation { logout }', {}, { token });
      await forum.reply(ani, threadId, { body: 'setelah keluar' });
      expect(await live.quietFor(700)).toBe(true);
    } finally {
      await live.close();
    }
  });

  it('lets go of the Redis channel when the client unsubscribes while waiting for an event', async () => {
    const { threadId } = await forum.newThread(ani, 'duka');
    const channel = `${api.config.redis.prefix}:live:post-added.${threadId}`;
    const redis = new Redis(api.config.redis.url);
    const listeners = async () => ((await redis.pubsub('NUMSUB', channel)) as [string, number])[1];
    try {
      const live = await subscribe(api, POST_ADDED, { id: threadId }, budi.token);
      expect(await listeners()).toBe(1);
      await live.close();
      await waitFor(async () => (await listeners()) === 0, 5_000, 'the channel to be unsubscribed');
    } finally {
      redis.disconnect();
    }
  });

  it('notifies the thread author of a reply, live and in the list, and marks it read', async () => {
    await api.gql('mutation { markNotificationsRead }', {}, { token: ani.token });
    const { threadId, postId } = await forum.newThread(ani, 'duka');
    const live = await subscribe(secondProcess, NOTIFICATION_ADDED, {}, ani.token);
    try {
      const replyId = await forum.reply(budi, threadId, { anonymous: true, replyToPostId: postId });
      const event = await live.next();
      expect(event.notificationAdded).toMatchObject({
        kind: 'REPLY_TO_THREAD',
        read: false,
        post: { id: replyId, author: { anonymous: true }, thread: { id: threadId } },
      });
      expect(JSON.stringify(event)).not.toContain('Budi');
    } finally {
      await live.close();
    }

    const unread = await api.gql(
      '{ unreadNotificationCount notifications(unreadOnly: true) { nodes { id kind } } }',
      {},
      {
        token: ani.token,
      },
    );
    expect(unread.data!.unreadNotificationCount).toBe(1);
    const [notification] = unread.data!.notifications.nodes;
    const marked = await api.gql(
      'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }',
      { ids: [notification.id] },
      {
        token: ani.token,
      },
    );
    expect(marked.data!.markNotificationsRead).toBe(0);
  });

  it('notifies the author of the answered post, nobody about their own reply, and nobody else’s notifications', async () => {
    const { threadId } = await forum.newThread(ani, 'duka');
    const budisPost = await forum.reply(budi, threadId);
    const cici = await api.newUser();
    await forum.join(cici, 'duka');
    await forum.reply(cici, threadId, { replyToPostId: budisPost });
    await forum.reply(ani, threadId);

    const budis = await api.gql(
      '{ notifications { nodes { kind post { thread { id } } } } }',
      {},
      { token: budi.token },
    );
    expect(budis.data!.notifications.nodes).toContainEqual({
      kind: 'REPLY_TO_POST',
      post: { thread: { id: threadId } },
    });
    const cicis = await api.gql(
      '{ notifications { nodes { id } } unreadNotificationCount }',
      {},
      { token: cici.token },
    );
    expect(cicis.data!.notifications.nodes).toEqual([]);

    const anis = await api.gql('{ notifications { nodes { id } } }', {}, { token: ani.token });
    const someoneElses = anis.data!.notifications.nodes[0].id;
    await api.gql(
      'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }',
      { ids: [someoneElses] },
      { token: cici.token },
    );
    const stillUnread = await api.gql(
      '{ notifications(unreadOnly: true) { nodes { id } } }',
      {},
      { token: ani.token },
    );
    expect(stillUnread.data!.notifications.nodes.map((node: { id: string }) => node.id)).toContain(
      someoneElses,
    );
  });

  it('gives errors over the WebSocket the same codes', async () => {
    const live = await subscribe(api, 'subscription { postAdded(threadId: "x") { nope } }', {}, ani.token);
    await live.quietFor(300);
    expect(live.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } })]);
    await live.close();
  });

  it('needs a session for notifications', async () => {
    expect(errorCodes(await api.gql('{ notifications { nodes { id } } }'))).toEqual(['UNAUTHENTICATED']);
  });
});
