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
  isStale,
  isDirected,
  isAdviceToReader,
  isFeared,
  goneAfter,
  isHypothetical,
  isThoughtOnly,
  isJoke,
  isMedia,
  namesWriter,
  negationStart,
  personOf,
  segment,
  timeOf,
  writerJoins,
} from './context';
import { compactChoices, compileSource } from './dsl';
import { Gate } from './gate';
import { type Conjunction, gateOf, maxMatchLength } from './literals';
import { MACROS } from './lexicon';
import { type Prepared } from './normalize';
import { FAMILIES } from './rules/index';
import type { Kind, PersonMode, RiskCategory, RuleSpec } from './types';

export interface CompiledRule {
  /** Position in ALL_RULES (the gate's rule number). */
  readonly index: number;
  readonly id: string;
  readonly kind: Kind;
  readonly category: RiskCategory | undefined;
  readonly person: PersonMode;
  readonly negatable: boolean;
  readonly temporal: boolean;
  readonly spec: RuleSpec;
  readonly re: RegExp;
  /** Literal conditions without which the rule cannot match (null: none derived, it always runs). */
  readonly gate: readonly Conjunction[] | null;
  /** The longest text a match can consume (Infinity: unbounded). */
  readonly maxLength: number;
  /** The same rule read as another kind (RuleSpec.also). */
  readonly also: readonly CompiledRule[];
  /** In a masking family (idioms). */
  readonly mask: boolean;
  /** A plan component that runs only when a risk signal was found. */
  readonly dependent: boolean;
}

interface CompiledFamily {
  readonly name: string;
  readonly mask: boolean;
  readonly rules: readonly CompiledRule[];
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
  'final',
  'armed',
  'recurrence',
  'trauma',
  'giveaway',
  'location',
  'weapon',
  'injury',
  'danger',
  'spam',
  'promo',
  'idiom',
]);

/** Kinds a joke or a figure of speech can downgrade. */
const JOKE_KINDS: ReadonlySet<Kind> = new Set<Kind>([
  'ideation',
  'act',
  'violence',
  'violence_wish',
  'violence_mass',
]);

/** Components that only matter in combination (see grade.ts), run after the others. */
const DEPENDENT: ReadonlySet<Kind> = new Set<Kind>(['time', 'means', 'weapon']);
/** Signals that never combine with plan components. */
const INDEPENDENT_OF_PLAN: ReadonlySet<Kind> = new Set<Kind>([
  'harassment',
  'unsafe',
  'spam',
  'promo',
  'distress',
  'bullying',
  'personal',
  'trauma',
  'recurrence',
  'idiom',
]);

let ruleCount = 0;

/** The category of a rule read as another kind ("kill yourself" is harassment and unsafe advice). */
function categoryOf(kind: Kind, spec: RuleSpec): RiskCategory | undefined {
  if (kind === 'unsafe') return 'unsafe_advice';
  if (kind === 'harassment') return 'harassment';
  return spec.category;
}

function compileRule(spec: RuleSpec, mask: boolean, index = ruleCount++): CompiledRule {
  const component = COMPONENT_KINDS.has(spec.kind);
  const source = compileSource(spec.pattern, MACROS);
  const re = new RegExp(compactChoices(`\\b(?:${source})\\b`), 'g');
  return {
    index,
    id: spec.id,
    kind: spec.kind,
    category: spec.category,
    person: spec.person ?? (component ? 'none' : 'auto'),
    negatable: spec.negatable ?? true,
    temporal: spec.temporal ?? !component,
    spec,
    re,
    gate: gateOf(source),
    maxLength: maxMatchLength(re.source),
    also: (spec.also ?? []).map((kind) =>
      compileRule({ ...spec, kind, category: categoryOf(kind, spec), also: [] }, mask, index),
    ),
    mask,
    dependent: DEPENDENT.has(spec.kind),
  };
}

export const COMPILED: readonly CompiledFamily[] = FAMILIES.map((f) => ({
  name: f.name,
  mask: f.mask,
  rules: f.rules.map((spec) => compileRule(spec, f.mask)),
}));

