/** All rule families, in the order they run. */

import type { RuleSpec } from '../types';
import { ABUSE_RULES } from './abuse';
import { DISTRESS_RULES } from './distress';
import { HARASSMENT_RULES } from './harassment';
import { IDIOM_RULES } from './idioms';
import { PERSONAL_RULES } from './personal-data';
import { PLAN_RULES } from './plan';
import { SELF_HARM_RULES } from './selfharm';
import { SPAM_RULES } from './spam';
import { SUICIDE_RULES } from './suicide';
import { UNSAFE_RULES } from './unsafe';
import { VIOLENCE_RULES } from './violence';

/** Reported speech that would otherwise read as the writer's own ideation ("he told me to kill myself"). */
const REPORTED_RULES: RuleSpec[] = [
  {
    id: 'abuse.bullying.told_to_die',
    kind: 'bullying',
    category: 'abuse',
    person: 'none',
    pattern:
      '(?:told|tells|telling|tell|said|says|texted|wrote) (?:me|us) (?:to |i should |that i should |i need to )?(?:go |just )?(?:die|kill myself|kms|hang myself|end my life|jump off a bridge|disappear)|(?:nyuruh|suruh|disuruh|nyuruh aku|nyuruh gue|bilang aku harus|bilang aku mending|bilang gue mending) (?:aku |gue |saya )?(?:mati|bunuh diri|gantung diri|mati aja)',
    examples: ['They told me to kill myself.', 'temen sekelas nyuruh aku bunuh diri'],
  },
  {
    // A dare, not the writer's ideation: "kalo mau bunuh diri ya lakuin aja, jangan cuma ngomong".
    id: 'harassment.dare_to_die',
    kind: 'harassment',
    category: 'harassment',
    person: 'none',
    pattern:
      '(?:kalau|kalo) (?:lo |kamu |lu |emang )*(?:mau|pengen|ingin) (?:bunuh diri|mati|gantung diri)(?: ya| yaudah| tuh)?,? (?:lakuin|lakukan|buruan|langsung|sana|cepetan|mati|bunuh diri|mampus)(?: aja| deh| sana)*|if (?:you|u) (?:really |actually )?(?:want to|wanna) (?:die|kill yourself)(?: so bad)?,? (?:then )?(?:just )?(?:do it|go ahead|hurry up)',
    examples: [
      'kalo mau bunuh diri ya lakuin aja',
      'if you really want to die then just do it',
      'kalau mau mati ya mati aja sana',
    ],
    also: ['unsafe'],
  },
];

export interface FamilySpec {
  name: string;
  /** Masking families run first; their matches are blanked out of the text the others see. */
  mask: boolean;
  rules: RuleSpec[];
}

export const FAMILIES: FamilySpec[] = [
  { name: 'idiom', mask: true, rules: [...REPORTED_RULES, ...IDIOM_RULES] },
  { name: 'suicide', mask: false, rules: SUICIDE_RULES },
  { name: 'self_harm', mask: false, rules: SELF_HARM_RULES },
  { name: 'plan', mask: false, rules: PLAN_RULES },
  { name: 'violence', mask: false, rules: VIOLENCE_RULES },
  { name: 'abuse', mask: false, rules: ABUSE_RULES },
  { name: 'harassment', mask: false, rules: HARASSMENT_RULES },
  { name: 'unsafe_advice', mask: false, rules: UNSAFE_RULES },
  { name: 'distress', mask: false, rules: DISTRESS_RULES },
  { name: 'spam', mask: false, rules: SPAM_RULES },
  { name: 'personal_data', mask: false, rules: PERSONAL_RULES },
];
