import { UnreadNotificationCountDocument } from '$lib/graphql/generated/graphql';
import { ApiError } from '$lib/server/api';
import { logger } from '$lib/server/log';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals, url, depends }) => {
  // Asked again on every navigation (the count changes as notifications are
  // opened) and when the live stream says a notification arrived.
  void url.pathname;
  depends('app:unread');
  return {
    locale: locals.locale,
    // Only what the pages show: the session token never leaves the server.
    user: locals.user && { displayName: locals.user.displayName },
    unreadNotifications: locals.user ? await unreadCount(locals) : 0,
  };
};

async function unreadCount(locals: App.Locals): Promise<number> {
  try {
    return (await locals.api.request(UnreadNotificationCountDocument)).unreadNotificationCount;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    // The badge is not worth an error page.
    logger.warn('unread count unavailable', { requestId: locals.requestId, error: error.message });
    return 0;
  }
}
