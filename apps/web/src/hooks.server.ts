import type { Handle, HandleServerError, RequestEvent } from '@sveltejs/kit';
import { MeDocument } from '$lib/graphql/generated/graphql';
import { DEFAULT_LOCALE, isLocale } from '$lib/i18n';
import { clientAddressOf, createApiClient } from '$lib/server/api';
import { clearSessionCookie, readLocaleCookie, readSessionToken, setLocaleCookie } from '$lib/server/cookies';
import { logger } from '$lib/server/log';

/** Sent with every response. The Content-Security-Policy of pages comes from `kit.csp` (svelte.config.js). */
const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  // `same-origin` rather than `no-referrer`: with no-referrer, browsers send
  // `Origin: null` on form posts, and the cross-site check below needs it.
  // Other sites (the safety resources' pages, say) learn nothing.
  'referrer-policy': 'same-origin',
  'permissions-policy':
    'accelerometer=(), browsing-topics=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/** For responses that are not pages (redirects, data, errors): nothing may load from them. */
const NON_PAGE_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const handle: Handle = async ({ event, resolve }) => {
  event.locals.requestId = requestIdFrom(event.request.headers);

  if (isCrossSiteWrite(event)) {
    return secure(
      new Response('Cross-site form submissions are forbidden', {
        status: 403,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
      }),
      event,
    );
  }

  await readSession(event);

  const response = await resolve(event, {
    // Read at render time: an action (the account form) may have changed the language.
    transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale),
  });
  return secure(response, event);
};

export const handleError: HandleServerError = ({ error, event, status }) => {
  const requestId = event.locals.requestId ?? crypto.randomUUID();
  if (status !== 404) {
    logger.error('unhandled error', {
      requestId,
      status,
      method: event.request.method,
      path: event.url.pathname,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }
  return { message: status === 404 ? 'Not Found' : 'Internal Error', requestId };
};

/**
 * Fills `locals.user`, `locals.api` and `locals.locale`, asking the API
 * about the session token once per request.
 */
async function readSession(event: RequestEvent): Promise<void> {
  const { locals, cookies } = event;
  const caller = {
    clientAddress: clientAddressOf(event),
    requestId: locals.requestId,
    // Unknown while asking `me`; known for every call after it.
    locale: () => locals.locale as string | undefined,
  };
  const token = readSessionToken(cookies);
  locals.user = null;
  locals.api = createApiClient({ ...caller, token });

  if (token) {
    try {
      const { me } = await locals.api.request(MeDocument);
      if (me) {
        locals.user = me;
      } else {
        // Expired or revoked: forget it.
        clearSessionCookie(event);
        locals.api = createApiClient({ ...caller, token: null });
      }
    } catch (error) {
      // The API is down or failing. The session may well be alive, so keep
      // the cookie; this request goes on as signed out.
      logger.warn('could not read the session', { requestId: locals.requestId, error: String(error) });
    }
  }

  const accountLocale = locals.user && isLocale(locals.user.locale) ? locals.user.locale : null;
  const cookieLocale = readLocaleCookie(cookies);
  locals.locale = accountLocale ?? cookieLocale ?? DEFAULT_LOCALE;
  // Keep the language after logging out, on this device.
  if (accountLocale && accountLocale !== cookieLocale) setLocaleCookie(event, accountLocale);
}

/**
 * A state-changing request that another site made the browser send. Browsers
 * say so in Sec-Fetch-Site; older ones send Origin, which must name this host.
 * (Used instead of SvelteKit's own check, which compares full origins and so
 * needs ORIGIN to be configured when served over plain http.)
 */
function isCrossSiteWrite({ request, url }: RequestEvent): boolean {
  if (SAFE_METHODS.has(request.method)) return false;
  const site = request.headers.get('sec-fetch-site');
  if (site) return site !== 'same-origin';
  const origin = request.headers.get('origin');
  if (!origin || origin === 'null') return true;
  try {
    return new URL(origin).host !== url.host;
  } catch {
    return true;
  }
}

function requestIdFrom(headers: Headers): string {
  const incoming = headers.get('x-request-id');
  return incoming && /^[\w.:-]{8,128}$/.test(incoming) ? incoming : crypto.randomUUID();
}

function secure(response: Response, event: RequestEvent): Response {
  let target = response;
  try {
    applySecurityHeaders(target.headers, event);
  } catch {
    // Some responses (e.g. from fetch) have immutable headers: copy them.
    target = new Response(response.body, response);
    applySecurityHeaders(target.headers, event);
  }
  return target;
}

function applySecurityHeaders(headers: Headers, event: RequestEvent): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    if (!headers.has(name)) headers.set(name, value);
  }
  if (!headers.has('content-security-policy')) headers.set('content-security-policy', NON_PAGE_CSP);
  // Pages may show who is signed in: never keep them in a shared cache or on a shared device.
  if (!headers.has('cache-control')) headers.set('cache-control', 'private, no-store');
  headers.set('x-request-id', event.locals.requestId);
}
