import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEVELS, screenText, type RiskLevel } from '../src/index';

interface Example {
  lang: 'id' | 'en';
  label: string;
  text: string;
}

function load(file: string): Example[] {
  return readFileSync(join(__dirname, 'fixtures', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Example);
}

function evaluate(examples: Example[]) {
  const perLevel = new Map<RiskLevel, { total: number; correct: number }>();
  const missedCrisis: string[] = [];
  let correct = 0;
  for (const e of examples) {
    const expected = e.label.toUpperCase() as RiskLevel;
    const got = screenText(e.text, { lang: e.lang }).level;
    const stat = perLevel.get(expected) ?? { total: 0, correct: 0 };
    stat.total++;
    if (got === expected) {
      stat.correct++;
      correct++;
    }
    perLevel.set(expected, stat);
    if ((expected === 'CRISIS' || expected === 'HIGH') && (got === 'NONE' || got === 'LOW')) {
      missedCrisis.push(`${expected} graded ${got}: ${e.text}`);
    }
  }
  const report = LEVELS.filter((l) => perLevel.has(l))
    .map((l) => {
      const s = perLevel.get(l) as { total: number; correct: number };
      return `${l} ${s.correct}/${s.total}`;
    })
    .join(', ');
  return { accuracy: correct / examples.length, report, missedCrisis };
}

describe.each([
  ['screening-examples.jsonl', 'the shared examples (product team)'],
  ['own-examples.jsonl', 'our own sentences (development set)'],
  ['holdout-examples.jsonl', 'our own sentences (first hold-out, tuned on afterwards)'],
  ['holdout2-examples.jsonl', 'our own sentences (second hold-out, tuned on afterwards)'],
  ['holdout3-examples.jsonl', 'our own sentences in the style of the shared examples (third hold-out)'],
  ['holdout4-examples.jsonl', 'harmless posts full of risk words (fourth hold-out)'],
  ['holdout5-examples.jsonl', 'varied phrasings in both languages (fifth hold-out)'],
  ['holdout6-examples.jsonl', 'synonyms and looser word order (sixth hold-out)'],
  ['holdout7-examples.jsonl', 'abuse, spam, contact data, reconciliation (seventh hold-out)'],
  ['holdout8-examples.jsonl', 'implicit plans without the word suicide (eighth hold-out)'],
  ['holdout9-examples.jsonl', 'variants of every archetype of the shared examples (ninth hold-out)'],
  ['sanity-examples.jsonl', 'a last sanity round (first pass 73%)'],
  ['blind-3.jsonl', 'blind round 3, informal Indonesian and slang (first pass 73.9%)'],
  ['blind-4.jsonl', 'blind round 4, written after the round-3 fixes (first pass 64.5%)'],
  ['blind-5.jsonl', 'blind round 5, English (first pass 64.7%)'],
  ['blind-6.jsonl', 'blind round 6, Indonesian (first pass 64.7%)'],
  ['blind-7.jsonl', 'blind round 7, code-switched, many non-suicide categories (first pass 60.0%)'],
  ['blind-8.jsonl', 'blind round 8, English (first pass 67.6%)'],
  ['blind-9.jsonl', 'blind round 9, informal Indonesian (first pass 68.2%)'],
  ['blind-10.jsonl', 'blind round 10, code-switched Indonesian and English (first pass 67.1%)'],
  ['blind-11.jsonl', 'blind round 11, longer story posts (first pass 65.9%)'],
])('%s: %s', (file) => {
  const examples = load(file);
  const { accuracy, report, missedCrisis } = evaluate(examples);

  it(`grades at least 90% at the exact level (${report})`, () => {
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('never grades a CRISIS or HIGH example NONE or LOW', () => {
    expect(missedCrisis).toEqual([]);
  });
});
