import { textField } from '$lib/forms';
import { LoginDocument } from '$lib/graphql/generated/graphql';
import { runMutation } from '$lib/server/form-errors';
import { signedOutPage, startSession } from '$lib/server/sign-in';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = ['email', 'password'] as const;

export const load: PageServerLoad = signedOutPage;

export const actions: Actions = {
  default: async (event) => {
    const data = await event.request.formData();
    const email = textField(data, 'email');
    const password = textField(data, 'password');

    const sent = await runMutation(event, (api) => api.request(LoginDocument, { email, password }), {
      fields: FIELDS,
      values: { email },
      unauthenticated: { key: 'error.credentials' },
    });
    if (!sent.ok) return sent.failure;
    startSession(event, sent.data.login, textField(data, 'next'));
  },
};
