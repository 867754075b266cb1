import type { Locale } from '../../accounts/user.entity.js';

/** The first language of an Accept-Language header when it is one Sebaya speaks. */
export function localeFromAcceptLanguage(header: string | undefined): Locale | undefined {
  const first = header?.split(',')[0]?.trim().toLowerCase();
  if (first?.startsWith('en')) return 'en';
  if (first?.startsWith('id')) return 'id';
  return undefined;
}
