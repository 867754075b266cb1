import type { PostViewFragment, ReactionKind } from '$lib/graphql/generated/graphql';

/** Posts per page of a thread, threads per page of a group, and so on. */
export const POSTS_PER_PAGE = 30;
export const THREADS_PER_PAGE = 20;
export const SEARCH_RESULTS_PER_PAGE = 20;
export const NOTIFICATIONS_PER_PAGE = 20;

/** Every supportive reaction, in the order they are offered. */
export const REACTION_KINDS = [
  'HUG',
  'SUPPORT',
  'SAME_HERE',
  'THANKS',
  'STRENGTH',
] as const satisfies readonly ReactionKind[];

export function isReactionKind(value: unknown): value is ReactionKind {
  return typeof value === 'string' && (REACTION_KINDS as readonly string[]).includes(value);
}

/**
 * A post as the pages get it: the markdown source only for the viewer's own
 * posts (to edit them); everyone else's is rendered from `bodyHtml` alone.
 */
export type PostData = Omit<PostViewFragment, 'body'> & { body: string | null };

export function toPostData(post: PostViewFragment): PostData {
  return { ...post, body: post.viewerIsAuthor ? post.body : null };
}

/**
 * The status line of a held or hidden post (null for a visible one): its
 * author learns why (`holdReason`), moderators only that it is out of the group.
 */
export function postStatusKey(post: Pick<PostData, 'visibility' | 'viewerIsAuthor' | 'holdReason'>) {
  if (post.visibility === 'VISIBLE') return null;
  const held = post.visibility === 'HELD';
  if (!post.viewerIsAuthor) return held ? 'post.held.moderator' : 'post.hidden.moderator';
  if (post.holdReason === 'SAFETY') return held ? 'post.held.safety' : 'post.hidden.safety';
  if (post.holdReason === 'PERSONAL_DATA') return 'post.held.personalData';
  return held ? 'post.held' : 'post.hidden';
}

/** The id of a post's element on the thread page, for links (`#post-…`). */
export const postAnchor = (postId: string) => `post-${postId}`;

/** API ids are UUIDs; anything else cannot name a thread, post or notification. */
export function isId(value: unknown): value is string {
  return (
    typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)
  );
}

/** API cursors are opaque base64url strings; refuse anything else before asking the API. */
export function cursorParam(value: string | null): string | null {
  return value && /^[\w-]{1,512}={0,2}$/.test(value) ? value : null;
}
