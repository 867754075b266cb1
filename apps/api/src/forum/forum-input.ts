import { badInput } from '../platform/errors/domain-error.js';
import { boundedText } from '../platform/input/bounded-text.js';

const TITLE = { min: 3, max: 150 };
const BODY = { min: 1, max: 20_000 };
const CONTENT_WARNING_MAX = 200;

export const parseTitle = (raw: string) => boundedText('title', raw, TITLE).replace(/\s+/g, ' ');

export const parseBody = (raw: string) => boundedText('body', raw, BODY);

/** An empty warning means none. */
export function parseContentWarning(raw: string | null | undefined): string | null {
  const warning = raw?.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!warning) return null;
  if ([...warning].length > CONTENT_WARNING_MAX) {
    throw badInput('contentWarning', `A content warning may have at most ${CONTENT_WARNING_MAX} characters.`);
  }
  return warning;
}
