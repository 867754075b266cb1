import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import {
  CaseQueuedDocument,
  NotificationAddedDocument,
  PostAddedDocument,
  SupportMessageAddedDocument,
  ThreadDocument,
  type CaseQueuedSubscription,
  type PostAddedSubscription,
  type QueueKind,
  type SupportMessageAddedSubscription,
} from '$lib/graphql/generated/graphql';
import { POSTS_PER_PAGE, toPostData, type PostData } from '$lib/forum/posts';
import { ApiError, apiBaseUrl, type ApiClient } from './api';
import { logger } from './log';

/**
 * Live updates for one browser tab, as Server-Sent Events.
 *
 * The browser never holds the API token (it lives in the httpOnly session
 * cookie), so it cannot open the API's WebSocket itself. This server opens
 * it instead, with the viewer's token in the connection parameters (the only
 * place the API accepts it), and passes the events on:
 *
 * - `ready`: the subscriptions are open (and missed posts were sent);
 * - `post` (data: a post as the thread page shows it): a new post in the watched thread;
 * - `notification`: the viewer has a new notification (the page asks for the count);
 * - `case` (data: { id }): a case arrived in, was raised in or escalated to the watched queue;
 * - `message` (data: { id }): a new message in the watched support conversation;
 * - `end` (data: { reason }): the API refused for good (signed out, no access); do not reconnect.
 *
 * When the API connection drops, the stream ends without `end`, and the
 * browser's EventSource reconnects by itself.
 */
export interface LiveStreamOptions {
  token: string;
  api: ApiClient;
  requestId: string;
  /** Undefined when adapter-node no longer knows it (the browser went away meanwhile). */
  clientAddress: string | undefined;
  locale: string;
  /** The thread whose new posts to send, if any. */
  threadId: string | null;
  /** The moderation queue whose new cases to announce, if any. */
  queue: QueueKind | null;
  /** The support conversation whose new messages to announce, if any. */
  conversationId: string | null;
  /** The cursor of the newest post the page shows: posts after it are sent at once (catch-up). */
  after: string | null;
  /** Aborted when the browser goes away. */
  signal: AbortSignal;
}

/** Comment lines keep proxies and the browser from closing an idle stream. */
const KEEP_ALIVE_MS = 25_000;
/** How long the browser waits before reconnecting after the stream ends. */
const RECONNECT_MS = 5_000;
/**
 * graphql-ws does not acknowledge a subscription, so the catch-up query waits
 * a moment for the API to start listening first; a post written in between
 * arrives twice at worst (the page drops duplicates), not never.
 */
const SUBSCRIBE_SETTLE_MS = 250;

export function liveEventStream(options: LiveStreamOptions): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let client: Client | null = null;
  let keepAlive: ReturnType<typeof setInterval> | undefined;
  let settle: ReturnType<typeof setTimeout> | undefined;
  let finished = false;

  const cleanUp = () => {
    finished = true;
    clearInterval(keepAlive);
    clearTimeout(settle);
    options.signal.removeEventListener('abort', cleanUp);
    const closing = client;
    client = null;
    void closing?.dispose();
  };

  return new ReadableStream<Uint8Array>({
    start(controller) {
      const write = (text: string) => {
        if (finished) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanUp();
        }
      };
      const send = (event: string, data: unknown) =>
        write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      const finish = (reason?: string) => {
        if (finished) return;
        if (reason) send('end', { reason });
        cleanUp();
        try {
          controller.close();
        } catch {
          // Already closed by the browser going away.
        }
      };
      const onError = (error: unknown) => {
        // The API's answer (GraphQL errors, or a refused catch-up query) is final;
        // anything else is the connection, and the browser tries again.
        if (Array.isArray(error)) {
          const code = (error[0] as { extensions?: { code?: unknown } } | undefined)?.extensions?.code;
          finish(typeof code === 'string' ? code : 'ERROR');
        } else if (
          error instanceof ApiError &&
          error.code !== 'UNAVAILABLE' &&
          error.code !== 'INTERNAL_SERVER_ERROR'
        ) {
          finish(error.code);
        } else {
          logger.warn('live connection to the API lost', {
            requestId: options.requestId,
            error: String(error),
          });
          finish();
        }
      };

      options.signal.addEventListener('abort', cleanUp);
      write(`retry: ${RECONNECT_MS}\n\n`);
      keepAlive = setInterval(() => write(': keep-alive\n\n'), KEEP_ALIVE_MS);

      client = createClient({
        url: `${apiBaseUrl().replace(/^http/, 'ws')}/graphql`,
        webSocketImpl: webSocketWithHeaders({
          'x-request-id': options.requestId,
          // `ws` refuses an undefined header value (and the process would crash).
          ...(options.clientAddress ? { 'x-forwarded-for': options.clientAddress } : {}),
          'accept-language': options.locale,
        }),
        connectionParams: { authorization: `Bearer ${options.token}` },
        retryAttempts: 0,
        keepAlive: 20_000,
        on: {
          connected: () => {
            settle = setTimeout(() => {
              catchUp(options, (post) => send('post', post))
                .then(() => send('ready', {}))
                .catch(onError);
            }, SUBSCRIBE_SETTLE_MS);
          },
          closed: () => finish(),
        },
      });

      client.subscribe(
        { query: NotificationAddedDocument.toString() },
        { next: () => send('notification', {}), error: onError, complete: () => finish() },
      );
      if (options.threadId) {
        client.subscribe<PostAddedSubscription>(
          { query: PostAddedDocument.toString(), variables: { threadId: options.threadId } },
          {
            next: (result) => {
              if (result.data) send('post', toPostData(result.data.postAdded));
            },
            error: onError,
            complete: () => finish(),
          },
        );
      }
      if (options.queue) {
        client.subscribe<CaseQueuedSubscription>(
          { query: CaseQueuedDocument.toString(), variables: { queue: options.queue } },
          {
            next: (result) => {
              if (result.data) send('case', { id: result.data.caseQueued.id });
            },
            error: onError,
            complete: () => finish(),
          },
        );
      }
      if (options.conversationId) {
        client.subscribe<SupportMessageAddedSubscription>(
          {
            query: SupportMessageAddedDocument.toString(),
            variables: { conversationId: options.conversationId },
          },
          {
            next: (result) => {
              if (result.data) send('message', { id: result.data.supportMessageAdded.id });
            },
            error: onError,
            complete: () => finish(),
          },
        );
      }
    },
    cancel() {
      cleanUp();
    },
  });
}

/** Sends the posts written after the page's newest one, before the subscription took over. */
async function catchUp(options: LiveStreamOptions, send: (post: PostData) => void): Promise<void> {
  if (!options.threadId || !options.after) return;
  const { thread } = await options.api.request(ThreadDocument, {
    id: options.threadId,
    first: POSTS_PER_PAGE,
    after: options.after,
  });
  for (const post of thread?.posts.nodes ?? []) send(toPostData(post));
}

/** `ws` with extra handshake headers, so the API logs the request id and sees the real client. */
function webSocketWithHeaders(headers: Record<string, string>) {
  return class extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  };
}
