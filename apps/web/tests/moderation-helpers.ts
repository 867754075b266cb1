import type { APIRequestContext, Page } from '@playwright/test';
import { expect, graphql } from './fixtures';
import {
  coordinatorToken,
  groupId,
  joinGroup,
  newMember,
  newThread,
  uniqueWord,
  type Member,
} from './forum-helpers';

/** Moderation set-up through the API; the pages under test do the rest. */

/** Words the classifier rates CRISIS (as in the API's routing tests): the post is held for professionals. */
export const CRISIS_TEXT = 'aku mau bunuh diri malam ini';

/** A counsellor: an account the coordinator gives the PROFESSIONAL role. */
export async function newProfessional(
  request: APIRequestContext,
  label = 'konselor',
  locale: 'id' | 'en' = 'id',
) {
  const professional = await newMember(request, label, locale);
  const { me } = await graphql<{ me: { id: string } }>(request, '{ me { id } }', {}, professional.token);
  await graphql(
    request,
    'mutation ($u: ID!) { assignRole(userId: $u, role: PROFESSIONAL) { id } }',
    { u: me.id },
    await coordinatorToken(request),
  );
  return professional;
}

export async function flagPost(
  request: APIRequestContext,
  member: Member,
  postId: string,
  reason: string,
  note?: string,
): Promise<void> {
  await graphql(
    request,
    'mutation ($p: ID!, $r: FlagReason!, $n: String) { flagPost(postId: $p, reason: $r, note: $n) { id } }',
    { p: postId, r: reason, n: note ?? null },
    member.token,
  );
}

/** The id of the case about `postId` in `queue`, once the worker has opened it (screening is asynchronous). */
export async function caseOfPost(
  request: APIRequestContext,
  worker: Member,
  queue: 'FACILITATOR' | 'PROFESSIONAL',
  postId: string,
): Promise<string> {
  let found: string | undefined;
  await expect
    .poll(
      async () => {
        const { moderationQueue } = await graphql<{
          moderationQueue: { nodes: { id: string; post: { id: string } | null }[] };
        }>(
          request,
          'query ($q: QueueKind!) { moderationQueue(queue: $q, first: 100) { nodes { id post { id } } } }',
          { q: queue },
          worker.token,
        );
        found = moderationQueue.nodes.find((kase) => kase.post?.id === postId)?.id;
        return found;
      },
      { timeout: 15_000 },
    )
    .toBeTruthy();
  return found!;
}

/** Waits until the queue page's live stream is open. */
export async function waitForQueueLive(page: Page): Promise<void> {
  await expect(page.getByTestId('queue')).toHaveAttribute('data-live', 'ready', { timeout: 10_000 });
}

/** A coordinator of its own (ADMIN), in the given language. */
export async function newCoordinator(request: APIRequestContext, locale: 'id' | 'en' = 'id') {
  const coordinator = await newMember(request, 'koordinator', locale);
  const { me } = await graphql<{ me: { id: string } }>(request, '{ me { id } }', {}, coordinator.token);
  await graphql(
    request,
    'mutation ($u: ID!) { assignRole(userId: $u, role: ADMIN) { id } }',
    { u: me.id },
    await coordinatorToken(request),
  );
  return coordinator;
}

/**
 * A member's anonymous crisis thread, its case in the professional queue
 * (opened by the worker), a support conversation the professional opened
 * from it, and the member's answer.
 */
export async function crisisScene(request: APIRequestContext, locale: 'id' | 'en' = 'id') {
  const member = await newMember(request, 'krisis', locale);
  const professional = await newProfessional(request, 'konselor', locale);
  await joinGroup(request, member, 'kecemasan');
  const word = uniqueWord('malam');
  const title = `Malam ini ${word}`;
  const { threadId, postId } = await newThread(request, member, {
    groupId: await groupId(request, member.token, 'kecemasan'),
    title,
    body: `${CRISIS_TEXT}. ${word}`,
    anonymous: true,
  });
  const caseId = await caseOfPost(request, professional, 'PROFESSIONAL', postId);
  const { openSupportConversation } = await graphql<{ openSupportConversation: { id: string } }>(
    request,
    'mutation ($c: ID!, $m: String!) { openSupportConversation(caseId: $c, message: $m) { id } }',
    { c: caseId, m: 'Halo, aku konselor di Sebaya. Kamu aman sekarang?' },
    professional.token,
  );
  const conversationId = openSupportConversation.id;
  await graphql(
    request,
    'mutation ($c: ID!, $b: String!) { sendSupportMessage(conversationId: $c, body: $b) { id } }',
    { c: conversationId, b: 'Terima kasih. Aku di rumah.' },
    member.token,
  );
  return { member, professional, word, title, threadId, postId, caseId, conversationId };
}
