import { HeaderDocument } from '$lib/graphql/generated/graphql';
import { ApiError } from '$lib/server/api';
import { logger } from '$lib/server/log';
import { isStaff } from '$lib/server/roles';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals, url, depends }) => {
  // Asked again on every navigation (the count changes as notifications are
  // opened) and when the live stream says a notification arrived.
  void url.pathname;
  depends('app:unread');
  const user = locals.user;
  if (!user) return { locale: locals.locale, user: null, unreadNotifications: 0 };

  const staff = isStaff(user);
  const header = await headerData(locals, staff);
  return {
    locale: locals.locale,
    // Only what the pages show: the session token never leaves the server.
    user: {
      displayName: user.displayName,
      // Which links the header offers; the API decides what each page may show.
      moderates: staff || header.facilitates,
      // Staff write to members; a member has the inbox once someone wrote to them.
      support: staff || header.conversations,
      admin: user.roles.includes('ADMIN'),
    },
    unreadNotifications: header.unread,
  };
};

/**
 * The unread count and, for members who are not staff, whether they
 * facilitate a group and whether they have a support conversation.
 */
async function headerData(locals: App.Locals, staff: boolean) {
  try {
    const data = await locals.api.request(HeaderDocument, { withGroups: !staff, withConversations: !staff });
    return {
      unread: data.unreadNotificationCount,
      facilitates: (data.groups ?? []).some((group) => group.viewerRole === 'FACILITATOR'),
      conversations: (data.supportConversations ?? []).length > 0,
    };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    // The badge is not worth an error page.
    logger.warn('header data unavailable', { requestId: locals.requestId, error: error.message });
    return { unread: 0, facilitates: false, conversations: false };
  }
}
