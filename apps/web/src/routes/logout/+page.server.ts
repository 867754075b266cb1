import { redirect } from '@sveltejs/kit';
import { LogoutDocument } from '$lib/graphql/generated/graphql';
import { clearSessionCookie, readSessionToken } from '$lib/server/cookies';
import { logger } from '$lib/server/log';
import type { Actions, PageServerLoad } from './$types';

// Logging out changes state, so only a POST does it; a visit just goes home.
export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
  default: async (event) => {
    if (readSessionToken(event.cookies)) {
      try {
        // Revoke the session in the API, not only here.
        await event.locals.api.request(LogoutDocument);
      } catch (error) {
        logger.warn('could not revoke the session', {
          requestId: event.locals.requestId,
          error: String(error),
        });
      }
    }
    clearSessionCookie(event);
    redirect(303, '/');
  },
};
