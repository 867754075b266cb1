import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { TestApp } from './test-app.js';

export interface LiveSubscription<T> {
  /** Resolves with the next event, or rejects after `ms` without one. */
  next(ms?: number): Promise<T>;
  /** Resolves true when no event arrives within `ms`. */
  quietFor(ms: number): Promise<boolean>;
  errors: unknown[];
  close(): Promise<void>;
}

/** A graphql-ws subscription against the test API, as a real client makes it. */
export async function subscribe<T = any>(
  api: TestApp,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<LiveSubscription<T>> {
  const client: Client = createClient({
    url: api.url.replace(/^http/, 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
  });
  const events: T[] = [];
  const errors: unknown[] = [];
  let wake: (() => void) | undefined;
  let subscribed: () => void;
  const ready = new Promise<void>((resolve) => (subscribed = resolve));
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (result) => {
        if (result.errors) errors.push(...result.errors);
        if (result.data) events.push(result.data as T);
        wake?.();
      },
      error: (error) => {
        errors.push(...(Array.isArray(error) ? error : [error]));
        wake?.();
      },
      complete: () => wake?.(),
    },
  );
  // The server answers nothing on subscribe; wait until the connection is acknowledged.
  client.on('connected', () => subscribed());
  await ready;
  await new Promise((resolve) => setTimeout(resolve, 100));

  const waitFor = (ms: number) =>
    new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), ms);
      wake = () => {
        clearTimeout(timer);
        resolve(true);
      };
    });

  return {
    errors,
    async next(ms = 5_000) {
      if (events.length === 0 && !(await waitFor(ms))) throw new Error(`no event within ${ms} ms`);
      if (events.length === 0) throw new Error(`subscription ended: ${JSON.stringify(errors)}`);
      return events.shift()!;
    },
    async quietFor(ms) {
      if (events.length > 0) return false;
      await waitFor(ms);
      return events.length === 0;
    },
    async close() {
      dispose();
      await client.dispose();
    },
  };
}
