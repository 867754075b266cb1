import { env } from '$env/dynamic/private';
import type { Cookies, RequestEvent } from '@sveltejs/kit';
import { isLocale, type Locale } from '$lib/i18n';

/** The web's own session cookie: it holds the API session token and nothing else. */
export const SESSION_COOKIE = 'sebaya_session';
export const LOCALE_COOKIE = 'sebaya_locale';

/** As long as the API keeps a session (SESSION_TTL_DAYS, 30 by default); a dead token is cleared sooner. */
const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
const LOCALE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

type CookieEvent = Pick<RequestEvent, 'cookies' | 'request' | 'url'>;

/**
 * Whether the browser talks to us over https, so that cookies get `Secure`.
 * adapter-node reports https for every request unless ORIGIN or
 * PROTOCOL_HEADER is set, so its URL alone cannot tell. The browser's Origin
 * header can (it comes with every form post, where the session cookie is
 * set). COOKIE_SECURE=1 or 0 overrides the guess.
 */
export function isSecureRequest({ request, url }: Pick<RequestEvent, 'request' | 'url'>): boolean {
  if (env.COOKIE_SECURE === '1' || env.COOKIE_SECURE === 'true') return true;
  if (env.COOKIE_SECURE === '0' || env.COOKIE_SECURE === 'false') return false;
  const origin = request.headers.get('origin');
  if (origin && origin !== 'null') return origin.startsWith('https:');
  if (env.ORIGIN || env.PROTOCOL_HEADER) return url.protocol === 'https:';
  return false;
}

export function readSessionToken(cookies: Cookies): string | null {
  const token = cookies.get(SESSION_COOKIE);
  return token && /^[\w-]{16,256}$/.test(token) ? token : null;
}

export function setSessionCookie(event: CookieEvent, token: string): void {
  event.cookies.set(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecureRequest(event),
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
}

export function clearSessionCookie(event: CookieEvent): void {
  event.cookies.delete(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecureRequest(event),
  });
}

export function readLocaleCookie(cookies: Cookies): Locale | null {
  const value = cookies.get(LOCALE_COOKIE);
  return isLocale(value) ? value : null;
}

export function setLocaleCookie(event: CookieEvent, locale: Locale): void {
  event.cookies.set(LOCALE_COOKIE, locale, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecureRequest(event),
    maxAge: LOCALE_MAX_AGE_SECONDS,
  });
}
