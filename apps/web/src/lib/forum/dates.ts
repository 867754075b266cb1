import type { Locale } from '$lib/i18n';

/**
 * Dates are shown in Western Indonesian Time on the server and in the
 * browser alike, so that the rendered page and the hydrated one agree.
 */
const TIME_ZONE = 'Asia/Jakarta';

const formats = new Map<Locale, Intl.DateTimeFormat>();

export function formatDateTime(locale: Locale, iso: string): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: TIME_ZONE,
    });
    formats.set(locale, format);
  }
  return format.format(new Date(iso));
}
