import { textField } from '$lib/forms';
import { RegisterDocument } from '$lib/graphql/generated/graphql';
import { runMutation } from '$lib/server/form-errors';
import { signedOutPage, startSession } from '$lib/server/sign-in';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = ['email', 'displayName', 'password'] as const;

export const load: PageServerLoad = signedOutPage;

export const actions: Actions = {
  default: async (event) => {
    const data = await event.request.formData();
    const email = textField(data, 'email');
    const displayName = textField(data, 'displayName');
    const password = textField(data, 'password');

    const sent = await runMutation(
      event,
      (api) =>
        api.request(RegisterDocument, {
          input: { email, displayName, password, locale: event.locals.locale },
        }),
      { fields: FIELDS, values: { email, displayName } },
    );
    if (!sent.ok) return sent.failure;
    startSession(event, sent.data.register, textField(data, 'next'));
  },
};
