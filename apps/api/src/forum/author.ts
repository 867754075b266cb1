import type { PublicUser } from '../accounts/user.repository.js';
import type { Loaders } from '../platform/graphql/loaders.js';
import type { AuthorModel } from './forum.models.js';
import type { ForumLoaders } from './forum.loaders.js';
import { pseudonym } from './pseudonym.js';

/**
 * How an author appears to readers. An anonymous author is only ever a
 * per-thread pseudonym; nothing else about them leaves the server. A named
 * author read along with the row (`known`) answers at once, else it is loaded.
 */
export function authorOf(
  written: { anonymous: boolean; authorId: string; threadId: string },
  known: PublicUser | null | undefined,
  forum: ForumLoaders,
  loaders: Loaders,
  pseudonymSecret: string,
): AuthorModel | Promise<AuthorModel> {
  if (written.anonymous) {
    return { displayName: pseudonym(pseudonymSecret, written.threadId, written.authorId), anonymous: true };
  }
  if (known && known.id === written.authorId) return { displayName: known.displayName, anonymous: false };
  return forum
    .user(loaders, written.authorId)
    .then((user) => ({ displayName: user?.displayName ?? '—', anonymous: false }));
}
