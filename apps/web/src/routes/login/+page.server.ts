import { redirect } from '@sveltejs/kit';
import { textField } from '$lib/forms';
import { LoginDocument } from '$lib/graphql/generated/graphql';
import { isLocale } from '$lib/i18n';
import { setLocaleCookie, setSessionCookie } from '$lib/server/cookies';
import { failFromApiError } from '$lib/server/form-errors';
import { safeNext } from '$lib/server/redirects';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = ['email', 'password'] as const;

export const load: PageServerLoad = ({ locals, url }) => {
  const next = safeNext(url.searchParams.get('next'), '');
  if (locals.user) redirect(303, next || '/');
  return { next };
};

export const actions: Actions = {
  default: async (event) => {
    const data = await event.request.formData();
    const email = textField(data, 'email');
    const password = textField(data, 'password');
    const next = safeNext(textField(data, 'next'));

    let session;
    try {
      ({ login: session } = await event.locals.api.request(LoginDocument, { email, password }));
    } catch (error) {
      return failFromApiError(error, {
        fields: FIELDS,
        values: { email },
        requestId: event.locals.requestId,
        unauthenticated: { key: 'error.credentials' },
      });
    }

    setSessionCookie(event, session.token);
    // The account's language wins over the one chosen before logging in.
    if (isLocale(session.user.locale)) setLocaleCookie(event, session.user.locale);
    redirect(303, next);
  },
};
