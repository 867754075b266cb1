import { error, redirect } from '@sveltejs/kit';
import { newPostFields, postOutcome, textField } from '$lib/forms';
import { cursorParam, THREADS_PER_PAGE } from '$lib/forum/posts';
import {
  CreateThreadDocument,
  GroupDocument,
  JoinGroupDocument,
  LeaveGroupDocument,
} from '$lib/graphql/generated/graphql';
import type { Message } from '$lib/i18n';
import { ApiError, type ApiClient } from '$lib/server/api';
import { runMutation } from '$lib/server/form-errors';
import { requireUser } from '$lib/server/session';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const THREAD_FIELDS = ['title', 'body', 'contentWarning', 'anonymous'] as const;

export const load: PageServerLoad = async ({ locals, params, url }) => {
  if (!SLUG.test(params.slug)) error(404, 'Not Found');
  const after = cursorParam(url.searchParams.get('after'));
  let group;
  try {
    ({ group } = await locals.api.request(GroupDocument, {
      slug: params.slug,
      first: THREADS_PER_PAGE,
      after,
    }));
  } catch (cause) {
    // A cursor the API does not accept (edited by hand, or from an older version).
    if (cause instanceof ApiError && cause.code === 'BAD_USER_INPUT') error(404, 'Not Found');
    throw cause;
  }
  if (!group) error(404, 'Not Found');
  return { group, after };
};

export const actions: Actions = {
  join: membershipAction((api, groupId) => api.request(JoinGroupDocument, { groupId })),
  leave: membershipAction((api, groupId) => api.request(LeaveGroupDocument, { groupId }), {
    CONFLICT: { key: 'group.leave.facilitator' },
  }),

  /** Starts a thread; goes to it, unless its author must first see what happens to it. */
  createThread: async (event) => {
    requireUser(event);
    const data = await event.request.formData();
    const groupId = textField(data, 'groupId');
    const title = textField(data, 'title');
    const post = newPostFields(data);

    const sent = await runMutation(
      event,
      (api) => api.request(CreateThreadDocument, { input: { groupId, title, ...post.content } }),
      {
        fields: THREAD_FIELDS,
        values: { title, ...post.values },
        form: 'thread',
        messages: { FORBIDDEN: { key: 'group.join.toPost' }, NOT_FOUND: { key: 'group.join.toPost' } },
      },
    );
    if (!sent.ok) return sent.failure;

    const { createThread: result } = sent.data;
    const outcome = postOutcome(result, result.post.thread.id);
    if (outcome) return outcome;
    // An explicit fragment: without one the browser keeps the form's (#new-thread).
    // `#top` is the top of the page (HTML), needing no element.
    redirect(303, `/threads/${result.post.thread.id}#top`);
  },
};

/** Joining and leaving: a button that changes the viewer's membership, then back to the group. */
function membershipAction(
  change: (api: ApiClient, groupId: string) => Promise<unknown>,
  messages?: { CONFLICT: Message },
) {
  return async (event: RequestEvent) => {
    requireUser(event);
    const groupId = textField(await event.request.formData(), 'groupId');
    const sent = await runMutation(event, (api) => change(api, groupId), { form: 'membership', messages });
    if (!sent.ok) return sent.failure;
    redirect(303, event.url.pathname);
  };
}
