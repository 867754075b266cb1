/**
 * Grading: every signal gets a level from its kind and context, then combinations raise it
 * (ideation + a plan component -> CRISIS, violent intent + a weapon -> CRISIS, abuse + danger ->
 * CRISIS, a spam topic + a link -> MEDIUM). The result lists the rules that made the level, the
 * context rules that cancelled something, and the grading rules that combined signals.
 */

import { hasRecovery, isJoke } from './context';
import { type Signal } from './engine';
import { squeezeSource } from './dsl';
import { excerptOf, type Prepared } from './normalize';
import { type Found } from './rules/personal-data';
import {
  CATEGORIES,
  type Kind,
  LEVELS,
  type RiskCategory,
  type RiskLevel,
  type ScreeningMatch,
  type ScreeningResult,
} from './types';

const NONE = 0;
const LOW = 1;
const MEDIUM = 2;
const HIGH = 3;
const CRISIS = 4;

/** "every time we pass the bridge": a means only passed by. */
const PASSING = new RegExp(
  squeezeSource(
    String.raw`\b(?:passes|passing|pass|past|cross|crosses|crossing|over|under|lewat|ngelewatin|melewati|nyebrang) (?:the |a |this |that )?$`,
  ),
);

/** "no plan", "gak ada rencana": the writer says there is no plan. */
const NO_PLAN = new RegExp(
  squeezeSource(
    String.raw`\b(?:no plan|no plans|not planning anything|(?:gak|ga|nggak|tidak) ada rencana)\b`,
  ),
);

/** Ideation that is a thought about suicide rather than a wish: ordinary means nearby are no plan. */
const THOUGHT_RULES: ReadonlySet<string> = new Set([
  'suicide.ideation.thoughts.en',
  'suicide.ideation.thoughts.id',
  'suicide.ideation.imagine_jump',
  'suicide.ideation.slang.en',
  'suicide.ideation.regional.id',
]);

const SUICIDAL: ReadonlySet<Kind> = new Set<Kind>(['ideation', 'method', 'attempt', 'method_info']);

const BENIGN_GOODBYE = new RegExp(
  squeezeSource(
    String.raw`\b(?:moving|move to|moved|pindah|hiatus|break from|taking a break|vacation|holiday|liburan|libur|cuti|exams?|ujian|graduat\w*|(?<!(?:sampe|sampai) )lulus|wisuda|detox|new account|akun baru|healing|refreshing|staycation|trip|traveling|travelling|deactivat\w*|nonaktif\w*|uninstall\w*|see you(?! on the other side| in (?:another|the next) life)|sampai jumpa|ketemu lagi|see ya|for a while|sementara|mudik|kkn|magang|for now|for today|untuk hari ini|untuk sementara|sampai nanti|until next|(?:see you|back|balik|kembali|sampai|sampe) (?:next week|minggu depan)|semester|tahun baru|new year|(?:19|20)[0-9]{2})\b`,
  ),
);

const EDGE = new RegExp(
  squeezeSource(
    String.raw`\b(?:pinggir|tepi|ujung|edge|ledge|railing|rail|rel|tracks|crossing|perlintasan|balik|cliff|tebing|jurang|overpass|parapet|pagar|pager|pembatas|fence|barrier|guardrail|windowsill|window ledge)\b`,
  ),
);

const ABUSE_KINDS: ReadonlySet<Kind> = new Set<Kind>(['abuse', 'bullying', 'danger', 'violence']);

/** Words of abuse, bullying or assault: trauma symptoms in such a post are MEDIUM. */
const TRAUMA_CONTEXT = new RegExp(
  squeezeSource(
    String.raw`\b(?:never told anyone|havent told anyone|have not told anyone|(?:gak|ga|nggak|belum) (?:pernah )?cerita ke siapa|abuse\w*|bull(?:y|ied|ies|ying)|beat|beaten|hit me|touched|raped|assault\w*|molest\w*|harass\w*|hit\w* (?:me|us)|beat\w* (?:me|us)|hazing|slapped|kicked|pelecehan|dilecehin|dilecehkan|kdrt|kekerasan|diancam|ngancem|ngancam|dirampok|ditodong|dibegal|perkosa\w*|teriakan|sabetan|gesper|pukul\w*|mukul\w*|dipukul\w*|mijitin|perpeloncoan|pelonco|kasar (?:banget |bgt )?ke (?:gue|aku|saya)|happened to me[^.!?]{0,30}\b(?:uncle|stepdad|stepfather|cousin|coach|teacher|om|paman))\b`,
  ),
);

