import { error, redirect } from '@sveltejs/kit';
import { checkboxField, textField } from '$lib/forms';
import { cursorParam, THREADS_PER_PAGE } from '$lib/forum/posts';
import {
  CreateThreadDocument,
  GroupDocument,
  JoinGroupDocument,
  LeaveGroupDocument,
} from '$lib/graphql/generated/graphql';
import { ApiError } from '$lib/server/api';
import { failFromApiError } from '$lib/server/form-errors';
import { redirectIfSignedOut, requireUser } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

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
  join: async (event) => {
    requireUser(event);
    const groupId = textField(await event.request.formData(), 'groupId');
    try {
      await event.locals.api.request(JoinGroupDocument, { groupId });
    } catch (error) {
      redirectIfSignedOut(error, event);
      return failFromApiError(error, {
        fields: [],
        values: {},
        requestId: event.locals.requestId,
        form: 'membership',
      });
    }
    redirect(303, event.url.pathname);
  },

  leave: async (event) => {
    requireUser(event);
    const groupId = textField(await event.request.formData(), 'groupId');
    try {
      await event.locals.api.request(LeaveGroupDocument, { groupId });
    } catch (error) {
      redirectIfSignedOut(error, event);
      return failFromApiError(error, {
        fields: [],
        values: {},
        requestId: event.locals.requestId,
        form: 'membership',
        messages: { CONFLICT: { key: 'group.leave.facilitator' } },
      });
    }
    redirect(303, event.url.pathname);
  },

  /** Starts a thread; goes to it, unless its author must first see what happens to it. */
  createThread: async (event) => {
    requireUser(event);
    const data = await event.request.formData();
    const groupId = textField(data, 'groupId');
    const title = textField(data, 'title');
    const body = textField(data, 'body');
    const contentWarning = textField(data, 'contentWarning');
    const anonymous = checkboxField(data, 'anonymous');

    let result;
    try {
      ({ createThread: result } = await event.locals.api.request(CreateThreadDocument, {
        input: { groupId, title, body, anonymous, contentWarning: contentWarning.trim() || null },
      }));
    } catch (error) {
      redirectIfSignedOut(error, event);
      return failFromApiError(error, {
        fields: THREAD_FIELDS,
        values: { title, body, contentWarning, anonymous: anonymous ? 'on' : '' },
        requestId: event.locals.requestId,
        form: 'thread',
        messages: { FORBIDDEN: { key: 'group.join.toPost' }, NOT_FOUND: { key: 'group.join.toPost' } },
      });
    }

    if (result.held || result.safetyResources.length > 0) {
      return {
        outcome: {
          held: result.held,
          safetyResources: result.safetyResources,
          threadId: result.post.thread.id,
          postId: result.post.id,
        },
      };
    }
    // An explicit fragment: without one the browser keeps the form's (#new-thread).
    // `#top` is the top of the page (HTML), needing no element.
    redirect(303, `/threads/${result.post.thread.id}#top`);
  },
};
