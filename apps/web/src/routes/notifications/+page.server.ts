import { error, redirect } from '@sveltejs/kit';
import { cursorParam, NOTIFICATIONS_PER_PAGE } from '$lib/forum/posts';
import { MarkNotificationsReadDocument, NotificationsDocument } from '$lib/graphql/generated/graphql';
import { ApiError } from '$lib/server/api';
import { failFromApiError } from '$lib/server/form-errors';
import { redirectIfSignedOut, requireUser } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireUser(event);
  const after = cursorParam(event.url.searchParams.get('after'));
  let notifications;
  try {
    ({ notifications } = await event.locals.api.request(NotificationsDocument, {
      first: NOTIFICATIONS_PER_PAGE,
      after,
    }));
  } catch (cause) {
    if (cause instanceof ApiError && cause.code === 'BAD_USER_INPUT') error(404, 'Not Found');
    throw cause;
  }
  return { notifications, after };
};

export const actions: Actions = {
  markAllRead: async (event) => {
    requireUser(event);
    try {
      await event.locals.api.request(MarkNotificationsReadDocument);
    } catch (error) {
      redirectIfSignedOut(error, event);
      return failFromApiError(error, { fields: [], values: {}, requestId: event.locals.requestId });
    }
    redirect(303, '/notifications?read=all');
  },
};
