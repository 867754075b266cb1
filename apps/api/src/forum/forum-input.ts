import { badInput } from '../platform/errors/domain-error.js';

const TITLE = { min: 3, max: 150 };
const BODY = { min: 1, max: 20_000 };
const CONTENT_WARNING_MAX = 200;

function bounded(field: string, raw: string, { min, max }: { min: number; max: number }): string {
  const text = raw.normalize('NFC').trim();
  const length = [...text].length;
  if (length < min)
    throw badInput(field, min === 1 ? 'This cannot be empty.' : `This needs at least ${min} characters.`);
  if (length > max) throw badInput(field, `This may have at most ${max} characters.`);
  return text;
}

export const parseTitle = (raw: string) => bounded('title', raw, TITLE).replace(/\s+/g, ' ');

export const parseBody = (raw: string) => bounded('body', raw, BODY);

/** An empty warning means none. */
export function parseContentWarning(raw: string | null | undefined): string | null {
  const warning = raw?.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!warning) return null;
  if ([...warning].length > CONTENT_WARNING_MAX) {
    throw badInput('contentWarning', `A content warning may have at most ${CONTENT_WARNING_MAX} characters.`);
  }
  return warning;
}
