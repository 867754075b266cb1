const PLACEHOLDER_ORIGIN = 'http://sebaya.invalid';

/**
 * `next` as a path on this site, or `fallback`. Only a relative path that
 * stays on this origin is accepted: no scheme, no `//host`, no backslashes
 * (which browsers read as slashes) and no control characters (which they drop).
 */
export function safeNext(raw: unknown, fallback = '/'): string {
  if (typeof raw !== 'string' || !raw.startsWith('/') || raw.startsWith('//')) return fallback;
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f\u007f]/.test(raw)) return fallback;
  try {
    const url = new URL(raw, PLACEHOLDER_ORIGIN);
    if (url.origin !== PLACEHOLDER_ORIGIN) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}

/** The login page, asking to come back to `url` afterwards. */
export function loginUrl(url: URL): string {
  const next = `${url.pathname}${url.search}`;
  return next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`;
}
