import type { ChildProcess } from 'node:child_process';

/** What global-setup started, for global-teardown (both run in the Playwright runner process). */
export interface E2eStack {
  databaseName: string;
  adminDatabaseUrl: string;
  redisUrl: string;
  redisPrefix: string;
  processes: { name: string; child: ChildProcess }[];
}

const KEY = Symbol.for('sebaya.e2e.stack');

export function rememberStack(stack: E2eStack): void {
  (globalThis as Record<symbol, unknown>)[KEY] = stack;
}

export function takeStack(): E2eStack | undefined {
  const stack = (globalThis as Record<symbol, unknown>)[KEY] as E2eStack | undefined;
  delete (globalThis as Record<symbol, unknown>)[KEY];
  return stack;
}

/** The web's address, set by global-setup for the test workers. */
export const WEB_URL_ENV = 'SEBAYA_E2E_WEB_URL';
export const API_URL_ENV = 'SEBAYA_E2E_API_URL';

/**
 * The coordinator account the test API creates at start (SEBAYA_ADMIN_EMAIL /
 * SEBAYA_ADMIN_PASSWORD): tests use it to make members-only groups and facilitators.
 */
export const E2E_ADMIN = {
  email: 'coordinator@example.test',
  password: 'coordinator password for e2e',
} as const;
