import type { Locale } from '$lib/i18n';

export interface SafetyResource {
  name: string;
  contact: string;
  description: string;
}

/**
 * Shown only when the API cannot be reached, so that the home page never
 * comes up without a number to call. The real list lives in the API
 * (coordinators keep it); this is its first two entries.
 */
const FALLBACK: { name: string; contact: string; description: Record<Locale, string> }[] = [
  {
    name: 'Darurat / Emergency 112',
    contact: '112',
    description: {
      id: 'Jika kamu atau orang lain dalam bahaya sekarang, hubungi nomor darurat ini (gratis, 24 jam).',
      en: 'If you or someone else is in danger right now, call this emergency number (free, 24 hours).',
    },
  },
  {
    name: 'Layanan SEJIWA 119 ext. 8',
    contact: '119 ext. 8',
    description: {
      id: 'Layanan konseling kesehatan jiwa pemerintah melalui telepon.',
      en: "The government's mental health counselling line, by phone.",
    },
  },
];

export function fallbackSafetyResources(locale: Locale): SafetyResource[] {
  return FALLBACK.map(({ name, contact, description }) => ({
    name,
    contact,
    description: description[locale],
  }));
}
