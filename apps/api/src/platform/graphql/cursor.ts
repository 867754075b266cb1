import { badInput } from '../errors/domain-error.js';

/**
 * Opaque keyset cursors: the sort key of the last row seen, encoded. They
 * hold only ordering values (times, flags, ids), never who wrote anything.
 */
export function encodeCursor(key: readonly (string | boolean | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor<T extends readonly unknown[]>(
  cursor: string,
  isValid: (key: unknown[]) => key is T extends unknown[] ? T : never,
): T {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badInput('after', 'This cursor is not valid.');
  }
  if (!Array.isArray(key) || !isValid(key)) throw badInput('after', 'This cursor is not valid.');
  return key as T;
}

/** Page size from `first`: 1 to max. */
export function pageSize(first: number | null | undefined, fallback: number, max: number): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > max) {
    throw badInput('first', `Ask for 1 to ${max} items at a time.`);
  }
  return size;
}
