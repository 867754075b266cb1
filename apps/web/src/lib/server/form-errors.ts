import { fail, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import type { FormFailure } from '$lib/forms';
import type { Message } from '$lib/i18n';
import { ApiError, type ApiClient } from './api';
import { logger } from './log';
import { redirectIfSignedOut } from './session';

/** The message for an input field the API rejected, by field and error code. */
type FieldMessages = Record<string, Partial<Record<'BAD_USER_INPUT' | 'CONFLICT', Message>>>;

const FIELD_MESSAGES: FieldMessages = {
  email: { BAD_USER_INPUT: { key: 'error.email.invalid' }, CONFLICT: { key: 'error.email.taken' } },
  password: { BAD_USER_INPUT: { key: 'error.password.invalid' } },
  displayName: {
    BAD_USER_INPUT: { key: 'error.displayName.invalid' },
    CONFLICT: { key: 'error.displayName.taken' },
  },
  locale: { BAD_USER_INPUT: { key: 'error.locale.invalid' } },
  title: { BAD_USER_INPUT: { key: 'error.title.invalid' } },
  body: { BAD_USER_INPUT: { key: 'error.body.invalid' } },
  contentWarning: { BAD_USER_INPUT: { key: 'error.contentWarning.invalid' } },
  query: { BAD_USER_INPUT: { key: 'error.query.invalid' } },
};

export function rateLimitMessage(retryAfterSeconds: number | undefined): Message {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds ?? 60));
  return seconds <= 90
    ? { key: 'error.rateLimited.seconds', params: { seconds } }
    : { key: 'error.rateLimited.minutes', params: { minutes: Math.ceil(seconds / 60) } };
}

interface FailOptions<F extends string> {
  /** The form's fields: an error naming one of them is shown next to it. */
  fields: readonly F[];
  /** The values to show again (leave out passwords). */
  values: Partial<Record<F, string>>;
  requestId: string;
  /** The message for UNAUTHENTICATED; without it such an error is rethrown. */
  unauthenticated?: Message;
  /** Messages for errors that concern the whole form, by code (e.g. CONFLICT: the thread is locked). */
  messages?: Partial<Record<'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT', Message>>;
  /**
   * Messages for this form's fields, by field and code, before the common ones
   * (the same name can have other limits in another form: a flag's note, a case's).
   */
  fieldMessages?: FieldMessages;
  /** Which of the page's forms failed, and about what (see FormFailure). */
  form?: string;
  target?: string;
}

/**
 * Turns an API error into a form failure with the message next to the field
 * it names. Anything that is not an ApiError is a bug and is rethrown.
 */
export function failFromApiError<F extends string>(
  error: unknown,
  options: FailOptions<F>,
): ActionFailure<FormFailure<F>> {
  if (!(error instanceof ApiError)) throw error;
  const failure: FormFailure<F> = {
    values: options.values,
    fieldErrors: {},
    formError: null,
    ...(options.form ? { form: options.form } : {}),
    ...(options.target ? { target: options.target } : {}),
  };
  const field = options.fields.find((name) => name === error.field);

  switch (error.code) {
    case 'BAD_USER_INPUT':
    case 'CONFLICT': {
      const message = error.field
        ? (options.fieldMessages?.[error.field]?.[error.code] ?? FIELD_MESSAGES[error.field]?.[error.code])
        : undefined;
      if (field) failure.fieldErrors[field] = message ?? { key: 'error.field.invalid' };
      else
        failure.formError = message ??
          (error.code === 'CONFLICT' ? options.messages?.CONFLICT : undefined) ?? { key: 'error.generic' };
      return fail(error.code === 'CONFLICT' ? 409 : 400, failure);
    }
    case 'RATE_LIMITED':
      failure.formError = rateLimitMessage(error.retryAfterSeconds);
      return fail(429, failure);
    case 'UNAUTHENTICATED':
      if (!options.unauthenticated) throw error;
      failure.formError = options.unauthenticated;
      return fail(401, failure);
    case 'UNAVAILABLE':
    case 'INTERNAL_SERVER_ERROR':
      logger.error('api call failed', {
        requestId: options.requestId,
        code: error.code,
        error: error.message,
      });
      failure.formError = { key: error.code === 'UNAVAILABLE' ? 'error.unavailable' : 'error.generic' };
      return fail(error.code === 'UNAVAILABLE' ? 503 : 500, failure);
    case 'FORBIDDEN':
    case 'NOT_FOUND':
      failure.formError = options.messages?.[error.code] ?? { key: 'error.generic' };
      return fail(error.code === 'FORBIDDEN' ? 403 : 404, failure);
  }
}

export type MutationResult<T, F extends string> =
  { ok: true; data: T } | { ok: false; failure: ActionFailure<FormFailure<F>> };

interface MutationOptions<F extends string> extends Omit<FailOptions<F>, 'fields' | 'values' | 'requestId'> {
  /** The form's fields (none for a form of buttons). */
  fields?: readonly F[];
  /** The values to show again (leave out passwords). */
  values?: Partial<Record<F, string>>;
}

/**
 * Runs a form action's API call as the viewer. When the API refuses, the
 * result is the form's failure (`fail(…)`, see failFromApiError) for the action
 * to return, so that the page shows the form again with its messages. For
 * UNAUTHENTICATED the form's own message is used when it has one (wrong
 * password); otherwise the session ended meanwhile, and this goes to the
 * login page (redirectIfSignedOut).
 *
 *     const sent = await runMutation(event, (api) => api.request(JoinGroupDocument, { groupId }), { form: 'membership' });
 *     if (!sent.ok) return sent.failure;
 */
export async function runMutation<T, F extends string = never>(
  event: Pick<RequestEvent, 'locals' | 'cookies' | 'request' | 'url'>,
  call: (api: ApiClient) => Promise<T>,
  options: MutationOptions<F> = {},
): Promise<MutationResult<T, F>> {
  try {
    return { ok: true, data: await call(event.locals.api) };
  } catch (error) {
    if (!options.unauthenticated) redirectIfSignedOut(error, event);
    const { fields = [], values = {}, ...rest } = options;
    return {
      ok: false,
      failure: failFromApiError(error, { ...rest, fields, values, requestId: event.locals.requestId }),
    };
  }
}
