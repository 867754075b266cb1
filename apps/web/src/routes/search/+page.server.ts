import { error } from '@sveltejs/kit';
import { excerpt } from '$lib/forum/excerpt';
import { cursorParam, SEARCH_RESULTS_PER_PAGE } from '$lib/forum/posts';
import { SearchDocument } from '$lib/graphql/generated/graphql';
import type { Message } from '$lib/i18n';
import { ApiError } from '$lib/server/api';
import { rateLimitMessage } from '$lib/server/form-errors';
import { requireUser } from '$lib/server/session';
import type { PageServerLoad } from './$types';

/** The API refuses longer queries. */
const MAX_QUERY = 200;

export const load: PageServerLoad = async (event) => {
  requireUser(event);
  const { locals, url } = event;
  const query = (url.searchParams.get('q') ?? '').trim();
  const after = cursorParam(url.searchParams.get('after'));
  if (!query) return { query, after: null, results: null, error: null };
  if ([...query].length > MAX_QUERY) {
    return { query, after: null, results: null, error: { key: 'error.query.invalid' } as Message };
  }

  let search;
  try {
    ({ search } = await locals.api.request(SearchDocument, { query, first: SEARCH_RESULTS_PER_PAGE, after }));
  } catch (cause) {
    if (!(cause instanceof ApiError)) throw cause;
    if (cause.code === 'BAD_USER_INPUT' && cause.field === 'after') error(404, 'Not Found');
    if (cause.code === 'BAD_USER_INPUT')
      return { query, after, results: null, error: { key: 'error.query.invalid' } as Message };
    if (cause.code === 'RATE_LIMITED')
      return { query, after, results: null, error: rateLimitMessage(cause.retryAfterSeconds) };
    throw cause;
  }

  return {
    query,
    after,
    results: {
      nodes: search.nodes.map(({ bodyHtml, ...post }) => ({ ...post, excerpt: excerpt(bodyHtml) })),
      pageInfo: search.pageInfo,
    },
    error: null,
  };
};
