import { redirect } from '@sveltejs/kit';
import { textField } from '$lib/forms';
import { UpdateProfileDocument } from '$lib/graphql/generated/graphql';
import { isLocale } from '$lib/i18n';
import { setLocaleCookie } from '$lib/server/cookies';
import { logger } from '$lib/server/log';
import { safeNext } from '$lib/server/redirects';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
  /** The language switch in the header: remembered on this device, and on the account when signed in. */
  default: async (event) => {
    const data = await event.request.formData();
    const locale = textField(data, 'locale');
    const next = safeNext(textField(data, 'next'));

    if (isLocale(locale)) {
      setLocaleCookie(event, locale);
      if (event.locals.user && event.locals.user.locale !== locale) {
        try {
          await event.locals.api.request(UpdateProfileDocument, { input: { locale } });
        } catch (error) {
          logger.warn('could not save the language', {
            requestId: event.locals.requestId,
            error: String(error),
          });
        }
      }
    }
    redirect(303, next);
  },
};
