import { Forum } from './support/forum.js';
import { Moderation } from './support/moderation.js';
import { statementsFor } from './support/statements.js';
import { TestApp, type TestUser } from './support/test-app.js';

const THREAD_PAGE = `query($id: ID!, $first: Int!) { thread(id: $id) {
  id title locked pinned replyCount createdAt author { displayName anonymous }
  group { id name viewerRole facilitators { displayName } }
  posts(first: $first) { pageInfo { endCursor hasNextPage }
    nodes { id body bodyHtml contentWarning visibility holdReason createdAt viewerIsAuthor
      author { displayName anonymous } reactions { kind count viewerReacted } thread { id title } } }
} }`;

describe('SQL statements per thread page', () => {
  let api: TestApp;
  let forum: Forum;
  let reader: TestUser;

  beforeAll(async () => {
    api = await TestApp.start();
    forum = new Forum(api);
    reader = await api.newUser();
  });

  afterAll(() => api.close());

  /** A thread with replies by the authors, and one by the reader held for personal data (seen by them and moderators). */
  async function threadWith(replies: number, authors: TestUser[]): Promise<string> {
    const { threadId } = await forum.newThread(authors[0]!, 'stres');
    await forum.reply(reader, threadId, { body: 'WA aku 081234567890' });
    for (let index = 0; index < replies; index += 1) {
      const author = authors[index % authors.length]!;
      const postId = await forum.reply(author, threadId, { anonymous: index % 3 === 0 });
      await api.gql(
        'mutation($id: ID!) { setReaction(postId: $id, kind: HUG, active: true) { id } }',
        { id: postId },
        {
          token: authors[(index + 1) % authors.length]!.token,
        },
      );
    }
    return threadId;
  }

  it('is the same for 5 posts as for 50, whoever wrote them', async () => {
    const authors = await Promise.all(Array.from({ length: 6 }, () => api.newUser()));
    for (const user of [...authors, reader]) await forum.join(user, 'stres');
    const small = await threadWith(3, authors.slice(0, 2));
    const large = await threadWith(48, authors);

    const read = (id: string) => () => api.gql(THREAD_PAGE, { id, first: 50 }, { token: reader.token });
    const forSmall = await statementsFor(read(small));
    const forLarge = await statementsFor(read(large));
    const page = await read(large)();
    expect(page.data!.thread.posts.nodes).toHaveLength(50);
    expect(page.data!.thread.posts.nodes[1]).toMatchObject({
      viewerIsAuthor: true,
      holdReason: 'PERSONAL_DATA',
    });
    expect(forLarge).toBe(forSmall);
    // The session (with the groups the viewer facilitates); the thread with its group, the
    // viewer's role, reply count and author; the posts with their authors and reactions; the
    // group's facilitators.
    expect(forSmall).toBe(4);
    console.log(`SQL statements for a thread page: ${forSmall} with 5 posts, ${forLarge} with 50 posts`);
  });

  it('is the same for the group’s facilitator, who sees why other people’s posts are held', async () => {
    const facilitator = await api.newUser();
    const admin = await api.newUser({ role: 'ADMIN' });
    await new Moderation(api, forum).makeFacilitator(admin, facilitator, 'stres');
    const authors = await Promise.all(Array.from({ length: 2 }, () => api.newUser()));
    for (const user of [...authors, reader]) await forum.join(user, 'stres');
    const threadId = await threadWith(3, authors);

    const read = () => api.gql(THREAD_PAGE, { id: threadId, first: 50 }, { token: facilitator.token });
    const statements = await statementsFor(read);
    const page = await read();
    expect(page.data!.thread.posts.nodes[1]).toMatchObject({
      viewerIsAuthor: false,
      holdReason: 'PERSONAL_DATA',
    });
    expect(statements).toBe(4);
  });
});

const GROUP_PAGE = `query($slug: String!, $first: Int!) { group(slug: $slug) {
  id slug name description memberCount visibility archived viewerRole viewerCanRead facilitators { displayName }
  threads(first: $first) { pageInfo { endCursor hasNextPage }
    nodes { id title createdAt lastActivityAt locked pinned replyCount viewerIsAuthor author { displayName anonymous } } }
} }`;
const GROUP_LIST = `{ groups { id slug name memberCount viewerRole viewerCanRead facilitators { displayName } } }`;

describe('SQL statements per group page', () => {
  let api: TestApp;
  let forum: Forum;

  beforeAll(async () => {
    api = await TestApp.start();
    forum = new Forum(api);
  });

  afterAll(() => api.close());

  it('is the same for 2 threads as for 20, and the home page reads each viewer role once', async () => {
    const reader = await api.newUser();
    const authors = await Promise.all(Array.from({ length: 4 }, () => api.newUser()));
    for (const user of [...authors, reader]) {
      await forum.join(user, 'duka');
      await forum.join(user, 'akademik');
    }
    for (let index = 0; index < 2; index += 1) await forum.newThread(authors[index]!, 'duka');
    for (let index = 0; index < 20; index += 1) {
      await forum.newThread(authors[index % authors.length]!, 'akademik', { anonymous: index % 3 === 0 });
    }

    const read = (slug: string) => () => api.gql(GROUP_PAGE, { slug, first: 20 }, { token: reader.token });
    const forSmall = await statementsFor(read('duka'));
    const forLarge = await statementsFor(read('akademik'));
    expect((await read('akademik')()).data!.group.threads.nodes).toHaveLength(20);
    expect(forLarge).toBe(forSmall);
    console.log(`SQL statements for a group page: ${forSmall} with 2 threads, ${forLarge} with 20`);
    expect(forSmall).toBe(8);

    const home = await statementsFor(() => api.gql(GROUP_LIST, {}, { token: reader.token }));
    console.log(`SQL statements for the group list: ${home}`);
    expect(home).toBe(5);
  });
});
