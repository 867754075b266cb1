import { Forum } from './support/forum.js';
import { TestApp, errorCodes, type TestUser } from './support/test-app.js';

/** Every field a member can ask about posts and threads, to look for leaks in the whole answer. */
const EVERYTHING = `query($id: ID!) { thread(id: $id) {
  id title createdAt lastActivityAt locked pinned replyCount viewerIsAuthor
  author { displayName anonymous }
  group { id slug facilitators { id displayName } }
  posts(first: 50) { pageInfo { endCursor hasNextPage }
    nodes { id body bodyHtml contentWarning visibility createdAt editedAt viewerIsAuthor
      author { displayName anonymous } reactions { kind count viewerReacted } thread { id author { displayName } } } }
} }`;

describe('forum privacy', () => {
  let api: TestApp;
  let forum: Forum;
  let writer: TestUser;
  let reader: TestUser;
  let facilitator: TestUser;
  let otherFacilitator: TestUser;
  let professional: TestUser;

  beforeAll(async () => {
    api = await TestApp.start();
    forum = new Forum(api);
    writer = await api.newUser({ displayName: 'Sekar Rahasia' });
    reader = await api.newUser({ displayName: 'Pembaca' });
    facilitator = await api.newUser({ displayName: 'Fasil Trauma' });
    otherFacilitator = await api.newUser({ displayName: 'Fasil Duka' });
    professional = await api.newUser({ role: 'PROFESSIONAL', displayName: 'Konselor' });
    const admin = await api.newUser({ role: 'ADMIN' });
    for (const [user, slug] of [
      [facilitator, 'trauma'],
      [otherFacilitator, 'duka'],
    ] as const) {
      await api.gql(
        'mutation($g: ID!, $u: ID!) { setFacilitator(groupId: $g, userId: $u, facilitator: true) { id } }',
        { g: await forum.groupId(slug), u: user.id },
        { token: admin.token },
      );
    }
    for (const user of [writer, reader]) await forum.join(user, 'trauma');
    await forum.join(otherFacilitator, 'trauma');
  });

  afterAll(() => api.close());

  describe('anonymous posts', () => {
    it('show a pseudonym that is stable in a thread and different in another', async () => {
      const first = await forum.newThread(writer, 'trauma', { anonymous: true });
      await forum.reply(writer, first.threadId, { anonymous: true });
      const second = await forum.newThread(writer, 'trauma', { anonymous: true });

      const thread = await forum.threadPosts(reader, first.threadId);
      const names = thread.posts.nodes.map(
        (post: { author: { displayName: string } }) => post.author.displayName,
      );
      expect(names[0]).toBe(names[1]);
      expect(thread.posts.nodes[0].author.anonymous).toBe(true);
      const other = await forum.threadPosts(reader, second.threadId);
      expect(other.posts.nodes[0].author.displayName).not.toBe(names[0]);
    });

    it.each([
      ['another member', () => reader],
      ['a facilitator of the group', () => facilitator],
      ['a professional browsing the forum', () => professional],
    ])('never reveal the author to %s through any field or cursor', async (_who, viewerOf) => {
      const viewer = viewerOf();
      const { threadId } = await forum.newThread(writer, 'trauma', {
        anonymous: true,
        body: 'Aku takut cerita.',
      });
      await forum.reply(writer, threadId, { anonymous: true, body: 'Masih takut.' });
      const result = await api.gql(EVERYTHING, { id: threadId }, { token: viewer.token });
      expect(result.errors).toBeUndefined();
      const answer = JSON.stringify(result.data);
      expect(answer).toContain('Aku takut cerita.');
      for (const secret of [writer.id, writer.displayName, writer.email])
        expect(answer).not.toContain(secret);
      const cursor = result.data!.thread.posts.pageInfo.endCursor as string;
      expect(Buffer.from(cursor, 'base64url').toString()).not.toContain(writer.id);
      expect(result.data!.thread.viewerIsAuthor).toBe(false);
    });

    it('answer another member’s edit the same way whether the post is anonymous or not', async () => {
      const anonymous = await forum.newThread(writer, 'trauma', { anonymous: true });
      const named = await forum.newThread(reader, 'trauma');
      const EDIT = 'mutation($id: ID!) { editPost(input: { postId: $id, body: "x" }) { id } }';
      const onAnonymous = await api.gql(EDIT, { id: anonymous.postId }, { token: otherFacilitator.token });
      const onNamed = await api.gql(EDIT, { id: named.postId }, { token: otherFacilitator.token });
      expect(onAnonymous.errors).toEqual(onNamed.errors);
    });

    it('let the author recognise their own post', async () => {
      const { threadId } = await forum.newThread(writer, 'trauma', { anonymous: true });
      const own = await forum.threadPosts(writer, threadId);
      expect(own.posts.nodes[0]).toMatchObject({ viewerIsAuthor: true, author: { anonymous: true } });
    });
  });

  describe('held and hidden posts', () => {
    it.each(['HELD', 'HIDDEN'] as const)(
      'a %s reply is absent for other members, with no count or search trace',
      async (visibility) => {
        const { threadId } = await forum.newThread(reader, 'trauma', { title: 'Malam yang panjang' });
        const replyId = await forum.reply(writer, threadId, {
          body: `kata rahasia ${visibility.toLowerCase()}kunci`,
        });
        await forum.setVisibility(replyId, visibility);

        const seen = await forum.threadPosts(reader, threadId);
        expect(seen.replyCount).toBe(0);
        expect(seen.posts.nodes.map((post: { id: string }) => post.id)).not.toContain(replyId);
        const search = await api.gql(
          'query($q: String!) { search(query: $q) { nodes { id } } }',
          {
            q: `${visibility.toLowerCase()}kunci`,
          },
          { token: reader.token },
        );
        expect(search.data!.search.nodes).toEqual([]);
        const ownSearch = await api.gql(
          'query($q: String!) { search(query: $q) { nodes { id } } }',
          {
            q: `${visibility.toLowerCase()}kunci`,
          },
          { token: writer.token },
        );
        expect(ownSearch.data!.search.nodes).toEqual([{ id: replyId }]);
        const react = await api.gql(
          'mutation($id: ID!) { setReaction(postId: $id, kind: HUG, active: true) { id } }',
          { id: replyId },
          { token: reader.token },
        );
        expect(errorCodes(react)).toEqual(['NOT_FOUND']);
        const outsider = await api.gql(EVERYTHING, { id: threadId }, { token: otherFacilitator.token });
        expect(JSON.stringify(outsider.data)).not.toContain(replyId);

        for (const allowed of [writer, facilitator, professional]) {
          const view = await forum.threadPosts(allowed, threadId);
          expect(view.replyCount).toBe(1);
          expect(view.posts.nodes.find((post: { id: string }) => post.id === replyId)?.visibility).toBe(
            visibility,
          );
        }
      },
    );

    it('a thread whose opening post is held is absent from the group for other members', async () => {
      const { threadId, postId } = await forum.newThread(writer, 'trauma', { title: 'Tidak kuat lagi' });
      await forum.setVisibility(postId, 'HELD');
      const THREAD_IDS = `query { group(slug: "trauma") { threads(first: 100) { nodes { id } } } }`;
      const others = await api.gql(THREAD_IDS, {}, { token: reader.token });
      expect(others.data!.group.threads.nodes.map((thread: { id: string }) => thread.id)).not.toContain(
        threadId,
      );
      expect(await forum.threadPosts(reader, threadId)).toBeNull();
      const reply = await api.gql(
        'mutation($id: ID!) { createPost(input: { threadId: $id, body: "halo" }) { post { id } } }',
        { id: threadId },
        { token: reader.token },
      );
      expect(errorCodes(reply)).toEqual(['NOT_FOUND']);

      const own = await api.gql(THREAD_IDS, {}, { token: writer.token });
      expect(own.data!.group.threads.nodes.map((thread: { id: string }) => thread.id)).toContain(threadId);
      expect((await forum.threadPosts(facilitator, threadId)).posts.nodes[0].visibility).toBe('HELD');
    });
  });

  describe('members-only groups', () => {
    let closedThread: string;

    beforeAll(async () => {
      const admin = await api.newUser({ role: 'ADMIN' });
      const created = await api.gql(
        `mutation { createGroup(input: { slug: "penyintas", nameId: "Penyintas", nameEn: "Survivors",
          descriptionId: "Grup tertutup untuk penyintas.", descriptionEn: "A closed group for survivors.",
          visibility: MEMBERS_ONLY }) { id } }`,
        {},
        { token: admin.token },
      );
      expect(created.errors).toBeUndefined();
      await forum.join(writer, 'penyintas');
      closedThread = (
        await forum.newThread(writer, 'penyintas', { title: 'Cerita tertutup', body: 'hanyauntukanggota' })
      ).threadId;
    });

    it('are listed but unreadable to non-members: no threads, no thread, no search hit, no reply', async () => {
      const group = await api.gql(
        `{ group(slug: "penyintas") { name viewerCanRead threads { nodes { id } } } }`,
        {},
        { token: reader.token },
      );
      expect(group.data!.group).toEqual({ name: 'Penyintas', viewerCanRead: false, threads: { nodes: [] } });
      expect(await forum.threadPosts(reader, closedThread)).toBeNull();
      const search = await api.gql(
        '{ search(query: "hanyauntukanggota") { nodes { id } } }',
        {},
        { token: reader.token },
      );
      expect(search.data!.search.nodes).toEqual([]);
      const reply = await api.gql(
        'mutation($id: ID!) { createPost(input: { threadId: $id, body: "boleh?" }) { post { id } } }',
        { id: closedThread },
        { token: reader.token },
      );
      expect(errorCodes(reply)).toEqual(['NOT_FOUND']);
    });

    it('open up on joining', async () => {
      const newcomer = await api.newUser();
      await forum.join(newcomer, 'penyintas');
      expect((await forum.threadPosts(newcomer, closedThread)).posts.nodes).toHaveLength(1);
      const search = await api.gql(
        '{ search(query: "hanyauntukanggota") { nodes { id } } }',
        {},
        { token: newcomer.token },
      );
      expect(search.data!.search.nodes).toHaveLength(1);
    });
  });

  it('public groups need a session to read threads', async () => {
    const { threadId } = await forum.newThread(reader, 'trauma');
    expect(await forum.threadPosts(null, threadId)).toBeNull();
    const anonymous = await api.gql('{ group(slug: "trauma") { viewerCanRead threads { nodes { id } } } }');
    expect(anonymous.data!.group).toEqual({ viewerCanRead: false, threads: { nodes: [] } });
  });
});
