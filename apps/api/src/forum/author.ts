import type { Loaders } from '../platform/graphql/loaders.js';
import type { AuthorModel } from './forum.models.js';
import type { ForumLoaders } from './forum.loaders.js';
import { pseudonym } from './pseudonym.js';

/**
 * How an author appears to readers. An anonymous author is only ever a
 * per-thread pseudonym; nothing else about them leaves the server.
 */
export async function authorOf(
  written: { anonymous: boolean; authorId: string; threadId: string },
  forum: ForumLoaders,
  loaders: Loaders,
  pseudonymSecret: string,
): Promise<AuthorModel> {
  if (written.anonymous) {
    return { displayName: pseudonym(pseudonymSecret, written.threadId, written.authorId), anonymous: true };
  }
  const user = await forum.user(loaders, written.authorId);
  return { displayName: user?.displayName ?? '—', anonymous: false };
}
