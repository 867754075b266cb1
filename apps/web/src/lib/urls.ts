/**
 * The URL of a form action that keeps the page's query (`?after=…&/reply`),
 * so that the page rendered after a failed post is the same page.
 */
export function actionUrl(url: URL, action: string, omit: readonly string[] = []): string {
  const params = pageParams(url, omit);
  const query = params.toString();
  return `?${query ? `${query}&` : ''}/${action}`;
}

/**
 * The page's own address without a form action's `/name` parameter (nor the
 * parameters in `omit`, such as a one-time message's), plus an optional #fragment.
 */
export function pageUrl(url: URL, fragment?: string, omit: readonly string[] = []): string {
  const query = pageParams(url, omit).toString();
  return `${url.pathname}${query ? `?${query}` : ''}${fragment ? `#${fragment}` : ''}`;
}

function pageParams(url: URL, omit: readonly string[]): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of url.searchParams) {
    if (!key.startsWith('/') && !omit.includes(key)) params.append(key, value);
  }
  return params;
}
