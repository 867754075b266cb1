import type { RequestEvent } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import type { TypedDocumentString } from '$lib/graphql/generated/graphql';

/** The codes of the API's error contract, plus two for failures of the call itself. */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  /** The API answered with an error it did not classify (a bug on its side). */
  | 'INTERNAL_SERVER_ERROR'
  /** The API could not be reached or did not answer with GraphQL. */
  | 'UNAVAILABLE';

const CONTRACT_CODES: ReadonlySet<string> = new Set<ApiErrorCode>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
]);

/** A GraphQL error from the API, or a failure to reach it. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly code: ApiErrorCode,
    message: string,
    /** The input field at fault (BAD_USER_INPUT, CONFLICT). */
    readonly field?: string,
    /** How long to wait before trying again (RATE_LIMITED). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

export interface ApiCaller {
  /** The viewer's session token, if signed in. */
  token: string | null;
  /**
   * The browser's address, forwarded so the API can rate-limit per real client
   * (undefined when the connection is gone already: see clientAddressOf).
   */
  clientAddress: string | undefined;
  requestId: string;
  /** The interface language, sent as Accept-Language so that the API answers in it (read per call). */
  locale?: () => string | undefined;
}

export interface ApiClient {
  request<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    ...variables: VariablesArg<TVariables>
  ): Promise<TResult>;
}

/** Operations without variables take none; the others require theirs. */
type VariablesArg<TVariables> = [keyof TVariables] extends [never]
  ? []
  : { [key: string]: never } extends TVariables
    ? [variables?: TVariables]
    : [variables: TVariables];

const REQUEST_TIMEOUT_MS = 10_000;

/**
 * The browser's address, or undefined when it cannot be known: adapter-node
 * answers undefined once the browser has closed the connection (a live stream
 * that reconnects, say) and throws when ADDRESS_HEADER names a header the
 * request lacks. Either way the call goes on without X-Forwarded-For.
 */
export function clientAddressOf(event: Pick<RequestEvent, 'getClientAddress'>): string | undefined {
  try {
    const address: unknown = event.getClientAddress();
    return typeof address === 'string' && address.length > 0 ? address : undefined;
  } catch {
    return undefined;
  }
}

export function apiBaseUrl(): string {
  return (env.API_URL || 'http://127.0.0.1:4000').replace(/\/+$/, '');
}

/**
 * A GraphQL client for one browser request. Server-only: the session token
 * never reaches the browser's JavaScript.
 */
export function createApiClient(caller: ApiCaller, fetcher: typeof fetch = fetch): ApiClient {
  return {
    async request(document, ...[variables]) {
      const headers: Record<string, string> = {
        // A JSON body also satisfies Apollo's CSRF prevention.
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        'x-request-id': caller.requestId,
      };
      if (caller.clientAddress) headers['x-forwarded-for'] = caller.clientAddress;
      if (caller.token) headers.authorization = `Bearer ${caller.token}`;
      const locale = caller.locale?.();
      if (locale) headers['accept-language'] = locale;

      let response: Response;
      try {
        response = await fetcher(`${apiBaseUrl()}/graphql`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
          redirect: 'error',
        });
      } catch (cause) {
        throw new ApiError('UNAVAILABLE', `The API could not be reached: ${describe(cause)}`);
      }

      let body: GraphQLResponse;
      try {
        body = (await response.json()) as GraphQLResponse;
      } catch {
        throw new ApiError('UNAVAILABLE', `The API answered ${response.status} without GraphQL`);
      }

      const [error] = body.errors ?? [];
      if (error) throw toApiError(error);
      if (!body.data) throw new ApiError('UNAVAILABLE', `The API answered ${response.status} without data`);
      return body.data as never;
    },
  };
}

interface GraphQLResponse {
  data?: unknown;
  errors?: GraphQLErrorShape[];
}

interface GraphQLErrorShape {
  message?: unknown;
  extensions?: { code?: unknown; field?: unknown; retryAfterSeconds?: unknown };
}

function toApiError(error: GraphQLErrorShape): ApiError {
  const { code, field, retryAfterSeconds } = error.extensions ?? {};
  const message = typeof error.message === 'string' ? error.message : 'GraphQL error';
  return new ApiError(
    typeof code === 'string' && CONTRACT_CODES.has(code) ? (code as ApiErrorCode) : 'INTERNAL_SERVER_ERROR',
    message,
    typeof field === 'string' ? field : undefined,
    typeof retryAfterSeconds === 'number' ? retryAfterSeconds : undefined,
  );
}

function describe(cause: unknown): string {
  if (cause instanceof Error) {
    const inner = (cause as Error & { cause?: unknown }).cause;
    return inner instanceof Error ? `${cause.message} (${inner.message})` : cause.message;
  }
  return String(cause);
}
