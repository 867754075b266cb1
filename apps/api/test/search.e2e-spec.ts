import { Forum } from './support/forum.js';
import { TestApp, errorCodes, type TestUser } from './support/test-app.js';

const SEARCH = `query($q: String!, $first: Int, $after: String) {
  search(query: $q, first: $first, after: $after) { nodes { id body thread { title } } pageInfo { endCursor hasNextPage } }
}`;

describe('search', () => {
  let api: TestApp;
  let forum: Forum;
  let member: TestUser;

  beforeAll(async () => {
    api = await TestApp.start();
    forum = new Forum(api);
    member = await api.newUser();
    await forum.join(member, 'kecemasan');
  });

  afterAll(() => api.close());

  const search = (q: string, extra: Record<string, unknown> = {}) =>
    api.gql(SEARCH, { q, ...extra }, { token: member.token });

  it('finds Indonesian words by their stem', async () => {
    const { postId } = await forum.newThread(member, 'kecemasan', {
      body: 'Aku merasa sangat khawatir soal ujian nasional.',
    });
    const found = await search('kekhawatiran');
    expect(found.data!.search.nodes.map((post: { id: string }) => post.id)).toContain(postId);
  });

  it('finds English words by their stem', async () => {
    const { postId } = await forum.newThread(member, 'kecemasan', {
      body: 'I keep worrying about my exams every night.',
    });
    const found = await search('worried exam');
    expect(found.data!.search.nodes.map((post: { id: string }) => post.id)).toContain(postId);
  });

  it('finds a thread by its title through the opening post', async () => {
    const { postId } = await forum.newThread(member, 'kecemasan', {
      title: 'Serangan panik di kereta',
      body: 'Tadi pagi.',
    });
    const found = await search('kereta');
    expect(found.data!.search.nodes).toEqual([
      expect.objectContaining({ id: postId, thread: { title: 'Serangan panik di kereta' } }),
    ]);
  });

  it('pages newest first', async () => {
    const { threadId } = await forum.newThread(member, 'kecemasan', { body: 'zebra pertama' });
    const second = await forum.reply(member, threadId, { body: 'zebra kedua' });
    const third = await forum.reply(member, threadId, { body: 'zebra ketiga' });
    const page1 = await search('zebra', { first: 2 });
    expect(page1.data!.search.nodes.map((post: { id: string }) => post.id)).toEqual([third, second]);
    const page2 = await search('zebra', { first: 2, after: page1.data!.search.pageInfo.endCursor });
    expect(page2.data!.search.nodes).toHaveLength(1);
    expect(page2.data!.search.pageInfo.hasNextPage).toBe(false);
  });

  it('treats operators in the query as text, and rejects empty or huge queries', async () => {
    expect((await search('"unclosed OR -- ) (')).errors).toBeUndefined();
    expect(errorCodes(await search(' '))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await search('x'.repeat(201)))).toEqual(['BAD_USER_INPUT']);
  });

  it('finds nothing for a visitor who is not signed in', async () => {
    await forum.newThread(member, 'kecemasan', { body: 'rahasiakecil' });
    const anonymous = await api.gql(SEARCH, { q: 'rahasiakecil' });
    expect(anonymous.data!.search.nodes).toEqual([]);
  });
});
