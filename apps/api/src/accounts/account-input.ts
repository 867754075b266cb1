import { badInput } from '../platform/errors/domain-error.js';
import { LOCALES, type Locale } from './user.entity.js';

export const PASSWORD_MIN_LENGTH = 10;
const PASSWORD_MAX_LENGTH = 1024;
const DISPLAY_NAME_MIN_LENGTH = 2;
const DISPLAY_NAME_MAX_LENGTH = 40;
const EMAIL_MAX_LENGTH = 254;

/** Trimmed, NFC and lower case: the form in which emails are stored and compared. */
export function normaliseEmail(raw: string): string {
  return raw.trim().normalize('NFC').toLowerCase();
}

export function parseEmail(raw: string): string {
  const email = normaliseEmail(raw);
  if (email.length > EMAIL_MAX_LENGTH || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    throw badInput('email', 'Enter a valid email address.');
  }
  return email;
}

export function parsePassword(raw: string): string {
  if (raw.length < PASSWORD_MIN_LENGTH) {
    throw badInput('password', `The password needs at least ${PASSWORD_MIN_LENGTH} characters.`);
  }
  if (raw.length > PASSWORD_MAX_LENGTH) {
    throw badInput('password', `The password may have at most ${PASSWORD_MAX_LENGTH} characters.`);
  }
  return raw;
}

export function parseDisplayName(raw: string): string {
  const name = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) {
    throw badInput('displayName', 'The display name may not contain control characters.');
  }
  const length = [...name].length;
  if (length < DISPLAY_NAME_MIN_LENGTH || length > DISPLAY_NAME_MAX_LENGTH) {
    throw badInput(
      'displayName',
      `The display name needs ${DISPLAY_NAME_MIN_LENGTH} to ${DISPLAY_NAME_MAX_LENGTH} characters.`,
    );
  }
  return name;
}

export function parseLocale(raw: string): Locale {
  if (!(LOCALES as readonly string[]).includes(raw)) {
    throw badInput('locale', `The language must be one of: ${LOCALES.join(', ')}.`);
  }
  return raw as Locale;
}
