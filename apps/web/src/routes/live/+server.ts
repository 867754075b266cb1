import { cursorParam, isId } from '$lib/forum/posts';
import { isQueue } from '$lib/moderation/cases';
import { clientAddressOf } from '$lib/server/api';
import { readSessionToken } from '$lib/server/cookies';
import { liveEventStream } from '$lib/server/live';
import type { RequestHandler } from './$types';

/**
 * Server-Sent Events for the open page (see $lib/server/live.ts):
 * `/live` for the viewer's notifications, `/live?thread=<id>&after=<cursor>`
 * for those and the new posts of a thread, `/live?queue=<PROFESSIONAL|FACILITATOR>`
 * for those and the new cases of a moderation queue, `/live?conversation=<id>`
 * for those and the new messages of a support conversation. One stream per tab, so
 * that a few open tabs stay within the browser's connections per site.
 */
export const GET: RequestHandler = (event) => {
  const { locals, cookies, url, request } = event;
  const token = readSessionToken(cookies);
  if (!locals.user || !token) return plain(401, 'Sign in first.');

  const thread = url.searchParams.get('thread');
  if (thread !== null && !isId(thread)) return plain(400, 'No such thread.');
  const after = url.searchParams.get('after');
  if (after !== null && cursorParam(after) === null) return plain(400, 'Not a cursor.');
  const queue = url.searchParams.get('queue');
  if (queue !== null && !isQueue(queue)) return plain(400, 'No such queue.');
  const conversation = url.searchParams.get('conversation');
  if (conversation !== null && !isId(conversation)) return plain(400, 'No such conversation.');

  const stream = liveEventStream({
    token,
    api: locals.api,
    requestId: locals.requestId,
    // Undefined once the browser has gone away (it may reconnect at once): see clientAddressOf.
    clientAddress: clientAddressOf(event),
    locale: locals.locale,
    threadId: thread,
    after,
    queue,
    conversationId: conversation,
    signal: request.signal,
  });
  return new Response(stream, {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      // Tells nginx-like proxies not to hold events back.
      'x-accel-buffering': 'no',
    },
  });
};

function plain(status: number, message: string): Response {
  return new Response(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
