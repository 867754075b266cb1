import { getContext, setContext, untrack } from 'svelte';
import { invalidate, invalidateAll } from '$app/navigation';
import { navigating } from '$app/state';
import type { PostData } from '$lib/forum/posts';

/**
 * What a page watches besides the viewer's notifications (one thing at a
 * time): a thread's new posts, a moderation queue's new cases, a support
 * conversation's new messages.
 */
interface Watch {
  /** What is watched, as /live's query (`thread=…`, `queue=…`): a different one reconnects. */
  topic: string;
  /** More of the query, read when (re)connecting but not a reason to reconnect (`after=…`). */
  extra?: () => string | null;
  /** The page's handlers of the stream's events, by event name. */
  on: Record<string, (data: unknown) => void>;
}

interface WatchedThread {
  id: string;
  /**
   * The cursor of the newest post on the page when it shows the newest posts
   * (else null): posts after it are sent on (re)connecting. Read then, so that
   * new data does not reconnect.
   */
  after: () => string | null;
  onPost: (post: PostData) => void;
}

/** The events a page may handle (the others are the layout's). */
const PAGE_EVENTS = ['post', 'case', 'message'] as const;

/**
 * The browser side of /live: one EventSource per tab, opened by the root
 * layout while someone is signed in. A page asks for more with `watch…`
 * (the thread page for its new posts, the queue page for its new cases); the
 * layout hears of new notifications. Without JavaScript none of this runs
 * and every page still works.
 */
export class LiveUpdates {
  /** True once the server says the subscriptions are open (tests wait for it). */
  ready = $state(false);
  /** The watched topic: changing it reconnects. */
  #topic = $state<string | null>(null);
  #watch: Watch | null = null;

  /** Starts sending the thread's new posts to `onPost`; returns the function that stops it. */
  watchThread(thread: WatchedThread): () => void {
    return this.watch({
      topic: `thread=${encodeURIComponent(thread.id)}`,
      extra: () => {
        const after = thread.after();
        return after ? `after=${encodeURIComponent(after)}` : null;
      },
      on: { post: (data) => thread.onPost(data as PostData) },
    });
  }

  /** Tells `onCase` of each case that arrives in (or is raised or escalated to) the queue. */
  watchQueue(queue: string, onCase: (caseId: string) => void): () => void {
    return this.watch({
      topic: `queue=${encodeURIComponent(queue)}`,
      on: { case: (data) => onCase((data as { id: string }).id) },
    });
  }

  /** Tells `onMessage` of each new message in the support conversation. */
  watchConversation(conversationId: string, onMessage: (messageId: string) => void): () => void {
    return this.watch({
      topic: `conversation=${encodeURIComponent(conversationId)}`,
      on: { message: (data) => onMessage((data as { id: string }).id) },
    });
  }

  watch(watch: Watch): () => void {
    this.#watch = watch;
    this.#topic = watch.topic;
    return () => {
      if (this.#watch === watch) {
        this.#watch = null;
        this.#topic = null;
      }
    };
  }

  /**
   * Opens the stream (call inside an effect: it reconnects when the watched
   * topic changes, and the returned function closes it).
   */
  connect(handlers: { onNotification: () => void; onReconnect: () => void }): () => void {
    // Read for the effect's dependencies.
    const topic = this.#topic;
    const watch = this.#watch;
    let query = '';
    if (topic && watch) {
      // Not a dependency: new page data must not reconnect.
      const extra = untrack(() => watch.extra?.());
      query = `?${topic}${extra ? `&${extra}` : ''}`;
    }
    const source = new EventSource(`/live${query}`);
    let readyBefore = false;

    source.addEventListener('ready', () => {
      this.ready = true;
      // After a lost connection: what happened meanwhile is in the data, not in events.
      if (readyBefore) handlers.onReconnect();
      readyBefore = true;
    });
    for (const name of PAGE_EVENTS) {
      source.addEventListener(name, (event) => {
        const data = parse(event);
        const current = this.#watch;
        // Only for what this stream was opened for (a late event of the previous page is dropped).
        if (data !== null && current && current.topic === topic) current.on[name]?.(data);
      });
    }
    source.addEventListener('notification', () => handlers.onNotification());
    source.addEventListener('end', () => {
      // Signed out or no longer allowed: reconnecting would not help.
      source.close();
      this.ready = false;
    });
    source.addEventListener('error', () => {
      this.ready = false;
    });

    return () => {
      source.close();
      this.ready = false;
    };
  }
}

function parse(event: Event): unknown {
  try {
    return JSON.parse((event as MessageEvent<string>).data) as unknown;
  } catch {
    return null;
  }
}

const CONTEXT_KEY = Symbol('live');

export function setLiveUpdates(live: LiveUpdates): LiveUpdates {
  return setContext(CONTEXT_KEY, live);
}

export function getLiveUpdates(): LiveUpdates {
  const live = getContext<LiveUpdates | undefined>(CONTEXT_KEY);
  if (!live) throw new Error('getLiveUpdates() called outside the root layout');
  return live;
}

/**
 * Reloads the data that depends on `dependency` (all of it without one) after
 * a live event, unless a navigation is under way: SvelteKit drops a
 * navigation when an invalidation starts during it (the reader's click on a
 * case would be lost), and the page navigated to loads its own data anyway.
 */
export function refresh(dependency?: `app:${string}`): Promise<void> {
  if (navigating.to) return Promise.resolve();
  return dependency ? invalidate(dependency) : invalidateAll();
}
