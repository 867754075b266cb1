import { redirect, type RequestEvent } from '@sveltejs/kit';
import { pageUrl } from '$lib/urls';
import { ApiError } from './api';
import { clearSessionCookie } from './cookies';
import { loginUrl } from './redirects';

/** Sends a visitor who is not signed in to the login page, to come back here afterwards. */
export function requireUser(event: Pick<RequestEvent, 'locals' | 'url'>): NonNullable<App.Locals['user']> {
  if (!event.locals.user) redirect(303, loginUrl(event.url));
  return event.locals.user;
}

/**
 * When an API call failed because the session ended meanwhile (expired, or
 * revoked on another device), forgets the cookie and goes to the login page.
 * Any other error is left to the caller.
 */
export function redirectIfSignedOut(
  error: unknown,
  event: Pick<RequestEvent, 'cookies' | 'request' | 'url'>,
): void {
  if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') {
    clearSessionCookie(event);
    // Back to the page the form was on, not to the action.
    redirect(303, loginUrl(new URL(pageUrl(event.url), event.url)));
  }
}
