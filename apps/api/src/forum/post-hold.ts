import type { PostRow } from './forum.rows.js';
import type { ReadScope } from './read-scope.js';

/**
 * Why a post is out of the group, as its author is told (the routing table's
 * last column): SAFETY, held for a crisis (safety resources, a counsellor
 * reaches out); PERSONAL_DATA, held until a moderator has reviewed it;
 * REVIEW, hidden by moderators (flags from several readers, or a review that
 * did not release it).
 */
export const POST_HOLD_REASONS = ['SAFETY', 'PERSONAL_DATA', 'REVIEW'] as const;
export type PostHoldReason = (typeof POST_HOLD_REASONS)[number];

/**
 * Read from the post's own row, which the routing table writes: only a crisis
 * makes a post staff-only (and a review that does not release it keeps the
 * mark while hiding it), only personal data holds a post that is not
 * staff-only, and every other way out of the group hides it. Null for a
 * visible post.
 */
export function holdReasonOf(post: Pick<PostRow, 'visibility' | 'staffOnly'>): PostHoldReason | null {
  if (post.visibility === 'VISIBLE') return null;
  if (post.staffOnly) return 'SAFETY';
  return post.visibility === 'HELD' ? 'PERSONAL_DATA' : 'REVIEW';
}

/**
 * Who may know why: the author and those who moderate the post, that is
 * staff and the facilitators of its group, except for a post held for staff
 * only (which the facilitators do not see at all).
 */
export function mayKnowHoldReason(
  scope: Pick<ReadScope, 'userId' | 'staff' | 'facilitatedGroupIds'>,
  post: Pick<PostRow, 'authorId' | 'staffOnly'>,
  groupId: string,
): boolean {
  if (scope.userId === post.authorId || scope.staff) return true;
  return !post.staffOnly && scope.facilitatedGroupIds.includes(groupId);
}
