import { redirect } from '@sveltejs/kit';
import { textField } from '$lib/forms';
import { UpdateProfileDocument } from '$lib/graphql/generated/graphql';
import { isLocale } from '$lib/i18n';
import { ApiError } from '$lib/server/api';
import { clearSessionCookie, setLocaleCookie } from '$lib/server/cookies';
import { failFromApiError } from '$lib/server/form-errors';
import { loginUrl } from '$lib/server/redirects';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = ['displayName', 'locale'] as const;

export const load: PageServerLoad = ({ locals, url }) => {
  if (!locals.user) redirect(303, loginUrl(url));
  return { profile: { displayName: locals.user.displayName, locale: locals.locale } };
};

export const actions: Actions = {
  default: async (event) => {
    const { locals, url } = event;
    if (!locals.user) redirect(303, loginUrl(url));

    const data = await event.request.formData();
    const displayName = textField(data, 'displayName');
    const locale = textField(data, 'locale');

    let user;
    try {
      ({ updateProfile: user } = await locals.api.request(UpdateProfileDocument, {
        input: { displayName, locale },
      }));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') {
        // The session ended between reading it and saving.
        clearSessionCookie(event);
        redirect(303, loginUrl(url));
      }
      return failFromApiError(error, {
        fields: FIELDS,
        values: { displayName, locale },
        requestId: locals.requestId,
      });
    }

    // This response already shows the new name and language.
    locals.user = user;
    if (isLocale(user.locale)) {
      locals.locale = user.locale;
      setLocaleCookie(event, user.locale);
    }
    return { saved: true as const };
  },
};
