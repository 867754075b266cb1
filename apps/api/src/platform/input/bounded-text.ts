import { badInput } from '../errors/domain-error.js';

/** Text input trimmed and NFC-normalised, with its length (in characters) checked; BAD_USER_INPUT on `field` otherwise. */
export function boundedText(field: string, raw: string, { min, max }: { min: number; max: number }): string {
  const text = raw.normalize('NFC').trim();
  const length = [...text].length;
  if (length < min)
    throw badInput(field, min === 1 ? 'This cannot be empty.' : `This needs at least ${min} characters.`);
  if (length > max) throw badInput(field, `This may have at most ${max} characters.`);
  return text;
}

/** Optional text: blank means none. */
export function optionalText(field: string, raw: string | null | undefined, max: number): string | null {
  return raw?.trim() ? boundedText(field, raw, { min: 1, max }) : null;
}
