import { DataSource } from 'typeorm';
import { Forum, POST_FIELDS } from './support/forum.js';
import { TestApp, errorCodes, type TestUser } from './support/test-app.js';

const CREATE_THREAD = `mutation($input: CreateThreadInput!) {
  createThread(input: $input) { held safetyResources { name } post { ${POST_FIELDS} } }
}`;
const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { held post { ${POST_FIELDS} } } }`;
const THREADS = `query($slug: String!, $first: Int, $after: String) {
  group(slug: $slug) { viewerCanRead threads(first: $first, after: $after) {
    nodes { id title pinned locked replyCount author { displayName anonymous } }
    pageInfo { endCursor hasNextPage } } }
}`;

describe('threads and posts', () => {
  let api: TestApp;
  let forum: Forum;
  let ani: TestUser;
  let budi: TestUser;

  beforeAll(async () => {
    api = await TestApp.start();
    forum = new Forum(api);
    ani = await api.newUser({ displayName: 'Ani' });
    budi = await api.newUser({ displayName: 'Budi' });
    for (const user of [ani, budi]) await forum.join(user, 'stres');
  });

  afterAll(() => api.close());

  describe('createThread', () => {
    it('starts a thread with a sanitised markdown opening post and a content warning', async () => {
      const result = await api.gql(
        CREATE_THREAD,
        {
          input: {
            groupId: await forum.groupId('stres'),
            title: '  Ujian   minggu depan ',
            body: 'Aku **cemas** <script>alert(1)</script>',
            contentWarning: ' panik ',
          },
        },
        { token: ani.token },
      );
      expect(result.errors).toBeUndefined();
      const { post, held, safetyResources } = result.data!.createThread;
      expect(held).toBe(false);
      expect(safetyResources).toEqual([]);
      expect(post).toMatchObject({
        body: 'Aku **cemas** <script>alert(1)</script>',
        contentWarning: 'panik',
        visibility: 'VISIBLE',
        viewerIsAuthor: true,
        author: { displayName: 'Ani', anonymous: false },
        thread: { title: 'Ujian minggu depan' },
      });
      expect(post.bodyHtml).toContain('<strong>cemas</strong>');
      expect(post.bodyHtml).not.toContain('<script');
    });

    it('needs membership to post, and a session', async () => {
      const outsider = await api.newUser();
      const input = { groupId: await forum.groupId('stres'), title: 'Halo semua', body: 'Boleh ikut?' };
      expect(errorCodes(await api.gql(CREATE_THREAD, { input }, { token: outsider.token }))).toEqual([
        'FORBIDDEN',
      ]);
      expect(errorCodes(await api.gql(CREATE_THREAD, { input }))).toEqual(['UNAUTHENTICATED']);
    });

    it.each([
      ['title', { title: 'ab' }],
      ['title', { title: 'x'.repeat(151) }],
      ['body', { body: '   ' }],
      ['body', { body: 'x'.repeat(20_001) }],
      ['contentWarning', { contentWarning: 'x'.repeat(201) }],
    ])('rejects a bad %s with BAD_USER_INPUT and writes nothing', async (field, override) => {
      const before = await countRows(api, 'threads');
      const input = {
        groupId: await forum.groupId('stres'),
        title: 'Judul yang baik',
        body: 'Isi',
        ...override,
      };
      const result = await api.gql(CREATE_THREAD, { input }, { token: ani.token });
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0]!.extensions.field).toBe(field);
      expect(await countRows(api, 'threads')).toBe(before);
    });

    it('is NOT_FOUND for a group that does not exist', async () => {
      const input = { groupId: '00000000-0000-4000-8000-000000000000', title: 'Judul', body: 'Isi' };
      expect(errorCodes(await api.gql(CREATE_THREAD, { input }, { token: ani.token }))).toEqual([
        'NOT_FOUND',
      ]);
    });
  });

  describe('replies', () => {
    it('adds replies in order and counts them', async () => {
      const { threadId } = await forum.newThread(ani, 'stres');
      await forum.reply(budi, threadId, { body: 'satu' });
      await forum.reply(ani, threadId, { body: 'dua' });
      const thread = await forum.threadPosts(budi, threadId);
      expect(thread.replyCount).toBe(2);
      expect(thread.posts.nodes.map((post: { body: string }) => post.body)).toEqual([
        'The opening post.',
        'satu',
        'dua',
      ]);
    });

    it('refuses replies in a locked thread (CONFLICT) but lets its moderators lock and still answer', async () => {
      const facilitator = await api.newUser();
      const admin = await api.newUser({ role: 'ADMIN' });
      await api.gql(
        'mutation($g: ID!, $u: ID!) { setFacilitator(groupId: $g, userId: $u, facilitator: true) { id } }',
        { g: await forum.groupId('stres'), u: facilitator.id },
        { token: admin.token },
      );
      const { threadId } = await forum.newThread(ani, 'stres');
      const LOCK = 'mutation($id: ID!) { setThreadLocked(threadId: $id, locked: true) { locked } }';
      expect(errorCodes(await api.gql(LOCK, { id: threadId }, { token: budi.token }))).toEqual(['FORBIDDEN']);
      expect(
        (await api.gql(LOCK, { id: threadId }, { token: facilitator.token })).data!.setThreadLocked.locked,
      ).toBe(true);

      const refused = await api.gql(
        CREATE_POST,
        { input: { threadId, body: 'masih bisa?' } },
        { token: budi.token },
      );
      expect(errorCodes(refused)).toEqual(['CONFLICT']);
      expect((await forum.threadPosts(budi, threadId)).replyCount).toBe(0);
      await forum.reply(facilitator, threadId, { body: 'Thread ini ditutup, terima kasih semua.' });
    });

    it('lists pinned threads first, then by last activity, with stable cursors', async () => {
      await forum.join(ani, 'akademik');
      const ids: string[] = [];
      for (let index = 0; index < 5; index += 1) {
        ids.push((await forum.newThread(ani, 'akademik', { title: `Thread nomor ${index}` })).threadId);
      }
      const admin = await api.newUser({ role: 'ADMIN' });
      await api.gql(
        'mutation($id: ID!) { setThreadPinned(threadId: $id, pinned: true) { id } }',
        { id: ids[1] },
        {
          token: admin.token,
        },
      );
      await forum.reply(ani, ids[0]!);

      const first = await api.gql(THREADS, { slug: 'akademik', first: 2 }, { token: ani.token });
      const page1 = first.data!.group.threads;
      expect(page1.nodes.map((thread: { id: string }) => thread.id)).toEqual([ids[1], ids[0]]);
      expect(page1.pageInfo.hasNextPage).toBe(true);

      // A thread started between two pages does not shift the next page.
      await forum.newThread(ani, 'akademik', { title: 'Datang belakangan' });
      const second = await api.gql(
        THREADS,
        { slug: 'akademik', first: 10, after: page1.pageInfo.endCursor },
        { token: ani.token },
      );
      expect(second.data!.group.threads.nodes.map((thread: { id: string }) => thread.id)).toEqual([
        ids[4],
        ids[3],
        ids[2],
      ]);
      expect(second.data!.group.threads.pageInfo.hasNextPage).toBe(false);
    });

    it.each(['garbage', Buffer.from('["x"]').toString('base64url')])(
      'rejects the cursor %s with BAD_USER_INPUT',
      async (after) => {
        expect(errorCodes(await api.gql(THREADS, { slug: 'stres', after }, { token: ani.token }))).toEqual([
          'BAD_USER_INPUT',
        ]);
      },
    );

    it('pages through posts without gaps or repeats while replies keep coming', async () => {
      const { threadId } = await forum.newThread(ani, 'stres');
      for (let index = 0; index < 4; index += 1)
        await forum.reply(budi, threadId, { body: `reply ${index}` });
      const PAGE = `query($id: ID!, $after: String) { thread(id: $id) { posts(first: 2, after: $after) { nodes { body } pageInfo { endCursor hasNextPage } } } }`;
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: any = (await api.gql(PAGE, { id: threadId, after }, { token: ani.token })).data!.thread
          .posts;
        seen.push(...page.nodes.map((post: { body: string }) => post.body));
        if (seen.length === 2) await forum.reply(budi, threadId, { body: 'late reply' });
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect(seen).toEqual(['The opening post.', 'reply 0', 'reply 1', 'reply 2', 'reply 3', 'late reply']);
    });

    it('refuses page sizes outside 1 to 100', async () => {
      const { threadId } = await forum.newThread(ani, 'stres');
      const result = await api.gql(
        'query($id: ID!) { thread(id: $id) { posts(first: 0) { nodes { id } } } }',
        { id: threadId },
        {
          token: ani.token,
        },
      );
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('editing and deleting', () => {
    const EDIT = `mutation($input: EditPostInput!) { editPost(input: $input) { body bodyHtml contentWarning } }`;

    it('lets the author edit, keeping the earlier text as a revision', async () => {
      const { postId } = await forum.newThread(ani, 'stres', { body: 'versi pertama' });
      const edited = await api.gql(
        EDIT,
        { input: { postId, body: 'versi _kedua_', contentWarning: 'sedih' } },
        { token: ani.token },
      );
      expect(edited.data!.editPost).toEqual({
        body: 'versi _kedua_',
        bodyHtml: '<p>versi <em>kedua</em></p>',
        contentWarning: 'sedih',
      });
      const revisions = await api.app
        .get(DataSource)
        .query('SELECT body_source FROM post_revisions WHERE post_id = $1', [postId]);
      expect(revisions).toEqual([{ body_source: 'versi pertama' }]);
    });

    it('is FORBIDDEN on someone else’s post and changes nothing', async () => {
      const { postId, threadId } = await forum.newThread(ani, 'stres', { body: 'punyaku' });
      expect(
        errorCodes(await api.gql(EDIT, { input: { postId, body: 'diubah' } }, { token: budi.token })),
      ).toEqual(['FORBIDDEN']);
      expect(
        errorCodes(
          await api.gql(
            'mutation($id: ID!) { deletePost(postId: $id) }',
            { id: postId },
            { token: budi.token },
          ),
        ),
      ).toEqual(['FORBIDDEN']);
      expect((await forum.threadPosts(ani, threadId)).posts.nodes[0].body).toBe('punyaku');
    });

    it('soft-deletes: the post disappears for readers and stays in the database', async () => {
      const { threadId } = await forum.newThread(ani, 'stres');
      const replyId = await forum.reply(budi, threadId, { body: 'hapus aku' });
      const deleted = await api.gql(
        'mutation($id: ID!) { deletePost(postId: $id) }',
        { id: replyId },
        { token: budi.token },
      );
      expect(deleted.data!.deletePost).toBe(true);
      const thread = await forum.threadPosts(ani, threadId);
      expect(thread.replyCount).toBe(0);
      expect(thread.posts.nodes.map((post: { id: string }) => post.id)).not.toContain(replyId);
      const [row] = await api.app
        .get(DataSource)
        .query('SELECT deleted_at FROM posts WHERE id = $1', [replyId]);
      expect(row.deleted_at).not.toBeNull();
      expect(
        errorCodes(await api.gql(EDIT, { input: { postId: replyId, body: 'x' } }, { token: budi.token })),
      ).toEqual(['NOT_FOUND']);
    });
  });

  describe('reactions', () => {
    const REACT = `mutation($id: ID!, $kind: ReactionKind!, $active: Boolean!) {
      setReaction(postId: $id, kind: $kind, active: $active) { reactions { kind count viewerReacted } }
    }`;

    it('counts one of each kind per person, and can be taken back', async () => {
      const { postId } = await forum.newThread(ani, 'stres');
      await api.gql(REACT, { id: postId, kind: 'HUG', active: true }, { token: budi.token });
      await api.gql(REACT, { id: postId, kind: 'HUG', active: true }, { token: budi.token });
      const both = await api.gql(REACT, { id: postId, kind: 'HUG', active: true }, { token: ani.token });
      expect(both.data!.setReaction.reactions).toEqual([{ kind: 'HUG', count: 2, viewerReacted: true }]);
      await api.gql(REACT, { id: postId, kind: 'SAME_HERE', active: true }, { token: budi.token });
      const taken = await api.gql(REACT, { id: postId, kind: 'HUG', active: false }, { token: budi.token });
      expect(taken.data!.setReaction.reactions).toEqual([
        { kind: 'HUG', count: 1, viewerReacted: false },
        { kind: 'SAME_HERE', count: 1, viewerReacted: true },
      ]);
    });

    it('rejects a kind that does not exist', async () => {
      const { postId } = await forum.newThread(ani, 'stres');
      expect(
        errorCodes(await api.gql(REACT, { id: postId, kind: 'ANGRY', active: true }, { token: budi.token })),
      ).toEqual(['BAD_USER_INPUT']);
    });
  });
});

async function countRows(api: TestApp, table: 'threads' | 'posts'): Promise<number> {
  const [row] = await api.app.get(DataSource).query(`SELECT count(*)::int AS count FROM ${table}`);
  return row.count;
}
