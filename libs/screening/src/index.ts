/**
 * @sebaya/screening: deterministic, explainable risk screening of forum posts written in
 * Indonesian and English (and both at once).
 *
 *   screenText('aku mau bunuh diri malam ini')
 *   // { level: 'CRISIS', categories: ['suicide'], matches: [{ rule: 'suicide.ideation.thoughts.id', ... }, ...] }
 */

import { scan } from './engine';
import { grade } from './grade';
import { prepare } from './normalize';
import { findLinks, findPersonalData } from './rules/personal-data';
import type { ScreeningOptions, ScreeningResult } from './types';

export type { RiskCategory, RiskLevel, ScreeningMatch, ScreeningOptions, ScreeningResult } from './types';
export { CATEGORIES, LEVELS } from './types';
export { PUBLIC_SERVICE_NUMBERS } from './rules/personal-data';

const EMPTY: ScreeningResult = Object.freeze({
  level: 'NONE',
  categories: [],
  matches: [],
}) as ScreeningResult;

/**
 * Screens one post. Pure and deterministic: the same text always gives the same result.
 * `options.lang` is a hint only; both languages' rules always run (people code-switch).
 */
export function screenText(text: string, options: ScreeningOptions = {}): ScreeningResult {
  void options;
  if (typeof text !== 'string' || text.trim().length === 0) return { ...EMPTY, categories: [], matches: [] };
  const prepared = prepare(text);
  const scanned = scan(prepared);
  const personal = findPersonalData(prepared.base, prepared.digits, prepared.hasAt);
  // Links only matter for spam grading.
  const spammy = scanned.signals.some((s) => s.rule.kind === 'spam' || s.rule.kind === 'promo');
  const links =
    spammy && (prepared.base.includes('.') || prepared.base.includes('/')) ? findLinks(prepared.base) : [];
  if (scanned.signals.length === 0 && scanned.masked.length === 0 && personal.length === 0) {
    return { level: 'NONE', categories: [], matches: [] };
  }
  return grade({
    prepared,
    text: scanned.text,
    signals: scanned.signals,
    masked: scanned.masked,
    personal,
    links,
  });
}
