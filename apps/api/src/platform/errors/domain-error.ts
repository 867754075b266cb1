/** The error codes of the GraphQL contract, carried in `extensions.code`. */
export type ErrorCode =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED';

/**
 * An expected failure of a use case. Services throw these; the GraphQL error
 * formatter turns them into errors with `extensions.code` (and `field` where
 * one input field is at fault).
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { field?: string; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const unauthenticated = (message = 'You need to log in first.') =>
  new DomainError('UNAUTHENTICATED', message);

export const forbidden = (message = 'You are not allowed to do this.') =>
  new DomainError('FORBIDDEN', message);

export const badInput = (field: string, message: string) =>
  new DomainError('BAD_USER_INPUT', message, { field });

export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what} not found.`);

export const conflict = (message: string, field?: string) => new DomainError('CONFLICT', message, { field });

export const rateLimited = (retryAfterSeconds: number) =>
  new DomainError('RATE_LIMITED', `Too many attempts. Try again in ${retryAfterSeconds} seconds.`, {
    retryAfterSeconds,
  });
