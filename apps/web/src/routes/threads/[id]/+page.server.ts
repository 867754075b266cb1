import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { checkboxField, textField } from '$lib/forms';
import { cursorParam, isId, isReactionKind, POSTS_PER_PAGE, postAnchor, toPostData } from '$lib/forum/posts';
import {
  CreatePostDocument,
  DeletePostDocument,
  EditPostDocument,
  SetReactionDocument,
  SetThreadLockedDocument,
  SetThreadPinnedDocument,
  ThreadDocument,
  ThreadPostIdsDocument,
  type ThreadPostIdsQuery,
} from '$lib/graphql/generated/graphql';
import { ApiError, type ApiClient } from '$lib/server/api';
import { failFromApiError } from '$lib/server/form-errors';
import { redirectIfSignedOut, requireUser } from '$lib/server/session';
import { pageUrl } from '$lib/urls';
import type { Actions, PageServerLoad } from './$types';

const POST_FIELDS = ['body', 'contentWarning', 'anonymous'] as const;
/** Query parameters of a one-time message, not carried over to the next address. */
const ONE_TIME = ['deleted'];
/** How many pages to walk looking for a post (`?post=`) before settling for the first. */
const MAX_PAGES_TO_SEARCH = 40;

export const load: PageServerLoad = async (event) => {
  const { locals, params, url } = event;
  requireUser(event);
  if (!isId(params.id)) error(404, 'Not Found');

  // `?post=<id>` (from notifications, search and after replying): the page that holds it.
  const wanted = url.searchParams.get('post');
  let after = cursorParam(url.searchParams.get('after'));
  if (!after && isId(wanted)) after = await pageHolding(locals.api, params.id, wanted);

  let thread;
  try {
    ({ thread } = await locals.api.request(ThreadDocument, { id: params.id, first: POSTS_PER_PAGE, after }));
  } catch (cause) {
    if (cause instanceof ApiError && cause.code === 'BAD_USER_INPUT') error(404, 'Not Found');
    throw cause;
  }
  if (!thread) error(404, 'Not Found');

  const { posts, ...rest } = thread;
  const replyToId = url.searchParams.get('replyTo');
  const replyTo = posts.nodes.find((post) => post.id === replyToId && post.visibility === 'VISIBLE');
  const roles = locals.user?.roles ?? [];
  const staff = roles.includes('PROFESSIONAL') || roles.includes('ADMIN');
  return {
    thread: rest,
    posts: posts.nodes.map(toPostData),
    pageInfo: posts.pageInfo,
    after,
    replyTo: replyTo ? { id: replyTo.id, author: replyTo.author } : null,
    // The API decides; these only choose which forms to offer.
    canModerate: thread.group.viewerRole === 'FACILITATOR' || staff,
    canPost: (thread.group.viewerRole !== null || staff) && !thread.group.archived,
    deleted: url.searchParams.has('deleted'),
  };
};

/** The `after` cursor of the page that shows `postId` (null: the first page, also when not found). */
async function pageHolding(api: ApiClient, threadId: string, postId: string): Promise<string | null> {
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES_TO_SEARCH; page++) {
    const { thread }: ThreadPostIdsQuery = await api.request(ThreadPostIdsDocument, {
      id: threadId,
      first: POSTS_PER_PAGE,
      after,
    });
    if (!thread) return null;
    if (thread.posts.nodes.some((post) => post.id === postId)) return after;
    if (!thread.posts.pageInfo.hasNextPage || !thread.posts.pageInfo.endCursor) return null;
    after = thread.posts.pageInfo.endCursor;
  }
  return null;
}

