import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError, type ErrorCode } from './domain-error.js';

/** Apollo's own codes for a request that never reached a resolver: all the client's fault. */
const CLIENT_FAULT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

export interface ErrorFormatterOptions {
  /** Keep stack traces and internal messages (never in production). */
  exposeInternals: boolean;
  onInternalError: (error: unknown) => void;
}

/**
 * The one place where errors become GraphQL errors. Domain errors keep their
 * code and message; request errors become BAD_USER_INPUT; anything else is a
 * bug, logged in full and shown as a generic INTERNAL_SERVER_ERROR.
 */
export function createErrorFormatter(options: ErrorFormatterOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = innermost(error);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

    if (original instanceof DomainError) {
      return {
        ...base,
        message: original.message,
        extensions: { code: original.code, ...original.details },
      };
    }

    const apolloCode = formatted.extensions?.code;
    // A GraphQLError raised by graphql-js itself (parsing, validation, variable coercion) wraps no
    // other error; over the WebSocket it arrives without Apollo's code.
    const fromGraphqlItself =
      error instanceof GraphQLError && !error.originalError && apolloCode === undefined;
    if ((typeof apolloCode === 'string' && CLIENT_FAULT_CODES.has(apolloCode)) || fromGraphqlItself) {
      return { ...base, extensions: { code: 'BAD_USER_INPUT' satisfies ErrorCode } };
    }

    options.onInternalError(original);
    return {
      ...base,
      message: options.exposeInternals ? formatted.message : 'Internal server error.',
      extensions: {
        code: 'INTERNAL_SERVER_ERROR',
        ...(options.exposeInternals ? { stacktrace: formatted.extensions?.stacktrace } : {}),
      },
    };
  };
}

/** The error a resolver threw, however many GraphQLErrors wrap it (subscriptions add layers). */
function innermost(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return current;
}
