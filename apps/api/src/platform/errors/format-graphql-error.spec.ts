import { GraphQLError } from 'graphql';
import { conflict } from './domain-error.js';
import { createErrorFormatter } from './format-graphql-error.js';

describe('the GraphQL error formatter', () => {
  const logged: unknown[] = [];
  const production = createErrorFormatter({ exposeInternals: false, onInternalError: (e) => logged.push(e) });
  const development = createErrorFormatter({ exposeInternals: true, onInternalError: () => undefined });

  const asResolverError = (original: Error) =>
    new GraphQLError(original.message, { originalError: original, path: ['field'] });

  it('keeps the code, message and field of a domain error', () => {
    const error = asResolverError(conflict('Taken.', 'email'));
    expect(production({ message: error.message, path: ['field'] }, error)).toEqual({
      message: 'Taken.',
      path: ['field'],
      locations: undefined,
      extensions: { code: 'CONFLICT', field: 'email' },
    });
  });

  it('hides the message and stack of an unexpected error in production, and logs it', () => {
    const bug = new TypeError('secret detail at users.password_hash');
    const error = asResolverError(bug);
    const formatted = production(
      { message: bug.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } },
      error,
    );
    expect(formatted).toEqual({
      message: 'Internal server error.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
      locations: undefined,
      path: undefined,
    });
    expect(logged).toContain(bug);
  });

  it('shows the stack of an unexpected error in development', () => {
    const error = asResolverError(new Error('boom'));
    const formatted = development(
      { message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } },
      error,
    );
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] });
  });

  it('turns validation failures into BAD_USER_INPUT', () => {
    const error = new GraphQLError('Cannot query field "x"');
    const formatted = production(
      { message: error.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
      error,
    );
    expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });
});