export const actions: Actions = {
  reply: async (event) => {
    requireUser(event);
    const data = await event.request.formData();
    const body = textField(data, 'body');
    const contentWarning = textField(data, 'contentWarning');
    const anonymous = checkboxField(data, 'anonymous');
    const replyTo = textField(data, 'replyToPostId');

    let result;
    try {
      ({ createPost: result } = await event.locals.api.request(CreatePostDocument, {
        input: {
          threadId: event.params.id,
          body,
          anonymous,
          contentWarning: contentWarning.trim() || null,
          replyToPostId: isId(replyTo) ? replyTo : null,
        },
      }));
    } catch (error) {
      redirectIfSignedOut(error, event);
      return failFromApiError(error, {
        fields: POST_FIELDS,
        values: { body, contentWarning, anonymous: anonymous ? 'on' : '' },
        requestId: event.locals.requestId,
        form: 'reply',
        messages: {
          CONFLICT: { key: 'thread.error.locked' },
          FORBIDDEN: { key: 'thread.error.joinFirst' },
          NOT_FOUND: { key: 'thread.error.gone' },
        },
      });
    }

    if (result.held || result.safetyResources.length > 0) {
      return {
        outcome: {
          held: result.held,
          safetyResources: result.safetyResources,
          threadId: event.params.id,
          postId: result.post.id,
        },
      };
    }
    redirect(303, `/threads/${event.params.id}?post=${result.post.id}#${postAnchor(result.post.id)}`);
  },

  edit: async (event) => {
    requireUser(event);
    const data = await event.request.formData();
    const postId = textField(data, 'postId');
    const body = textField(data, 'body');
    const contentWarning = textField(data, 'contentWarning');
    try {
      await event.locals.api.request(EditPostDocument, {
        input: { postId, body, contentWarning: contentWarning.trim() || null },
      });
    } catch (error) {
      redirectIfSignedOut(error, event);
      return failFromApiError(error, {
        fields: POST_FIELDS,
        values: { body, contentWarning },
        requestId: event.locals.requestId,
        form: 'edit',
        target: postId,
      });
    }
    redirect(303, pageUrl(event.url, postAnchor(postId), ONE_TIME));
  },

  delete: async (event) => {
    requireUser(event);
    const postId = textField(await event.request.formData(), 'postId');
    const failed = await attempt(event, 'post', postId, () =>
      event.locals.api.request(DeletePostDocument, { postId }),
    );
    if (failed) return failed;
    const url = new URL(pageUrl(event.url), event.url);
    url.searchParams.delete('post');
    url.searchParams.set('deleted', '1');
    // To the message at the top (an explicit fragment, else the browser keeps the form's #post-…).
    redirect(303, `${url.pathname}${url.search}#top`);
  },

  react: async (event) => {
    requireUser(event);
    const data = await event.request.formData();
    const postId = textField(data, 'postId');
    // One button per reaction: `HUG:on` gives it, `HUG:off` takes it back.
    const [kind, state] = textField(data, 'reaction').split(':');
    if (!isReactionKind(kind)) error(400, 'Unknown reaction');
    const failed = await attempt(event, 'post', postId, () =>
      event.locals.api.request(SetReactionDocument, { postId, kind, active: state === 'on' }),
    );
    if (failed) return failed;
    redirect(303, pageUrl(event.url, postAnchor(postId), ONE_TIME));
  },

  lock: async (event) => {
    requireUser(event);
    const locked = textField(await event.request.formData(), 'locked') === 'true';
    const failed = await attempt(event, 'moderation', event.params.id, () =>
      event.locals.api.request(SetThreadLockedDocument, { threadId: event.params.id, locked }),
    );
    if (failed) return failed;
    redirect(303, pageUrl(event.url, undefined, ONE_TIME));
  },

  pin: async (event) => {
    requireUser(event);
    const pinned = textField(await event.request.formData(), 'pinned') === 'true';
    const failed = await attempt(event, 'moderation', event.params.id, () =>
      event.locals.api.request(SetThreadPinnedDocument, { threadId: event.params.id, pinned }),
    );
    if (failed) return failed;
    redirect(303, pageUrl(event.url, undefined, ONE_TIME));
  },
};

/** Runs a call of a form without fields; its failure is a message for the whole form. */
async function attempt(event: RequestEvent, form: string, target: string, call: () => Promise<unknown>) {
  try {
    await call();
    return null;
  } catch (error) {
    redirectIfSignedOut(error, event);
    return failFromApiError(error, {
      fields: [],
      values: {},
      requestId: event.locals.requestId,
      form,
      target,
      messages: { CONFLICT: { key: 'post.error.conflict' }, FORBIDDEN: { key: 'post.error.forbidden' } },
    });
  }
}
