import { error, redirect } from '@sveltejs/kit';
import { textField } from '$lib/forms';
import { cursorParam, isId } from '$lib/forum/posts';
import {
  MarkSupportConversationReadDocument,
  SendSupportMessageDocument,
  SupportConversationDocument,
  type SupportConversationQuery,
} from '$lib/graphql/generated/graphql';
import { ApiError, type ApiClient } from '$lib/server/api';
import { runMutation } from '$lib/server/form-errors';
import { logger } from '$lib/server/log';
import { requireUser } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

const MESSAGES_PER_PAGE = 50;
/** How many pages to walk to the newest messages before settling. */
const MAX_PAGES = 40;

type Conversation = NonNullable<SupportConversationQuery['supportConversation']>;

/**
 * A support conversation: the newest messages by default (`?start` from the
 * first, `?after=<cursor>` from there), the reply form, and live new messages.
 * Opening it marks the other person's messages (and their notices) read.
 */
export const load: PageServerLoad = async (event) => {
  const { locals, params, url, depends } = event;
  const user = requireUser(event);
  if (!isId(params.id)) error(404, 'Not Found');
  // Reloaded when the live stream says a message arrived.
  depends('app:conversation');

  const explicit = url.searchParams.has('start') || url.searchParams.has('after');
  const after = cursorParam(url.searchParams.get('after'));
  let found;
  try {
    found = explicit ? await pageAt(locals.api, params.id, after) : await newestPage(locals.api, params.id);
  } catch (cause) {
    if (cause instanceof ApiError && cause.code === 'BAD_USER_INPUT') error(404, 'Not Found');
    throw cause;
  }
  // Null unless the viewer is one of its two people.
  if (!found) error(404, 'Not Found');
  const { conversation, earlier } = found;

  const markedRead = conversation.unreadCount > 0 && (await markRead(locals, conversation.id));
  const asProfessional = conversation.professional.id === user.id;
  return {
    conversation: {
      id: conversation.id,
      caseId: conversation.caseId,
      asProfessional,
      other: (asProfessional ? conversation.member : conversation.professional).displayName,
    },
    messages: conversation.messages.nodes,
    pageInfo: conversation.messages.pageInfo,
    /** Whether this is a page other than the newest (then live messages are not shown here). */
    explicit,
    /** The way to the messages before these: a cursor, `start`, or none. */
    earlier,
    markedRead,
  };
};

async function pageAt(api: ApiClient, id: string, after: string | null) {
  const { supportConversation } = await api.request(SupportConversationDocument, {
    id,
    first: MESSAGES_PER_PAGE,
    after,
  });
  return supportConversation ? { conversation: supportConversation, earlier: null } : null;
}

/** Walks to the last page of messages, remembering where the one before it starts. */
async function newestPage(api: ApiClient, id: string) {
  let after: string | null = null;
  let previous: string | null | undefined;
  let conversation: Conversation | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const data: SupportConversationQuery = await api.request(SupportConversationDocument, {
      id,
      first: MESSAGES_PER_PAGE,
      after,
    });
    const found: Conversation | null = data.supportConversation;
    if (!found) return null;
    conversation = found;
    const { hasNextPage, endCursor }: { hasNextPage: boolean; endCursor?: string | null } =
      found.messages.pageInfo;
    if (!hasNextPage || !endCursor) break;
    previous = after;
    after = endCursor;
  }
  if (!conversation) return null;
  // `start` when the page before is the first; a cursor otherwise; null when there is none.
  const earlier = previous === undefined ? null : (previous ?? 'start');
  return { conversation, earlier };
}

async function markRead(locals: App.Locals, conversationId: string): Promise<boolean> {
  try {
    await locals.api.request(MarkSupportConversationReadDocument, { conversationId });
    return true;
  } catch (cause) {
    // The messages are shown all the same; they stay unread.
    logger.warn('could not mark a conversation read', { requestId: locals.requestId, error: String(cause) });
    return false;
  }
}

export const actions: Actions = {
  send: async (event) => {
    requireUser(event);
    const body = textField(await event.request.formData(), 'body');
    const conversationId = event.params.id;
    const sent = await runMutation(
      event,
      (api) => api.request(SendSupportMessageDocument, { conversationId, body }),
      {
        fields: ['body'] as const,
        values: { body },
        form: 'send',
        fieldMessages: { body: { BAD_USER_INPUT: { key: 'support.error.body' } } },
        messages: { NOT_FOUND: { key: 'support.error.gone' } },
      },
    );
    if (!sent.ok) return sent.failure;
    // The newest page, at the new message.
    redirect(303, `/support/${conversationId}#message-${sent.data.sendSupportMessage.id}`);
  },
};