/** Places people go for an ordinary day out: a farewell there needs more than the place. */
const OPEN_PLACE = new RegExp(
  squeezeSource(
    String.raw`\b(?:beach|pier|dock|platform|peron|pantai|dermaga|waduk|bendungan|danau|sungai|kali|laut|river ?bank|balcony|balkon)\b`,
  ),
);

/** A place told as standing or sitting there, a bridge or a floor: "standing on the roof", "di jembatan". */
const PERCHED = new RegExp(
  squeezeSource(String.raw`\b(?:standing|sitting|berdiri|duduk|bridge|jembatan|floor|lantai)\b`),
);

/** "semoga besok ga usah bangun lagi": the time is inside the wish too. */
const WAKE_AFTER = new RegExp(
  squeezeSource(
    String.raw`^(?: pagi| malam| malem)? (?:ga|gak|nggak|ngga|tidak|tak|gausah) (?:usah |perlu )?bangun`,
  ),
);
// A time or thanks to everyone next to two farewells.
const FAREWELL_THANKS = new RegExp(
  squeezeSource(
    String.raw`\b(?:tonight|tomorrow|malam ini|nanti malam|besok|thank you all|thank you everyone|thanks everyone|thanks for everything|thank you for everything|makasih (?:semua|ya semua|buat semuanya|udah)|terima kasih (?:semua|buat semuanya|udah)|(?:kalian|you are|you were) (?:satu satunya|the only ones?) (?:yang|yg|who))\b`,
  ),
);
// "if I got hit by a truck tomorrow", "kalo besok ketabrak": a time inside a condition is no plan.
const COND_BEFORE = new RegExp(
  squeezeSource(String.raw`\b(?:if|kalau|kalo|seandainya|andai)(?: [a-z]+){0,6} $`),
);
const WAKE_BEFORE = new RegExp(
  squeezeSource(String.raw`(?:bangun|wake up|wake|waking up)(?: lagi| again| up)? $`),
);

interface Graded {
  signal: Signal;
  level: number;
  /** Why the level is lower than the kind's own (a context rule shown in the matches). */
  note: string | null;
}

function levelOf(s: Signal, recovery: boolean): Graded {
  const k = s.rule.kind;
  if (s.suppressedBy !== null) return { signal: s, level: NONE, note: null };
  const past = s.time === 'past';
  switch (k) {
    case 'ideation':
      if (past) return { signal: s, level: NONE, note: 'context.past' };
      if (s.hypothetical) return { signal: s, level: LOW, note: 'context.hypothetical' };
      if (s.joke) return { signal: s, level: LOW, note: 'context.hyperbole' };
      return { signal: s, level: HIGH, note: null };
    case 'method':
      if (past) return { signal: s, level: NONE, note: 'context.past' };
      // A method dated days or weeks ago ("minggu lalu aku minum cairan pembersih") is an attempt told.
      if (s.stale) return { signal: s, level: HIGH, note: null };
      if (s.hypothetical) return { signal: s, level: HIGH, note: 'context.hypothetical' };
      if (s.thought) return { signal: s, level: HIGH, note: 'context.thought_only' };
      return { signal: s, level: CRISIS, note: null };
    case 'method_info':
      if (s.thought) return { signal: s, level: HIGH, note: 'context.thought_only' };
      return { signal: s, level: CRISIS, note: null };
    case 'attempt':
      // An attempt days or weeks ago is recent enough to matter ("dua minggu lalu aku nyoba gantung
      // diri"), unless the post tells of recovery.
      if (past && s.stale && !recovery) return { signal: s, level: HIGH, note: null };
      if (past) return { signal: s, level: NONE, note: 'context.past' };
      return { signal: s, level: s.acute ? CRISIS : HIGH, note: null };
    case 'self_harm':
      if (past) return { signal: s, level: NONE, note: 'context.past' };
      return { signal: s, level: HIGH, note: null };
    case 'violence':
      if (s.joke) return { signal: s, level: LOW, note: 'context.hyperbole' };
      return { signal: s, level: HIGH, note: null };
    case 'violence_wish':
      if (s.joke) return { signal: s, level: LOW, note: 'context.hyperbole' };
      return { signal: s, level: MEDIUM, note: null };
    case 'violence_mass':
      return { signal: s, level: s.joke ? HIGH : CRISIS, note: null };
    case 'abuse':
      if (past) return { signal: s, level: recovery ? NONE : MEDIUM, note: 'context.past' };
      return { signal: s, level: HIGH, note: null };
    case 'danger':
      return { signal: s, level: HIGH, note: null };
    case 'bullying':
      if (past) return { signal: s, level: NONE, note: 'context.past' };
      return { signal: s, level: MEDIUM, note: null };
    case 'harassment':
    case 'unsafe':
    case 'personal':
      return { signal: s, level: MEDIUM, note: null };
    case 'distress':
      if (past) return { signal: s, level: NONE, note: 'context.past' };
      return { signal: s, level: LOW, note: null };
    case 'note_strong':
    case 'goodbye':
      return { signal: s, level: CRISIS, note: null };
    case 'means_strong':
    case 'giveaway':
      return { signal: s, level: HIGH, note: null };
    default:
      return { signal: s, level: NONE, note: null };
  }
}

