/**
 * The engine: compiles the rule families once, runs them over a prepared text, and turns every
 * match into a signal with its context (negated? about whom? past? a joke?). Grading is in grade.ts.
 */

import {
  type Person,
  type Segments,
  type Time,
  indexOf,
  isAcute,
  isDirected,
  isHypothetical,
  isJoke,
  isMedia,
  isTrivial,
  negationStart,
  personOf,
  segment,
  timeOf,
} from './context';
import { compileSource } from './dsl';
import { MACROS } from './lexicon';
import { type Prepared } from './normalize';
import { FAMILIES } from './rules/index';
import type { Kind, PersonMode, RiskCategory, RuleSpec } from './types';

export interface CompiledRule {
  readonly id: string;
  readonly kind: Kind;
  readonly category: RiskCategory | undefined;
  readonly person: PersonMode;
  readonly negatable: boolean;
  readonly temporal: boolean;
  readonly mild: boolean;
  readonly spec: RuleSpec;
}

interface CompiledFamily {
  readonly name: string;
  readonly mask: boolean;
  readonly rules: readonly CompiledRule[];
  readonly re: RegExp;
}

const COMPONENT_KINDS: ReadonlySet<Kind> = new Set<Kind>([
  'time',
  'act',
  'ready',
  'means',
  'means_strong',
  'note',
  'note_strong',
  'goodbye',
  'giveaway',
  'location',
  'weapon',
  'injury',
  'danger',
  'spam',
  'promo',
  'idiom',
]);

function compileRule(spec: RuleSpec): CompiledRule {
  const component = COMPONENT_KINDS.has(spec.kind);
  return {
    id: spec.id,
    kind: spec.kind,
    category: spec.category,
    person: spec.person ?? (component ? 'none' : 'auto'),
    negatable: spec.negatable ?? true,
    temporal: spec.temporal ?? !component,
    mild: spec.mild ?? false,
    spec,
  };
}

function compileFamily(name: string, mask: boolean, specs: readonly RuleSpec[]): CompiledFamily {
  const rules = specs.map(compileRule);
  const source = specs.map((s) => `(${compileSource(s.pattern, MACROS)})`).join('|');
  return { name, mask, rules, re: new RegExp(`\\b(?:${source})\\b`, 'g') };
}

export const COMPILED: readonly CompiledFamily[] = FAMILIES.map((f) =>
  compileFamily(f.name, f.mask, f.rules),
);

export const ALL_RULES: readonly CompiledRule[] = COMPILED.flatMap((f) => f.rules);

export interface Signal {
  readonly rule: CompiledRule;
  readonly start: number;
  readonly end: number;
  readonly clause: number;
  readonly sentence: number;
  readonly person: Person | 'none';
  readonly time: Time;
  /** Happening now or just happened ("barusan", "just", "last night"). */
  readonly acute: boolean;
  readonly hypothetical: boolean;
  /** A joke or a figure of speech (laughter in the sentence, or a mild phrase about exams and deadlines). */
  readonly joke: boolean;
  /** Set when context cancels the signal: the suppressing rule and the span it explains. */
  readonly suppressedBy: { rule: string; start: number; end: number } | null;
}

export interface Scan {
  /** The normalised text with idioms masked out. */
  readonly text: string;
  readonly segments: Segments | null;
  readonly signals: readonly Signal[];
  /** Idioms and reported speech found (masked). */
  readonly masked: readonly Signal[];
}

function maskText(text: string, spans: readonly { start: number; end: number }[]): string {
  let out = '';
  let last = 0;
  for (const s of spans) {
    out += text.slice(last, s.start) + '#'.repeat(s.end - s.start);
    last = s.end;
  }
  return out + text.slice(last);
}

interface Raw {
  rule: CompiledRule;
  start: number;
  end: number;
}

function run(family: CompiledFamily, text: string, out: Raw[]): void {
  const re = family.re;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    let g = 1;
    while (g < m.length && m[g] === undefined) g++;
    const rule = family.rules[g - 1];
    if (rule !== undefined && m[0].length > 0) out.push({ rule, start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
}

function contextual(raw: Raw, text: string, seg: Segments): Signal {
  const { rule, start, end } = raw;
  const clause = indexOf(seg.clauseStarts, start);
  const sentence = indexOf(seg.sentenceStarts, start);
  const clauseStart = seg.clauseStarts[clause] as number;
  const clauseEnd = seg.clauseEnds[clause] as number;
  const sentenceStart = seg.sentenceStarts[sentence] as number;
  const sentenceEnd = seg.sentenceEnds[sentence] as number;
  let suppressedBy: Signal['suppressedBy'] = null;

  if (rule.negatable) {
    const neg = negationStart(text, clauseStart, start, end);
    if (neg >= 0) suppressedBy = { rule: 'negation.scope', start: neg, end };
  }

  let person: Signal['person'] = 'none';
  if (rule.person === 'auto') person = personOf(text, seg, start, end);
  else if (rule.person === 'self' || rule.person === 'other') person = rule.person;
  // Someone else's death in a film, a song or the news is not a disclosure.
  if (person === 'other' && isMedia(text, sentenceStart, sentenceEnd)) person = 'generic';
  if (suppressedBy === null && person === 'generic') {
    suppressedBy = { rule: 'context.general_talk', start: clauseStart, end };
  }
  if (suppressedBy === null && rule.person === 'imperative' && !isDirected(text, clauseStart, start)) {
    suppressedBy = { rule: 'context.not_directed', start: clauseStart, end };
  }

  const time: Time = rule.temporal ? timeOf(text, clauseStart, clauseEnd, start) : 'present';
  return {
    rule,
    start,
    end,
    clause,
    sentence,
    person,
    time,
    acute:
      rule.kind === 'attempt' || rule.kind === 'method' ? isAcute(text, sentenceStart, sentenceEnd) : false,
    hypothetical: rule.person === 'auto' ? isHypothetical(text, clauseStart, start) : false,
    joke: isJoke(text, sentenceStart, sentenceEnd) || (rule.mild && isTrivial(text, clauseStart, clauseEnd)),
    suppressedBy,
  };
}

export function scan(p: Prepared): Scan {
  let text = p.text;
  const maskedRaw: Raw[] = [];
  const raw: Raw[] = [];
  for (const family of COMPILED) {
    if (family.mask) {
      run(family, text, maskedRaw);
      if (maskedRaw.length > 0) text = maskText(text, maskedRaw);
    } else run(family, text, raw);
  }
  if (raw.length === 0 && maskedRaw.length === 0) return { text, segments: null, signals: [], masked: [] };
  const seg = segment(text);
  // Reported speech in the masking family ("they told me to kill myself") is also a signal.
  const signals: Signal[] = [];
  const masked: Signal[] = [];
  for (const r of maskedRaw) {
    if (r.rule.kind === 'idiom')
      masked.push(contextual({ ...r, rule: { ...r.rule, negatable: false } }, text, seg));
    else signals.push(contextual(r, p.text, seg));
  }
  for (const r of raw) signals.push(contextual(r, text, seg));
  signals.sort((a, b) => a.start - b.start);
  return { text, segments: seg, signals, masked };
}