export const ALL_RULES: readonly CompiledRule[] = COMPILED.flatMap((f) => f.rules);

const GATE = new Gate(ALL_RULES.map((r) => r.gate));

const EVERY_RULE = Int32Array.from(ALL_RULES.map((r) => r.index));

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
  /** Dated to days or weeks ago in its clause ("last week", "minggu lalu"): not an emergency. */
  readonly stale: boolean;
  readonly hypothetical: boolean;
  /** A joke: laughter in the sentence ("lol", "wkwk", "😂"). */
  readonly joke: boolean;
  /** A method or a way to die that is only thought about, not intended. */
  readonly thought: boolean;
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

/** More matches of one rule change nothing; the cap keeps very long posts linear. */
const MAX_MATCHES_PER_RULE = 16;

/**
 * Runs a rule over the text. Gated, it starts where its first match can start: a match ends at or
 * after the offset where the gate first saw all the literals of one of the rule's alternatives, and
 * is at most `maxLength` long.
 */
function run(rule: CompiledRule, text: string, out: Raw[], gated: boolean): void {
  const re = rule.re;
  const openedAt = gated ? (GATE.openedAt[rule.index] as number) : -1;
  re.lastIndex = openedAt > rule.maxLength ? openedAt - rule.maxLength : 0;
  let m: RegExpExecArray | null;
  let found = 0;
  while (found < MAX_MATCHES_PER_RULE && (m = re.exec(text)) !== null) {
    found++;
    const end = m.index + m[0].length;
    if (end > m.index) {
      out.push({ rule, start: m.index, end });
      for (const also of rule.also) out.push({ rule: also, start: m.index, end });
    }
    // Next match may start inside this one ("the pills and a note" holds "pills").
    re.lastIndex = m.index + 1;
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
    else if (goneAfter(text, clauseStart, start, end, clauseEnd))
      suppressedBy = { rule: 'negation.scope', start, end: clauseEnd };
  }

  let person: Signal['person'] = 'none';
  if (rule.person === 'auto') person = personOf(text, seg, start, end);
  else if (rule.person === 'self') person = 'self';
  else if (rule.person === 'other')
    person = personOf(text, seg, start, end) === 'generic' ? 'generic' : 'other';
  // Someone else's death in a film, a song or the news is not a disclosure.
  if (person === 'other' && isMedia(text, sentenceStart, sentenceEnd)) person = 'generic';
  // "Kalau kepikiran bunuh diri, hubungi 119": advice to the reader, unless the writer names themselves.
  if (
    rule.person === 'auto' &&
    person === 'self' &&
    !namesWriter(text, clauseStart, start) &&
    isAdviceToReader(text, clauseStart, start, sentenceStart, sentenceEnd)
  ) {
    person = 'generic';
  }
  // "ada yg pernah ngerasa pengen mati? aku di situ sekarang": the question is the writer's own, now.
  const joined = person === 'generic' && writerJoins(text, end);
  if (joined) person = 'self';
  if (suppressedBy === null && person === 'generic') {
    suppressedBy = { rule: 'context.general_talk', start: clauseStart, end };
  }
  if (suppressedBy === null && rule.person === 'imperative' && !isDirected(text, clauseStart, start)) {
    suppressedBy = { rule: 'context.not_directed', start: clauseStart, end };
  }
  if (suppressedBy === null && rule.kind === 'act' && isFeared(text, clauseStart, start)) {
    suppressedBy = { rule: 'context.fear', start: clauseStart, end };
  }

  const time: Time =
    rule.temporal && !joined ? timeOf(text, clauseStart, clauseEnd, start, end, sentenceStart) : 'present';
  const dated = rule.kind === 'attempt' || rule.kind === 'method';
  const stale = dated && isStale(text, clauseStart, clauseEnd);
  return {
    rule,
    start,
    end,
    clause,
    sentence,
    person,
    time,
    acute: dated && !stale ? isAcute(text, sentenceStart, sentenceEnd) : false,
    stale,
    hypothetical: rule.person === 'auto' ? isHypothetical(text, clauseStart, start) : false,
    thought:
      rule.kind === 'method' || rule.kind === 'method_info'
        ? isThoughtOnly(text, clauseStart, start, end)
        : false,
    joke: JOKE_KINDS.has(rule.kind) && isJoke(text, sentenceStart, sentenceEnd),
    suppressedBy,
  };
}

