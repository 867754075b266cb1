import { screenText, type RiskLevel, type ScreeningResult } from '../src/index';

export function level(text: string): RiskLevel {
  return screenText(text).level;
}

export function rules(text: string): string[] {
  return screenText(text).matches.map((m) => m.rule);
}

export function result(text: string): ScreeningResult {
  return screenText(text);
}

/** Expects every text to grade at `expected`, reporting all failures at once. */
export function expectLevels(expected: RiskLevel, texts: readonly string[]): void {
  const wrong = texts
    .map((t) => ({ text: t, got: screenText(t) }))
    .filter((r) => r.got.level !== expected)
    .map((r) => `${r.got.level} (expected ${expected}): ${r.text}  ${JSON.stringify(r.got.matches)}`);
  expect(wrong).toEqual([]);
}
