import { getContext, setContext, untrack } from 'svelte';
import type { PostData } from '$lib/forum/posts';

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

/**
 * The browser side of /live: one EventSource per tab, opened by the root
 * layout while someone is signed in. The thread page asks for its new posts
 * with `watchThread`; the layout hears of new notifications. Without
 * JavaScript none of this runs and every page still works.
 */
export class LiveUpdates {
  /** True once the server says the subscriptions are open (tests wait for it). */
  ready = $state(false);
  /** The watched thread's id: changing it reconnects. */
  #threadId = $state<string | null>(null);
  #thread: WatchedThread | null = null;

  /** Starts sending the thread's new posts to `onPost`; returns the function that stops it. */
  watchThread(thread: WatchedThread): () => void {
    this.#thread = thread;
    this.#threadId = thread.id;
    return () => {
      if (this.#thread === thread) {
        this.#thread = null;
        this.#threadId = null;
      }
    };
  }

  /**
   * Opens the stream (call inside an effect: it reconnects when the watched
   * thread changes, and the returned function closes it).
   */
  connect(handlers: { onNotification: () => void; onReconnect: () => void }): () => void {
    // Read for the effect's dependencies.
    void this.#threadId;
    const thread = this.#thread;
    let query = '';
    if (thread) {
      // Not a dependency: new page data must not reconnect.
      const after = untrack(() => thread.after());
      query = `?thread=${encodeURIComponent(thread.id)}${after ? `&after=${encodeURIComponent(after)}` : ''}`;
    }
    const source = new EventSource(`/live${query}`);
    let readyBefore = false;

    source.addEventListener('ready', () => {
      this.ready = true;
      // After a lost connection: what happened meanwhile is in the data, not in events.
      if (readyBefore) handlers.onReconnect();
      readyBefore = true;
    });
    source.addEventListener('post', (event) => {
      const post = parse<PostData>(event);
      const current = this.#thread;
      if (post && current && current.id === thread?.id) current.onPost(post);
    });
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

function parse<T>(event: Event): T | null {
  try {
    return JSON.parse((event as MessageEvent<string>).data) as T;
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
