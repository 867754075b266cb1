import { randomBytes } from 'node:crypto';
import type { APIRequestContext, Page } from '@playwright/test';
import { E2E_ADMIN } from './e2e-env';
import { createAccount, expect, graphql, newUser, type TestUser } from './fixtures';

/** Forum set-up through the API, faster than through pages; the pages under test are used for the rest. */

export interface Member extends TestUser {
  token: string;
}

export async function newMember(request: APIRequestContext, label: string, locale: 'id' | 'en' = 'id') {
  const user = newUser(label);
  return { ...user, token: await createAccount(request, user, locale) } satisfies Member;
}

/** A word found in no other test's posts, letters only (so that search treats it as one word). */
export function uniqueWord(prefix = 'kata'): string {
  const letters = 'bcdfghjklmnprstvz';
  const vowels = 'aiueo';
  let word = prefix;
  for (const byte of randomBytes(6))
    word += letters[byte % letters.length]! + vowels[(byte >> 4) % vowels.length]!;
  return word;
}

let adminToken: Promise<string> | undefined;

/** The coordinator's session, once per worker. */
export function coordinatorToken(request: APIRequestContext): Promise<string> {
  adminToken ??= graphql<{ login: { token: string } }>(
    request,
    'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    E2E_ADMIN,
  ).then((data) => data.login.token);
  return adminToken;
}

export async function groupId(request: APIRequestContext, token: string, slug: string): Promise<string> {
  const data = await graphql<{ group: { id: string } | null }>(
    request,
    'query ($slug: String!) { group(slug: $slug) { id } }',
    { slug },
    token,
  );
  if (!data.group) throw new Error(`no group ${slug}`);
  return data.group.id;
}

export async function joinGroup(request: APIRequestContext, member: Member, slug: string): Promise<string> {
  const id = await groupId(request, member.token, slug);
  await graphql(request, 'mutation ($id: ID!) { joinGroup(groupId: $id) { id } }', { id }, member.token);
  return id;
}

/** A members-only group of its own (so that its thread list holds only this test's threads). */
export async function newMembersOnlyGroup(request: APIRequestContext, label = 'rahasia') {
  const slug = `${label}-${randomBytes(4).toString('hex')}`;
  const data = await graphql<{ createGroup: { id: string } }>(
    request,
    `
      mutation ($input: CreateGroupInput!) {
        createGroup(input: $input) {
          id
        }
      }
    `,
    {
      input: {
        slug,
        nameId: `Ruang ${slug}`,
        nameEn: `Room ${slug}`,
        descriptionId: 'Grup tertutup untuk pengujian.',
        descriptionEn: 'A closed group for tests.',
        visibility: 'MEMBERS_ONLY',
      },
    },
    await coordinatorToken(request),
  );
  return { id: data.createGroup.id, slug, nameId: `Ruang ${slug}` };
}

export async function makeFacilitator(request: APIRequestContext, member: Member, groupIdValue: string) {
  const { me } = await graphql<{ me: { id: string } }>(request, '{ me { id } }', {}, member.token);
  await graphql(
    request,
    'mutation ($g: ID!, $u: ID!) { setFacilitator(groupId: $g, userId: $u, facilitator: true) { id } }',
    { g: groupIdValue, u: me.id },
    await coordinatorToken(request),
  );
}

export async function newThread(
  request: APIRequestContext,
  member: Member,
  input: { groupId: string; title: string; body: string; anonymous?: boolean; contentWarning?: string },
): Promise<{ threadId: string; postId: string }> {
  const data = await graphql<{ createThread: { post: { id: string; thread: { id: string } } } }>(
    request,
    'mutation ($input: CreateThreadInput!) { createThread(input: $input) { post { id thread { id } } } }',
    { input },
    member.token,
  );
  return { threadId: data.createThread.post.thread.id, postId: data.createThread.post.id };
}

export async function reply(
  request: APIRequestContext,
  member: Member,
  input: { threadId: string; body: string; anonymous?: boolean; contentWarning?: string },
): Promise<string> {
  const data = await graphql<{ createPost: { post: { id: string } } }>(
    request,
    'mutation ($input: CreatePostInput!) { createPost(input: $input) { post { id } } }',
    { input },
    member.token,
  );
  return data.createPost.post.id;
}

/**
 * A thread with an opening post under a content warning, an anonymous reply
 * and a reaction: the author has a notification about the reply.
 */
export async function forumScene(request: APIRequestContext, locale: 'id' | 'en' = 'id') {
  const author = await newMember(request, 'rina', locale);
  const replier = await newMember(request, 'sapto', locale);
  const word = uniqueWord();
  const id = await joinGroup(request, author, 'kecemasan');
  await joinGroup(request, replier, 'kecemasan');
  const { threadId, postId } = await newThread(request, author, {
    groupId: id,
    title: `Susah tidur ${word}`,
    body: `Sudah seminggu aku susah tidur karena cemas. ${word}`,
    contentWarning: 'serangan panik',
  });
  const replyId = await reply(request, replier, {
    threadId,
    body: `Aku juga pernah begitu. Coba tarik napas pelan-pelan. ${word}`,
    anonymous: true,
  });
  await graphql(
    request,
    'mutation ($id: ID!) { setReaction(postId: $id, kind: HUG, active: true) { id } }',
    { id: postId },
    replier.token,
  );
  return { author, replier, word, threadId, postId, replyId, title: `Susah tidur ${word}` };
}

/** Waits until the page's live stream is open (the thread page marks its post list). */
export async function waitForLive(page: Page): Promise<void> {
  await expect(page.getByTestId('posts')).toHaveAttribute('data-live', 'ready', { timeout: 10_000 });
}