/**
 * `normal`: gated rules; `ungated`: every rule (to check the gate); `everything`: every rule, and
 * plan components even without a risk signal (to check the rules' examples).
 */
export type ScanMode = 'normal' | 'ungated' | 'everything';

export function scan(p: Prepared, mode: ScanMode = 'normal'): Scan {
  let text = p.text;
  const gated = mode === 'normal';
  const candidates = gated ? GATE.candidates(text) : EVERY_RULE;
  const maskedRaw: Raw[] = [];
  const raw: Raw[] = [];
  let dependents = 0;
  // Rules are numbered in family order, masking families first.
  for (let k = 0; k < candidates.length; k++) {
    const rule = ALL_RULES[candidates[k] as number] as CompiledRule;
    if (rule.dependent) {
      dependents++;
      continue;
    }
    if (rule.mask) run(rule, text, maskedRaw, gated);
    else {
      if (maskedRaw.length > 0 && text === p.text) text = maskText(text, mergeSpans(maskedRaw));
      run(rule, text, raw, gated);
    }
  }
  if (maskedRaw.length > 0 && text === p.text) text = maskText(text, mergeSpans(maskedRaw));
  if (raw.length === 0 && maskedRaw.length === 0 && mode !== 'everything') {
    return { text, segments: null, signals: [], masked: [] };
  }
  const seg = segment(text);
  const signals: Signal[] = [];
  const masked: Signal[] = [];
  // Reported speech in the masking family ("they told me to kill myself") is also a signal.
  for (const r of maskedRaw) {
    if (r.rule.kind === 'idiom') masked.push(plain(r));
    else signals.push(contextual(r, p.text, seg));
  }
  let combinable = mode === 'everything';
  for (const r of dedupe(raw)) {
    const signal = contextual(r, text, seg);
    signals.push(signal);
    if (signal.suppressedBy === null && !INDEPENDENT_OF_PLAN.has(r.rule.kind)) combinable = true;
  }
  // Times, ordinary means and weapons only matter next to a risk signal or another plan component
  // that context did not cancel (grade.ts): they run only then (they are common words, and this
  // keeps ordinary posts cheap).
  if (dependents > 0 && combinable) {
    const found: Raw[] = [];
    for (let k = 0; k < candidates.length; k++) {
      const rule = ALL_RULES[candidates[k] as number] as CompiledRule;
      if (rule.dependent) run(rule, text, found, gated);
    }
    for (const r of dedupe(found)) signals.push(contextual(r, text, seg));
  }
  signals.sort((a, b) => a.start - b.start);
  return { text, segments: seg, signals, masked: dedupe(masked) };
}

/** A signal without context (masked idioms are only listed). */
function plain(r: Raw): Signal {
  return {
    rule: r.rule,
    start: r.start,
    end: r.end,
    clause: 0,
    sentence: 0,
    person: 'none',
    time: 'present',
    acute: false,
    stale: false,
    hypothetical: false,
    thought: false,
    joke: false,
    suppressedBy: null,
  };
}

function mergeSpans(spans: readonly Raw[]): { start: number; end: number }[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: { start: number; end: number }[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** Drops matches nested in a longer match of the same rule (and kind). */
function dedupe<T extends { rule: CompiledRule; start: number; end: number }>(list: readonly T[]): T[] {
  return list.filter(
    (a) =>
      !list.some(
        (b) =>
          b !== a &&
          b.rule.id === a.rule.id &&
          b.rule.kind === a.rule.kind &&
          b.start <= a.start &&
          a.end <= b.end &&
          (b.end - b.start > a.end - a.start || b.start < a.start),
      ),
  );
}
