/** Public types of @sebaya/screening, and the internal rule model. */

export type RiskLevel = 'NONE' | 'LOW' | 'MEDIUM' | 'HIGH' | 'CRISIS';

export type RiskCategory =
  'suicide' | 'self_harm' | 'abuse' | 'violence' | 'harassment' | 'personal_data' | 'unsafe_advice' | 'spam';

export interface ScreeningMatch {
  /** Name of the rule that fired, e.g. `suicide.ideation.id`, `negation.scope`, `idiom.id.mati_lampu`. */
  rule: string;
  /** A short excerpt of the original text that the rule matched. */
  excerpt: string;
}

export interface ScreeningResult {
  level: RiskLevel;
  categories: RiskCategory[];
  matches: ScreeningMatch[];
}

export interface ScreeningOptions {
  /**
   * The language the author writes in (the interface language is a good guess). A hint only:
   * rules of both languages always run, because people switch language within a sentence.
   */
  lang?: 'id' | 'en';
}

export const LEVELS: readonly RiskLevel[] = ['NONE', 'LOW', 'MEDIUM', 'HIGH', 'CRISIS'];

export const CATEGORIES: readonly RiskCategory[] = [
  'suicide',
  'self_harm',
  'abuse',
  'violence',
  'harassment',
  'personal_data',
  'unsafe_advice',
  'spam',
];

/**
 * What a rule detects. Some kinds carry a level on their own; the plan components (time, act,
 * ready, means, note, goodbye, giveaway, location, weapon, injury, danger) mostly matter in
 * combination, in the grading step.
 */
export type Kind =
  | 'idiom' // harmless use of a death word: masks the span before the risk rules run
  | 'ideation' // wanting to die, thinking about suicide, "better off without me" (HIGH)
  | 'method' // a lethal method the writer means to use or is using (CRISIS)
  | 'method_info' // asking for or giving a way to die (CRISIS)
  | 'attempt' // a suicide attempt (HIGH; CRISIS when it just happened)
  | 'self_harm' // current self-harm or the urge (HIGH)
  | 'injury' // heavy bleeding, a deep wound
  | 'time' // tonight, besok, "pas semua tidur"
  | 'act' // "I'm doing it", "aku lakuin"
  | 'ready' // "everything is ready", "udah aku siapin"
  | 'means' // pills, rope, a bridge: ordinary words that matter next to ideation
  | 'means_strong' // a noose, a stockpile of pills (HIGH alone)
  | 'note' // a letter to the family
  | 'note_strong' // a suicide note (CRISIS alone)
  | 'goodbye' // a final goodbye (CRISIS alone)
  | 'final' // finality without a goodbye word: "don't look for me", "pamit ya kalian" (CRISIS with a danger component)
  | 'trauma' // "still have nightmares", "masih gemeteran": MEDIUM in a post about abuse or bullying
  | 'recurrence' // "the same thoughts are coming back": HIGH with a past attempt, ideation or self-harm
  | 'armed' // a weapon at hand and ready: "pisau udah di tangan", "the knife is in my locker"
  | 'giveaway' // giving possessions away, "when I'm gone" (HIGH alone)
  | 'location' // on the roof, on the bridge, at the station
  | 'violence' // intent to hurt another person (HIGH)
  | 'violence_wish' // wanting to hit someone (MEDIUM)
  | 'violence_mass' // a school shooting, a bomb (CRISIS)
  | 'weapon'
  | 'abuse' // being hit, sexually abused, threatened at home (HIGH)
  | 'danger' // the abuser is coming, hiding (HIGH; CRISIS with abuse)
  | 'bullying' // being bullied (MEDIUM)
  | 'harassment' // insulting or excluding another member (MEDIUM)
  | 'personal' // asking for or giving identifying data in words (MEDIUM, personal_data)
  | 'unsafe' // unsafe advice (MEDIUM)
  | 'distress' // hopelessness, self-hatred (LOW)
  | 'spam' // gambling, crypto pump, loan offers, repeated promotion
  | 'promo'; // a call to action, a link: spam only together with other spam signs

/** Who a statement is about. */
export type PersonMode =
  | 'auto' // found from the words before it: the writer, someone close, or people in general
  | 'self'
  | 'other'
  | 'none' // not about a person (components, spam)
  | 'imperative'; // advice or an insult directed at the reader (must read as an order or address)

export interface RuleSpec {
  id: string;
  kind: Kind;
  category?: RiskCategory;
  pattern: string;
  person?: PersonMode;
  /** Whether a negator before the match cancels it. */
  negatable?: boolean;
  /** Whether past or recovery context downgrades it. */
  temporal?: boolean;
  /** Other kinds the same words also are ("tonight is the night" is an act and a time). */
  also?: Kind[];
  /** Texts that must fire this rule (checked by the tests). */
  examples: string[];
}