interface Combo {
  rule: string;
  level: number;
  category: RiskCategory;
  parts: Signal[];
}

const NO_SIGNALS: readonly Signal[] = [];

/** Active (not cancelled) signals by kind, in one pass. */
function byKind(graded: Graded[]): Map<Kind, Signal[]> {
  const out = new Map<Kind, Signal[]>();
  for (const g of graded) {
    if (g.signal.suppressedBy !== null) continue;
    const list = out.get(g.signal.rule.kind);
    if (list === undefined) out.set(g.signal.rule.kind, [g.signal]);
    else list.push(g.signal);
  }
  return out;
}

function combine(graded: Graded[], text: string): Combo[] {
  const combos: Combo[] = [];
  // A current suicidal signal (not past, not a joke) about the writer or someone close.
  const risk = graded.filter((g) => SUICIDAL.has(g.signal.rule.kind) && g.level >= HIGH).map((g) => g.signal);
  const selfHarm = graded
    .filter((g) => g.signal.rule.kind === 'self_harm' && g.level >= HIGH)
    .map((g) => g.signal);
  // A component inside a risk phrase ("kalau aku mati" in "nobody would care if I died") is part of it.
  const spans = graded
    .filter((g) => g.level >= MEDIUM && !COMPONENT.has(g.signal.rule.kind))
    .map((g) => g.signal);
  const kinds = byKind(graded);
  const parts = (kind: Kind): Signal[] => {
    const list = kinds.get(kind) ?? NO_SIGNALS;
    // "waiting for him with a knife": the weapon is part of the threat, and counts.
    if (kind === 'weapon' || list.length === 0 || spans.length === 0) return list as Signal[];
    return list.filter((c) => !spans.some((r) => r !== c && r.start <= c.start && c.end <= r.end));
  };
  const time = parts('time');
  // Going to someone ("sekarang aku ke sana") is an act only next to a weapon at hand.
  const acts = parts('act');
  const approach = acts.filter((a) => a.rule.id === 'plan.approach');
  const act = approach.length === 0 ? acts : acts.filter((a) => a.rule.id !== 'plan.approach');
  const ready = parts('ready');
  const means = parts('means');
  const meansStrong = parts('means_strong');
  const note = parts('note');
  const noteStrong = parts('note_strong');
  const goodbye = parts('goodbye');
  const giveaway = parts('giveaway');
  const location = parts('location');
  const injury = parts('injury');
  const armed = parts('armed');
  // A weapon at hand is a weapon too.
  const weapon = [...parts('weapon'), ...armed];
  const danger = parts('danger');
  // "Pamit ya, mau pindah ke Surabaya": finality with a harmless reason, and no risk, is not a farewell.
  const finalParts = parts('final');
  const goodbyes = graded.some((g) => g.signal.rule.kind === 'goodbye');
  const benign =
    (finalParts.length > 0 || goodbyes) &&
    risk.length === 0 &&
    selfHarm.length === 0 &&
    // At an edge ("sitting on the ledge ... exams, debts"), a reason is no harmless goodbye.
    !location.some((l) => EDGE.test(text.slice(l.start, l.end))) &&
    BENIGN_GOODBYE.test(text);
  const final = benign ? [] : finalParts;

  // An attempt dated days or weeks ago ("tried to hang myself last week, the rope snapped") is
  // HIGH: the means it names are part of the story, not a plan.
  const planRisk = risk.filter((r) => !r.stale);
  if (planRisk.length > 0) {
    const risk = planRisk;
    const first = risk[0] as Signal;
    const anywhere = [
      ...ready,
      ...note,
      ...noteStrong,
      ...meansStrong,
      ...goodbye,
      ...giveaway,
      ...location,
      ...injury,
      ...act,
      ...final,
      ...armed,
    ];
    // "I hope I don't wake up tomorrow": a time inside the wish itself is not a plan.
    const sameClause = time.filter(
      (t) =>
        [...risk, ...act].some((r) => r.clause === t.clause) &&
        !WAKE_BEFORE.test(text.slice(Math.max(0, t.start - 16), t.start)) &&
        !COND_BEFORE.test(text.slice(Math.max(0, t.start - 48), t.start)) &&
        !WAKE_AFTER.test(text.slice(t.end, t.end + 24)),
    );
    // Ordinary means next to a thought ("I think about suicide every time we pass the bridge") are no plan.
    const sameSentence = means.filter(
      (m) =>
        risk.some((r) => r.sentence === m.sentence && !THOUGHT_RULES.has(r.rule.id)) &&
        !PASSING.test(text.slice(Math.max(0, m.start - 24), m.start)),
    );
    // "...think how easy it would be. no plan": a place or ordinary means are only thought of.
    const noPlan = NO_PLAN.test(text);
    const plan = [
      ...anywhere.filter((c) => !noPlan || c.rule.kind !== 'location'),
      ...sameClause,
      ...(noPlan ? [] : sameSentence),
    ];
    if (plan.length > 0)
      combos.push({
        rule: 'grade.suicide.ideation_plan',
        level: CRISIS,
        category: 'suicide',
        parts: [first, ...plan],
      });
  }
  if (
    selfHarm.length > 0 &&
    (injury.length > 0 || noteStrong.length > 0 || goodbye.length > 0 || final.length > 0)
  ) {
    combos.push({
      rule: 'grade.self_harm.emergency',
      level: CRISIS,
      category: 'self_harm',
      parts: [selfHarm[0] as Signal, ...injury, ...noteStrong, ...goodbye, ...final],
    });
  }
  const preparations = note.length + meansStrong.length > 0 ? [...note, ...meansStrong] : NO_SIGNALS;
  const others =
    preparations.length > 0
      ? [...note, ...meansStrong, ...act, ...time, ...ready, ...means, ...final, ...armed]
      : NO_SIGNALS;
  if (preparations.some((p) => others.some((o) => o !== p && (o.end <= p.start || p.end <= o.start)))) {
    combos.push({
      rule: 'grade.suicide.preparation',
      level: CRISIS,
      category: 'suicide',
      parts: [...preparations, ...act, ...time, ...ready, ...means].slice(0, 6),
    });
  }
  // "I'm on the roof... I'm going to jump"; at an edge, a farewell is enough ("berdiri di pinggir
  // atap... maaf ya semua"), not on a roof fixing tiles.
  const edge = location.filter((l) => EDGE.test(text.slice(l.start, l.end)));
  const highPlace = location.filter((l) => !OPEN_PLACE.test(text.slice(l.start, l.end)));
  // A farewell where the writer stands at a height ("standing on the roof ... sorry guys", "udah di jembatan
  // ... maaf ya semuanya") counts like one at an edge; on a roof fixing the aerial it does not.
  const edgeReady = ready.filter(
    (r) =>
      edge.some((l) => l.sentence === r.sentence || r.rule.id === 'plan.farewell') ||
      (r.rule.id === 'plan.farewell' && highPlace.some((l) => PERCHED.test(text.slice(l.start, l.end)))),
  );
  const placeFinal = highPlace.length > 0 ? final : [];
  if (location.length > 0 && act.length + edgeReady.length + placeFinal.length > 0) {
    // Jumping only joked about ("'bercanda' ntar gw lompat dr lantai 8") is a worry, not an emergency.
    const serious = act.some((a) => !a.joke) || edgeReady.length + placeFinal.length > 0;
    combos.push({
      rule: 'grade.suicide.location',
      level: serious ? CRISIS : HIGH,
      category: 'suicide',
      parts: [...location, ...act, ...edgeReady, ...placeFinal],
    });
  }
  // Finality next to a danger ("tali udah kuiket ... makasih udah pernah jadi temen gw", "cutter udh di
  // tangan ... kali ini aku nggak bakal berhenti"): a plan told without ideation words.
  // A component made of the same words as the finality ("sorry mom" is both) does not count twice.
  const finalWith =
    final.length > 0
      ? [...meansStrong, ...giveaway, ...note, ...armed, ...act, ...ready, ...injury].filter(
          (c) => !final.some((f) => f.start < c.end && c.start < f.end),
        )
      : NO_SIGNALS;
  // Two farewells of their own ("logging off for good after tonight, pls dont look for me", "jaga diri
  // kalian, aku duluan") are a plan told without ideation words; one alone is not.
  const secondFinal = final.filter((f) =>
    final.some((o) => o.clause !== f.clause && (o.end <= f.start || f.end <= o.start)),
  );
  if (
    finalWith.length === 0 &&
    secondFinal.length > 1 &&
    (time.length > 0 || FAREWELL_THANKS.test(text)) &&
    !isJoke(text, 0, text.length)
  ) {
    combos.push({ rule: 'grade.suicide.final', level: CRISIS, category: 'suicide', parts: secondFinal });
  }
  if (finalWith.length > 0) {
    combos.push({
      rule: 'grade.suicide.final',
      level: CRISIS,
      category: 'suicide',
      parts: [...final, ...finalWith],
    });
  }
  // A weapon at hand and ready with an act ("pisau udah di tangan ... I'm gonna do it").
  if (armed.length > 0 && [...act, ...approach].some((a) => !a.joke)) {
    combos.push({
      rule: 'grade.armed.act',
      level: CRISIS,
      category: approach.length > 0 || (selfHarm.length === 0 && risk.length === 0) ? 'violence' : 'suicide',
      parts: [...armed, ...approach, ...act],
    });
  }

  const timedAct = act.filter((a) => time.some((t) => t.clause === a.clause || t.sentence === a.sentence));
  const distress = graded.filter((g) => g.signal.rule.kind === 'distress' && g.level >= LOW).length;
  if (
    timedAct.length > 0 &&
    means.length + ready.length + distress + final.length + armed.length > 0 &&
    risk.length === 0
  ) {
    combos.push({
      rule: 'grade.suicide.timed_act',
      level: CRISIS,
      category: 'suicide',
      parts: [...timedAct, ...ready, ...means],
    });
  }
  // Past abuse that still hurts ("it's been a decade and I still flinch"), even after it stopped.
  const trauma = parts('trauma');
  const abuseContext = () =>
    graded.some(
      (g) =>
        ABUSE_KINDS.has(g.signal.rule.kind) &&
        (g.signal.suppressedBy === null || g.signal.suppressedBy.rule !== 'negation.scope'),
    );
  if (trauma.length > 0 && (abuseContext() || TRAUMA_CONTEXT.test(text))) {
    combos.push({ rule: 'grade.abuse.trauma', level: MEDIUM, category: 'abuse', parts: trauma });
  }
  // "Last year I jumped from the second floor ... the same thoughts are coming back": the past returns.
  const recurrence = parts('recurrence');
  const pastRisk = graded
    .filter(
      (g) =>
        (SUICIDAL.has(g.signal.rule.kind) || g.signal.rule.kind === 'self_harm') &&
        g.signal.suppressedBy === null &&
        g.signal.time === 'past',
    )
    .map((g) => g.signal);
  if (recurrence.length > 0 && pastRisk.length > 0) {
    combos.push({
      rule: 'grade.suicide.recurrence',
      level: HIGH,
      category: pastRisk[0]?.rule.kind === 'self_harm' ? 'self_harm' : 'suicide',
      parts: [...pastRisk, ...recurrence],
    });
  }
  const violence = graded
    .filter((g) => g.signal.rule.kind === 'violence' && g.level >= HIGH)
    .map((g) => g.signal);
  // A violent wish with a weapon and a time ("pisau udah gue asah, tinggal nunggu dia pulang, mampus dia").
  const wish = graded.filter((g) => g.signal.rule.kind === 'violence_wish' && g.level >= MEDIUM);
  if (violence.length === 0 && wish.length > 0 && weapon.length > 0 && time.length > 0) {
    combos.push({
      rule: 'grade.violence.plan',
      level: CRISIS,
      category: 'violence',
      parts: [(wish[0] as Graded).signal, ...weapon, ...time],
    });
  }
  if (violence.length > 0) {
    const timed = time.length > 0 && ready.length > 0;
    if (weapon.length > 0 || timed) {
      combos.push({
        rule: 'grade.violence.plan',
        level: CRISIS,
        category: 'violence',
        parts: [violence[0] as Signal, ...weapon, ...(timed ? [...time, ...ready] : [])],
      });
    }
  }
  const abuse = graded.filter((g) => g.signal.rule.kind === 'abuse' && g.level >= HIGH).map((g) => g.signal);
  // Two signs of danger now ("he's outside my building ... I'm locked in the closet").
  const twoDangers = danger.some((d) => danger.some((e) => e.end <= d.start || d.end <= e.start));
  if (abuse.length > 0 && danger.length > 0) {
    combos.push({
      rule: 'grade.abuse.danger',
      level: CRISIS,
      category: 'abuse',
      parts: [abuse[0] as Signal, ...danger],
    });
  } else if (twoDangers) {
    combos.push({ rule: 'grade.abuse.danger', level: CRISIS, category: 'abuse', parts: danger });
  } else if (danger.length > 0 && weapon.length > 0) {
    // "Bapak gedor pintu sambil bawa golok, aku ngumpet": someone armed at the door is danger now.
    combos.push({
      rule: 'grade.abuse.danger',
      level: CRISIS,
      category: 'abuse',
      parts: [danger[0] as Signal, ...weapon],
    });
  }
  // A goodbye with a harmless reason ("moving to another city, goodbye everyone") is not a farewell.
  if (benign && goodbye.length > 0) {
    for (const g of graded) if (g.signal.rule.kind === 'goodbye') g.note = 'context.benign_goodbye';
  }
  return combos;
}

