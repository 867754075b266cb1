import { error, fail, redirect } from '@sveltejs/kit';
import { newPostFields, postOutcome, postText, textField, type FormFailure } from '$lib/forms';
import { cursorParam, isId, isReactionKind, POSTS_PER_PAGE, postAnchor, toPostData } from '$lib/forum/posts';
import {
  CreatePostDocument,
  DeletePostDocument,
  EditPostDocument,
  FlagPostDocument,
  SetReactionDocument,
  SetThreadLockedDocument,
  SetThreadPinnedDocument,
  ThreadDocument,
  ThreadPostIdsDocument,
  type ThreadPostIdsQuery,
} from '$lib/graphql/generated/graphql';
import { ApiError, type ApiClient } from '$lib/server/api';
import { isFlagReason } from '$lib/moderation/cases';
import { runMutation } from '$lib/server/form-errors';
import { isStaff } from '$lib/server/roles';
import { loadSafetyResources } from '$lib/server/safety';
import { requireUser } from '$lib/server/session';
import { pageUrl } from '$lib/urls';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const POST_FIELDS = ['body', 'contentWarning', 'anonymous'] as const;
const FLAG_FIELDS = ['reason', 'note'] as const;
type FlagField = (typeof FLAG_FIELDS)[number];
/** Query parameters of a one-time message, not carried over to the next address. */
const ONE_TIME = ['deleted', 'flagged'];
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
  const staff = isStaff(locals.user);
  // An author whose post is held for a crisis finds the safety resources at it, also days later.
  const safetyHold = posts.nodes.some((post) => post.viewerIsAuthor && post.holdReason === 'SAFETY');
  return {
    thread: rest,
    posts: posts.nodes.map(toPostData),
    pageInfo: posts.pageInfo,
    after,
    safety: safetyHold ? await loadSafetyResources(locals) : null,
    replyTo: replyTo ? { id: replyTo.id, author: replyTo.author } : null,
    // The API decides; these only choose which forms to offer.
    canModerate: thread.group.viewerRole === 'FACILITATOR' || staff,
    canPost: (thread.group.viewerRole !== null || staff) && !thread.group.archived,
    deleted: url.searchParams.has('deleted'),
    /** The post the viewer has just flagged (`?flagged=`), to thank them at it. */
    flagged: url.searchParams.get('flagged'),
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
    const post = newPostFields(data);
    const replyTo = textField(data, 'replyToPostId');
    const threadId = event.params.id;

    const sent = await runMutation(
      event,
      (api) =>
        api.request(CreatePostDocument, {
          input: { threadId, ...post.content, replyToPostId: isId(replyTo) ? replyTo : null },
        }),
      {
        fields: POST_FIELDS,
        values: post.values,
        form: 'reply',
        messages: {
          CONFLICT: { key: 'thread.error.locked' },
          FORBIDDEN: { key: 'thread.error.joinFirst' },
          NOT_FOUND: { key: 'thread.error.gone' },
        },
      },
    );
    if (!sent.ok) return sent.failure;

    const { createPost: result } = sent.data;
    const outcome = postOutcome(result, threadId);
    if (outcome) return outcome;
    redirect(303, `/threads/${threadId}?post=${result.post.id}#${postAnchor(result.post.id)}`);
  },

  edit: async (event) => {
    requireUser(event);
    const data = await event.request.formData();
    const postId = textField(data, 'postId');
    const post = postText(data);
    const sent = await runMutation(
      event,
      (api) => api.request(EditPostDocument, { input: { postId, ...post.content } }),
      { fields: POST_FIELDS, values: post.values, form: 'edit', target: postId },
    );
    if (!sent.ok) return sent.failure;
    redirect(303, pageUrl(event.url, postAnchor(postId), ONE_TIME));
  },

  delete: async (event) => {
    requireUser(event);
    const postId = textField(await event.request.formData(), 'postId');
    const sent = await attempt(event, 'post', postId, (api) => api.request(DeletePostDocument, { postId }));
    if (!sent.ok) return sent.failure;
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
    const sent = await attempt(event, 'post', postId, (api) =>
      api.request(SetReactionDocument, { postId, kind, active: state === 'on' }),
    );
    if (!sent.ok) return sent.failure;
    redirect(303, pageUrl(event.url, postAnchor(postId), ONE_TIME));
  },

  /** Flags a post for the moderators; back at the post with thanks (`?flagged=`). */
  flag: async (event) => {
    requireUser(event);
    const data = await event.request.formData();
    const postId = textField(data, 'postId');
    const reason = textField(data, 'reason');
    const note = textField(data, 'note');
    const values = { reason, note };
    if (!isFlagReason(reason)) {
      return fail(400, {
        values,
        fieldErrors: { reason: { key: 'flag.error.reason' } },
        formError: null,
        form: 'flag',
        target: postId,
      } satisfies FormFailure<FlagField>);
    }
    const sent = await runMutation(
      event,
      (api) => api.request(FlagPostDocument, { postId, reason, note: note.trim() || null }),
      {
        fields: FLAG_FIELDS,
        values,
        form: 'flag',
        target: postId,
        fieldMessages: {
          note: { BAD_USER_INPUT: { key: 'flag.error.note' } },
          postId: { BAD_USER_INPUT: { key: 'flag.error.own' } },
        },
        messages: { CONFLICT: { key: 'flag.error.already' }, NOT_FOUND: { key: 'flag.error.gone' } },
      },
    );
    if (!sent.ok) return sent.failure;
    const url = new URL(pageUrl(event.url, undefined, ONE_TIME), event.url);
    url.searchParams.set('flagged', postId);
    redirect(303, `${url.pathname}${url.search}#${postAnchor(postId)}`);
  },

  lock: moderationSwitch('locked', (api, threadId, locked) =>
    api.request(SetThreadLockedDocument, { threadId, locked }),
  ),
  pin: moderationSwitch('pinned', (api, threadId, pinned) =>
    api.request(SetThreadPinnedDocument, { threadId, pinned }),
  ),
};

/** Runs the call of a form without fields (a post's or the thread's buttons); a failure is a message for the whole form. */
function attempt(
  event: RequestEvent,
  form: string,
  target: string,
  call: (api: ApiClient) => Promise<unknown>,
) {
  return runMutation(event, call, {
    form,
    target,
    messages: { CONFLICT: { key: 'post.error.conflict' }, FORBIDDEN: { key: 'post.error.forbidden' } },
  });
}

/** Locking and pinning: a button that posts `<field>=true|false` for the thread, then back to the page. */
function moderationSwitch(
  field: string,
  change: (api: ApiClient, threadId: string, on: boolean) => Promise<unknown>,
) {
  return async (event: RequestEvent) => {
    requireUser(event);
    const on = textField(await event.request.formData(), field) === 'true';
    const sent = await attempt(event, 'moderation', event.params.id, (api) =>
      change(api, event.params.id, on),
    );
    if (!sent.ok) return sent.failure;
    redirect(303, pageUrl(event.url, undefined, ONE_TIME));
  };
}
