import { DataSource } from 'typeorm';
import type { PostVisibility } from '../../src/forum/post.entity.js';
import type { TestApp, TestUser } from './test-app.js';

export const POST_FIELDS = `id body bodyHtml contentWarning visibility createdAt viewerIsAuthor
  author { displayName anonymous } thread { id title }`;

/** Test factories that go through the API, as members would. */
export class Forum {
  private readonly groupIds = new Map<string, string>();

  constructor(private readonly api: TestApp) {}

  async groupId(slug: string): Promise<string> {
    let id = this.groupIds.get(slug);
    if (!id) {
      const result = await this.api.gql('query($slug: String!) { group(slug: $slug) { id } }', { slug });
      id = result.data!.group.id as string;
      this.groupIds.set(slug, id);
    }
    return id;
  }

  async join(user: TestUser, slug: string): Promise<void> {
    const result = await this.api.gql(
      'mutation($id: ID!) { joinGroup(groupId: $id) { id } }',
      { id: await this.groupId(slug) },
      {
        token: user.token,
      },
    );
    if (result.errors) throw new Error(JSON.stringify(result.errors));
  }

  async newThread(
    user: TestUser,
    slug: string,
    input: { title?: string; body?: string; anonymous?: boolean; contentWarning?: string } = {},
  ): Promise<{ threadId: string; postId: string }> {
    const result = await this.api.gql(
      `mutation($input: CreateThreadInput!) { createThread(input: $input) { post { id thread { id } } } }`,
      {
        input: { groupId: await this.groupId(slug), title: 'A thread', body: 'The opening post.', ...input },
      },
      { token: user.token },
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return { threadId: result.data.createThread.post.thread.id, postId: result.data.createThread.post.id };
  }

  async reply(
    user: TestUser,
    threadId: string,
    input: { body?: string; anonymous?: boolean; replyToPostId?: string } = {},
  ): Promise<string> {
    const result = await this.api.gql(
      `mutation($input: CreatePostInput!) { createPost(input: $input) { post { id } } }`,
      { input: { threadId, body: 'A reply.', ...input } },
      { token: user.token },
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.createPost.post.id;
  }

  /** What moderation (a later issue) will do; set directly here to test who sees held and hidden posts. */
  async setVisibility(postId: string, visibility: PostVisibility): Promise<void> {
    await this.api.app
      .get(DataSource)
      .query('UPDATE posts SET visibility = $2 WHERE id = $1', [postId, visibility]);
  }

  async threadPosts(user: TestUser | null, threadId: string, first = 50) {
    const result = await this.api.gql(
      `query($id: ID!, $first: Int) { thread(id: $id) { id replyCount posts(first: $first) { nodes { ${POST_FIELDS} } pageInfo { endCursor hasNextPage } } } }`,
      { id: threadId, first },
      { token: user?.token },
    );
    return result.data?.thread ?? null;
  }
}
