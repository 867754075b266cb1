import { error, redirect } from '@sveltejs/kit';
import { isId, postAnchor } from '$lib/forum/posts';
import { MarkNotificationsReadDocument } from '$lib/graphql/generated/graphql';
import { logger } from '$lib/server/log';
import { loginUrl } from '$lib/server/redirects';
import type { RequestHandler } from './$types';

/**
 * Opening a notification: marks it read, then goes to what it is about (a
 * reply, a support conversation, an escalated case).
 * A link (not a form) so that it can be opened like any link; marking one's
 * own notification read is the only effect. SvelteKit never preloads it (it
 * is not a page), so hovering does not mark anything.
 */
export const GET: RequestHandler = async ({ locals, params, url }) => {
  if (!locals.user) redirect(303, loginUrl(url));
  if (!isId(params.id)) error(404, 'Not Found');
  const thread = url.searchParams.get('thread');
  const post = url.searchParams.get('post');

  try {
    await locals.api.request(MarkNotificationsReadDocument, { ids: [params.id] });
  } catch (cause) {
    // Still take them to the reply; the notification stays unread.
    logger.warn('could not mark a notification read', { requestId: locals.requestId, error: String(cause) });
  }

  if (isId(thread) && isId(post)) redirect(303, `/threads/${thread}?post=${post}#${postAnchor(post)}`);
  const conversation = url.searchParams.get('conversation');
  if (isId(conversation)) redirect(303, `/support/${conversation}#top`);
  const kase = url.searchParams.get('case');
  if (isId(kase)) redirect(303, `/cases/${kase}#top`);
  redirect(303, '/notifications');
};
