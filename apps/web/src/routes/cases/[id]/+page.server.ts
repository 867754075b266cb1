import { error, fail, redirect } from '@sveltejs/kit';
import { checkboxField, textField, type FormFailure } from '$lib/forms';
import { isId } from '$lib/forum/posts';
import {
  AddCaseNoteDocument,
  CaseDocument,
  ClaimCaseDocument,
  EscalateCaseDocument,
  OpenSupportConversationDocument,
  ResolveCaseDocument,
} from '$lib/graphql/generated/graphql';
import type { Message } from '$lib/i18n';
import { FACILITATOR_RESOLUTIONS, isResolution, RESOLUTIONS } from '$lib/moderation/cases';
import { ApiError, type ApiClient } from '$lib/server/api';
import { runMutation } from '$lib/server/form-errors';
import { isAdmin, isStaff } from '$lib/server/roles';
import { requireUser } from '$lib/server/session';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** What the page says once after an action (`?done=`). */
const DONE = ['claimed', 'resolved', 'noted'] as const;
type Done = (typeof DONE)[number];
/** Query parameters not carried over by an action's redirect: a message, and the revealed author. */
const ONE_TIME = ['done', 'author'];

/** A changed case (claimed or resolved by someone else meanwhile): the page shows it as it is now. */
const CASE_MESSAGES = {
  CONFLICT: { key: 'case.error.conflict' },
  NOT_FOUND: { key: 'case.error.gone' },
  FORBIDDEN: { key: 'case.error.forbidden' },
} satisfies Record<string, Message>;
const NOTE_MESSAGES = { note: { BAD_USER_INPUT: { key: 'case.error.note' } } } satisfies Record<
  string,
  Record<string, Message>
>;

export const load: PageServerLoad = async (event) => {
  const { locals, params, url } = event;
  const user = requireUser(event);
  if (!isId(params.id)) error(404, 'Not Found');
  const staff = isStaff(user);
  // Who wrote an anonymous post is shown to staff only when asked (`?author`),
  // since every look is written to the audit log.
  const revealAuthor = staff && url.searchParams.has('author');

  let kase;
  try {
    ({ case: kase } = await locals.api.request(CaseDocument, { id: params.id, withAuthor: revealAuthor }));
  } catch (cause) {
    if (cause instanceof ApiError && cause.code === 'BAD_USER_INPUT') error(404, 'Not Found');
    throw cause;
  }
  // Null when it does not exist or the viewer may not work it.
  if (!kase) error(404, 'Not Found');

  const done = url.searchParams.get('done');
  return {
    kase,
    staff,
    admin: isAdmin(user),
    /** The viewer has claimed it (then only they resolve it). */
    mine: kase.assignee?.id === user.id,
    resolutions: staff ? RESOLUTIONS : FACILITATOR_RESOLUTIONS,
    done: (DONE as readonly string[]).includes(done ?? '') ? (done as Done) : null,
  };
};

export const actions: Actions = {
  claim: async (event) => {
    requireUser(event);
    const caseId = event.params.id;
    const sent = await runMutation(event, (api) => api.request(ClaimCaseDocument, { caseId }), {
      form: 'claim',
      messages: CASE_MESSAGES,
    });
    if (!sent.ok) return sent.failure;
    back(event, 'claimed', 'actions');
  },

  /** To the professionals: the case leaves the facilitator's reach, so back to the queue. */
  escalate: async (event) => {
    requireUser(event);
    const note = textField(await event.request.formData(), 'note');
    const caseId = event.params.id;
    const sent = await runMutation(
      event,
      (api) => api.request(EscalateCaseDocument, { caseId, note: note.trim() || null }),
      {
        fields: ['note'] as const,
        values: { note },
        form: 'escalate',
        fieldMessages: NOTE_MESSAGES,
        messages: CASE_MESSAGES,
      },
    );
    if (!sent.ok) return sent.failure;
    redirect(303, '/moderation?queue=facilitator&escalated=1#top');
  },

  resolve: async (event) => {
    requireUser(event);
    const data = await event.request.formData();
    const resolution = textField(data, 'resolution');
    const note = textField(data, 'note');
    const lockThread = checkboxField(data, 'lockThread');
    const values = { resolution, note, lockThread: lockThread ? 'on' : '' };
    if (!isResolution(resolution)) {
      return fail(400, {
        values,
        fieldErrors: { resolution: { key: 'case.error.resolution' } },
        formError: null,
        form: 'resolve',
      } satisfies FormFailure<'resolution' | 'note' | 'lockThread'>);
    }
    const caseId = event.params.id;
    const sent = await runMutation(
      event,
      (api: ApiClient) =>
        api.request(ResolveCaseDocument, { caseId, resolution, note: note.trim() || null, lockThread }),
      {
        fields: ['resolution', 'note', 'lockThread'] as const,
        values,
        form: 'resolve',
        fieldMessages: {
          ...NOTE_MESSAGES,
          resolution: { BAD_USER_INPUT: { key: 'case.error.resolutionWithoutPost' } },
          lockThread: { BAD_USER_INPUT: { key: 'case.error.lockWithoutPost' } },
        },
        messages: CASE_MESSAGES,
      },
    );
    if (!sent.ok) return sent.failure;
    back(event, 'resolved', 'top');
  },

  /** A professional writes privately to the post's author (also an anonymous one). */
  openConversation: async (event) => {
    requireUser(event);
    const message = textField(await event.request.formData(), 'message');
    const caseId = event.params.id;
    const sent = await runMutation(
      event,
      (api) => api.request(OpenSupportConversationDocument, { caseId, message }),
      {
        fields: ['message'] as const,
        values: { message },
        form: 'conversation',
        fieldMessages: { message: { BAD_USER_INPUT: { key: 'support.error.body' } } },
        messages: CASE_MESSAGES,
      },
    );
    if (!sent.ok) return sent.failure;
    redirect(303, `/support/${sent.data.openSupportConversation.id}#top`);
  },

  note: async (event) => {
    requireUser(event);
    const body = textField(await event.request.formData(), 'body');
    const caseId = event.params.id;
    const sent = await runMutation(event, (api) => api.request(AddCaseNoteDocument, { caseId, body }), {
      fields: ['body'] as const,
      values: { body },
      form: 'note',
      fieldMessages: { body: { BAD_USER_INPUT: { key: 'case.error.noteBody' } } },
      messages: CASE_MESSAGES,
    });
    if (!sent.ok) return sent.failure;
    back(event, 'noted', 'notes');
  },
};

/** Back to the case with a one-time message, at the section that changed. */
function back(event: RequestEvent, done: Done, fragment: string): never {
  const url = new URL(event.url);
  for (const key of [...url.searchParams.keys()]) {
    if (key.startsWith('/') || ONE_TIME.includes(key)) url.searchParams.delete(key);
  }
  url.searchParams.set('done', done);
  redirect(303, `${url.pathname}${url.search}#${fragment}`);
}
