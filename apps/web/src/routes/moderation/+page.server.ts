import { error, redirect } from '@sveltejs/kit';
import { textField } from '$lib/forms';
import { cursorParam } from '$lib/forum/posts';
import {
  ModerationQueueDocument,
  OnDutyDocument,
  SetOnDutyDocument,
  type QueueKind,
} from '$lib/graphql/generated/graphql';
import { isQueue, isStatusTab, QUEUES, statusOfTab, type StatusTab } from '$lib/moderation/cases';
import { ApiError } from '$lib/server/api';
import { runMutation } from '$lib/server/form-errors';
import { isProfessional, isStaff } from '$lib/server/roles';
import { pageUrl } from '$lib/urls';
import { requireUser } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

const CASES_PER_PAGE = 25;

/**
 * A moderation queue: `?queue=professional|facilitator` (staff start with the
 * professional queue, facilitators only have theirs) and `?status=all|open|claimed|resolved`.
 * Severity first, then oldest, as the API orders it.
 */
export const load: PageServerLoad = async (event) => {
  const { locals, url, depends } = event;
  const user = requireUser(event);
  // Reloaded when the live stream says a case arrived.
  depends('app:queue');
  const staff = isStaff(user);

  const queueParam = url.searchParams.get('queue')?.toUpperCase();
  const queue: QueueKind = isQueue(queueParam) ? queueParam : staff ? 'PROFESSIONAL' : 'FACILITATOR';
  const statusParam = url.searchParams.get('status');
  const tab: StatusTab = isStatusTab(statusParam) ? statusParam : 'all';
  const after = cursorParam(url.searchParams.get('after'));

  let moderationQueue;
  let onDuty: boolean | null;
  try {
    const [queueData, dutyData] = await Promise.all([
      locals.api.request(ModerationQueueDocument, {
        queue,
        status: statusOfTab(tab),
        first: CASES_PER_PAGE,
        after,
      }),
      // Only professionals have the on-duty switch.
      isProfessional(user) ? locals.api.request(OnDutyDocument) : null,
    ]);
    moderationQueue = queueData.moderationQueue;
    onDuty = dutyData?.me?.onDuty ?? null;
  } catch (cause) {
    if (cause instanceof ApiError && cause.code === 'FORBIDDEN') error(403, 'Forbidden');
    if (cause instanceof ApiError && cause.code === 'BAD_USER_INPUT') error(404, 'Not Found');
    throw cause;
  }

  return {
    queue,
    tab,
    after,
    cases: moderationQueue.nodes,
    pageInfo: moderationQueue.pageInfo,
    /** The queues this viewer works: staff both, facilitators their groups'. */
    queues: staff ? [...QUEUES].reverse() : (['FACILITATOR'] as QueueKind[]),
    /** For professionals: whether they are on duty (null: no switch). */
    onDuty,
    /** A facilitator has just handed a case to the professionals (`?escalated`). */
    escalated: url.searchParams.has('escalated'),
  };
};

export const actions: Actions = {
  /** The on-duty switch: a button that posts `onDuty=true|false`, then back to the queue. */
  duty: async (event) => {
    requireUser(event);
    const onDuty = textField(await event.request.formData(), 'onDuty') === 'true';
    const sent = await runMutation(event, (api) => api.request(SetOnDutyDocument, { onDuty }), {
      form: 'duty',
      messages: { FORBIDDEN: { key: 'duty.error.forbidden' } },
    });
    if (!sent.ok) return sent.failure;
    redirect(303, pageUrl(event.url, 'duty', ['escalated']));
  },
};
