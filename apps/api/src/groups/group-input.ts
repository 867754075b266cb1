import { badInput } from '../platform/errors/domain-error.js';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function parseSlug(raw: string): string {
  const slug = raw.trim().toLowerCase();
  if (slug.length < 2 || slug.length > 40 || !SLUG.test(slug)) {
    throw badInput('slug', 'The address needs 2 to 40 lower-case letters, digits and single hyphens.');
  }
  return slug;
}

/** Trimmed text of a bounded length, for names and descriptions. */
export function parseText(field: string, raw: string, min: number, max: number): string {
  const text = raw.normalize('NFC').trim();
  const length = [...text].length;
  if (length < min || length > max) throw badInput(field, `This needs ${min} to ${max} characters.`);
  return text;
}
