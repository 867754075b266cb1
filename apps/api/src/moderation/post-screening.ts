import { screenText, type ScreeningResult } from '@sebaya/screening';

const RANK = { NONE: 0, LOW: 1, MEDIUM: 2, HIGH: 3, CRISIS: 4 } as const;

/** What a new post says, read with its title when it opens a thread (the write path's quick screening). */
export function screenNewPost(post: { title?: string; body: string }): ScreeningResult {
  return screenText(post.title ? `${post.title}\n${post.body}` : post.body);
}

/**
 * The worker's screening, with the thread as context: a reply by the
 * thread's own author is also read after the thread's title, since people
 * go on with their own story ("tonight" under "I can't go on anymore").
 * Other people's replies are read alone: a hug under a sad title is not a risk.
 */
export function screenInThread(post: {
  body: string;
  isOpening: boolean;
  authorId: string;
  threadTitle: string;
  threadAuthorId: string;
}): ScreeningResult {
  if (post.isOpening) return screenNewPost({ title: post.threadTitle, body: post.body });
  const alone = screenText(post.body);
  if (post.authorId !== post.threadAuthorId) return alone;
  const withTitle = screenNewPost({ title: post.threadTitle, body: post.body });
  return RANK[withTitle.level] > RANK[alone.level] ? withTitle : alone;
}
