/**
 * The URL of a form action that keeps the page's query (`?after=…&/reply`),
 * so that the page rendered after a failed post is the same page.
 */
export function actionUrl(url: URL, action: string): string {
  const params = pageParams(url);
  const query = params.toString();
  return `?${query ? `${query}&` : ''}/${action}`;
}

/** The page's own address without a form action's `/name` parameter, plus an optional #fragment. */
export function pageUrl(url: URL, fragment?: string): string {
  const query = pageParams(url).toString();
  return `${url.pathname}${query ? `?${query}` : ''}${fragment ? `#${fragment}` : ''}`;
}

function pageParams(url: URL): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of url.searchParams) {
    if (!key.startsWith('/')) params.append(key, value);
  }
  return params;
}
