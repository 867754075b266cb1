import { redirect, type RequestEvent } from '@sveltejs/kit';
import { isLocale } from '$lib/i18n';
import { setLocaleCookie, setSessionCookie } from './cookies';
import { safeNext } from './redirects';

/**
 * The load of /login and /register: someone already signed in goes on to
 * `?next=` (or home); the page gets `next` for its form and links.
 */
export function signedOutPage({ locals, url }: Pick<RequestEvent, 'locals' | 'url'>): { next: string } {
  const next = safeNext(url.searchParams.get('next'), '');
  if (locals.user) redirect(303, next || '/');
  return { next };
}

/**
 * After logging in or registering: keeps the API's session token in its
 * cookie, switches to the account's language and goes on to the form's `next`
 * (a path on this site, else home).
 */
export function startSession(
  event: Pick<RequestEvent, 'cookies' | 'request' | 'url'>,
  session: { token: string; user: { locale: string } },
  next: string,
): never {
  setSessionCookie(event, session.token);
  // The account's language wins over the one chosen before logging in.
  if (isLocale(session.user.locale)) setLocaleCookie(event, session.user.locale);
  redirect(303, safeNext(next));
}