interface SpamInput {
  graded: Graded[];
  links: Found[];
  contacts: number;
}

function spamLevel({ graded, links, contacts }: SpamInput): number {
  const topics = graded.filter((g) => g.signal.rule.kind === 'spam').map((g) => g.signal);
  const promos = graded.filter((g) => g.signal.rule.kind === 'promo').map((g) => g.signal);
  const distinctTopics = new Set(topics.map((t) => `${t.rule.id}:${t.start}`)).size;
  if (topics.length > 0 && (promos.length > 0 || links.length > 0 || contacts > 0)) return MEDIUM;
  if (distinctTopics >= 3) return MEDIUM;
  if (promos.length >= 2 && (links.length > 0 || contacts > 0)) return MEDIUM;
  if (promos.length > 0 && links.length > 0) return LOW;
  return NONE;
}

export interface GradeInput {
  prepared: Prepared;
  text: string;
  signals: readonly Signal[];
  masked: readonly Signal[];
  personal: readonly Found[];
  links: readonly Found[];
}

const MAX_MATCHES = 24;

export function grade(input: GradeInput): ScreeningResult {
  const { prepared, signals, masked, personal, links } = input;
  const recovery = signals.some((s) => s.time === 'past') && hasRecovery(input.text);
  // A method named inside an attempt ("tried to hang myself") is graded as the attempt.
  const attempts = signals.filter((s) => s.rule.kind === 'attempt' && s.suppressedBy === null);
  const own =
    attempts.length === 0
      ? signals
      : signals.filter(
          (s) => s.rule.kind !== 'method' || !attempts.some((a) => a.start <= s.start && s.end <= a.end),
        );
  const graded = own.map((s) => levelOf(s, recovery));
  const combos = combine(graded, input.text);

  let level = NONE;
  const categories = new Set<RiskCategory>();
  const matches: { pos: number; rule: string; excerpt: string }[] = [];
  const excerpt = (start: number, end: number) => excerptOf(prepared, start, end);

  for (const g of graded) {
    const s = g.signal;
    if (g.note === 'context.benign_goodbye') g.level = NONE;
    if (s.rule.kind === 'spam' || s.rule.kind === 'promo') continue;
    if (g.level > level) level = g.level;
    if (g.level >= LOW && s.rule.category !== undefined) categories.add(s.rule.category);
    // A phrase inside a longer phrase that says the same (same kind and level) is not listed twice.
    const covered = graded.some(
      (o) =>
        o !== g &&
        o.level === g.level &&
        o.signal.rule.kind === s.rule.kind &&
        o.signal.start <= s.start &&
        s.end <= o.signal.end &&
        (o.signal.end - o.signal.start > s.end - s.start || o.signal.start < s.start),
    );
    if (g.level >= LOW && !covered)
      matches.push({ pos: s.start, rule: s.rule.id, excerpt: excerpt(s.start, s.end) });
    if (s.suppressedBy !== null && !COMPONENT.has(s.rule.kind)) {
      matches.push({
        pos: s.start,
        rule: s.suppressedBy.rule,
        excerpt: excerpt(s.suppressedBy.start, s.suppressedBy.end),
      });
    } else if (g.note !== null) {
      matches.push({ pos: s.start, rule: g.note, excerpt: excerpt(s.start, s.end) });
    }
  }

  const usedInCombos = new Set<Signal>();
  for (const c of combos) {
    if (c.level > level) level = c.level;
    categories.add(c.category);
    for (const part of c.parts) {
      if (usedInCombos.has(part)) continue;
      usedInCombos.add(part);
      if (!matches.some((m) => m.pos === part.start && m.rule === part.rule.id)) {
        matches.push({ pos: part.start, rule: part.rule.id, excerpt: excerpt(part.start, part.end) });
      }
    }
  }

  for (const f of personal) {
    level = Math.max(level, MEDIUM);
    categories.add('personal_data');
    matches.push({ pos: -1, rule: f.rule, excerpt: baseExcerpt(prepared, f.start, f.end) });
  }

  const spam = spamLevel({ graded, links: [...links], contacts: personal.length });
  if (spam > NONE) {
    level = Math.max(level, spam);
    categories.add('spam');
    for (const g of graded) {
      const k = g.signal.rule.kind;
      if (k === 'spam' || k === 'promo')
        matches.push({
          pos: g.signal.start,
          rule: g.signal.rule.id,
          excerpt: excerpt(g.signal.start, g.signal.end),
        });
    }
    for (const l of links)
      matches.push({ pos: -1, rule: l.rule, excerpt: baseExcerpt(prepared, l.start, l.end) });
  }

  for (const m of masked) matches.push({ pos: m.start, rule: m.rule.id, excerpt: excerpt(m.start, m.end) });

  matches.sort((a, b) => a.pos - b.pos);
  for (const c of combos) {
    const parts = c.parts.slice(0, 3).map((p) => excerpt(p.start, p.end));
    matches.push({ pos: Number.MAX_SAFE_INTEGER, rule: c.rule, excerpt: parts.join(' … ') });
  }

  const seen = new Set<string>();
  const out: ScreeningMatch[] = [];
  for (const m of matches) {
    const key = `${m.rule}\u0000${m.excerpt}`;
    if (seen.has(key) || m.excerpt.length === 0) continue;
    seen.add(key);
    out.push({ rule: m.rule, excerpt: m.excerpt });
    if (out.length >= MAX_MATCHES) break;
  }
  return {
    level: LEVELS[level] as RiskLevel,
    categories: CATEGORIES.filter((c) => categories.has(c)),
    matches: out,
  };
}

const COMPONENT: ReadonlySet<Kind> = new Set<Kind>([
  'time',
  'act',
  'ready',
  'means',
  'means_strong',
  'note',
  'weapon',
  'injury',
  'location',
  'final',
  'armed',
  'recurrence',
  'trauma',
  'spam',
  'promo',
]);

function baseExcerpt(p: Prepared, start: number, end: number): string {
  const from = p.baseMap ? (p.baseMap[start] as number) : start;
  const to = p.baseMap ? (p.baseMap[Math.max(start, end - 1)] as number) + 1 : end;
  const s = p.original.slice(from, to).trim();
  return s.length > 80 ? s.slice(0, 79) + '…' : s;
}
