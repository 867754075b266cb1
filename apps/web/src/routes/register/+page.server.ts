import { redirect } from '@sveltejs/kit';
import { textField } from '$lib/forms';
import { RegisterDocument } from '$lib/graphql/generated/graphql';
import { isLocale } from '$lib/i18n';
import { setLocaleCookie, setSessionCookie } from '$lib/server/cookies';
import { failFromApiError } from '$lib/server/form-errors';
import { safeNext } from '$lib/server/redirects';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = ['email', 'displayName', 'password'] as const;

export const load: PageServerLoad = ({ locals, url }) => {
  const next = safeNext(url.searchParams.get('next'), '');
  if (locals.user) redirect(303, next || '/');
  return { next };
};

export const actions: Actions = {
  default: async (event) => {
    const data = await event.request.formData();
    const email = textField(data, 'email');
    const displayName = textField(data, 'displayName');
    const password = textField(data, 'password');
    const next = safeNext(textField(data, 'next'));

    let session;
    try {
      ({ register: session } = await event.locals.api.request(RegisterDocument, {
        input: { email, displayName, password, locale: event.locals.locale },
      }));
    } catch (error) {
      return failFromApiError(error, {
        fields: FIELDS,
        values: { email, displayName },
        requestId: event.locals.requestId,
      });
    }

    setSessionCookie(event, session.token);
    if (isLocale(session.user.locale)) setLocaleCookie(event, session.user.locale);
    redirect(303, next);
  },
};
