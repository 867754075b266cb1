/**
 * Context of a match inside its clause and sentence: negation, who it is about, when it happened,
 * whether it is hypothetical, a joke, or an order to the reader.
 */

import { squeezeSource, squeezeWord } from './dsl';
import {
  GENERIC_SUBJECTS,
  NEGATION_BRIDGES,
  NEGATION_CANCELLERS,
  NEGATION_RESISTERS,
  NEGATORS,
  NO_FOLLOWERS,
  OTHER_SUBJECTS,
  PREPOSITIONS,
  SELF_SUBJECTS,
} from './lexicon';

/** A regex over normalised text, its literal letters squeezed like the text. */
function words(source: string, flags = ''): RegExp {
  return new RegExp(squeezeSource(source), flags);
}

export interface Segments {
  clauseStarts: number[];
  clauseEnds: number[];
  sentenceStarts: number[];
  sentenceEnds: number[];
}

const CLAUSE_BREAK = words(
  String.raw`[.!?;,:]| (?:but|tapi|namun|tetapi|although|though|however|walaupun|walau|meskipun|meski|padahal|sedangkan|whereas|except|cuman|even though|eventhough) `,
  'g',
);
const SENTENCE_BREAK = /[.!?;]/g;

export function segment(text: string): Segments {
  const clauseStarts = [0];
  const clauseEnds: number[] = [];
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(text)) !== null) {
    clauseEnds.push(m.index);
    clauseStarts.push(m.index + m[0].length);
  }
  clauseEnds.push(text.length);
  const sentenceStarts = [0];
  const sentenceEnds: number[] = [];
  SENTENCE_BREAK.lastIndex = 0;
  while ((m = SENTENCE_BREAK.exec(text)) !== null) {
    sentenceEnds.push(m.index);
    sentenceStarts.push(m.index + 1);
  }
  sentenceEnds.push(text.length);
  return { clauseStarts, clauseEnds, sentenceStarts, sentenceEnds };
}

export function indexOf(starts: readonly number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

interface Token {
  s: string;
  start: number;
}

/** Space, sentence and clause marks, and the '#' of masked idioms separate tokens. */
function isSeparator(code: number): boolean {
  return (
    code === 32 ||
    code === 46 ||
    code === 44 ||
    code === 33 ||
    code === 63 ||
    code === 59 ||
    code === 58 ||
    code === 35
  );
}

/** Up to `max` tokens of text[from, to), last first. */
function tokensBackward(text: string, from: number, to: number, max: number): Token[] {
  const out: Token[] = [];
  let i = to - 1;
  while (i >= from && out.length < max) {
    while (i >= from && isSeparator(text.charCodeAt(i))) i--;
    if (i < from) break;
    const end = i + 1;
    while (i >= from && !isSeparator(text.charCodeAt(i))) i--;
    out.push({ s: text.slice(i + 1, end), start: i + 1 });
  }
  return out;
}

function tokensForward(text: string, from: number, to: number, max: number): string[] {
  const out: string[] = [];
  let i = from;
  while (i < to && out.length < max) {
    while (i < to && isSeparator(text.charCodeAt(i))) i++;
    if (i >= to) break;
    const start = i;
    while (i < to && !isSeparator(text.charCodeAt(i))) i++;
    out.push(text.slice(start, i));
  }
  return out;
}

/** The offset of the negator that cancels a match starting at `matchStart`, or -1. */
export function negationStart(
  text: string,
  clauseStart: number,
  matchStart: number,
  matchEnd: number,
): number {
  const prefix = tokensBackward(text, clauseStart, matchStart, 8);
  const first = tokensForward(text, matchStart, matchEnd, 2);
  let bridges = 0;
  for (let k = 0; k < prefix.length; k++) {
    const t = (prefix[k] as Token).s;
    const next = k === 0 ? (first[0] ?? '') : (prefix[k - 1] as Token).s;
    const isNegator = NEGATORS.has(t) || (t === 'no' && NO_FOLLOWERS.has(next));
    if (isNegator) {
      const before = prefix[k + 1]?.s;
      if (before !== undefined && (NEGATORS.has(before) || NEGATION_RESISTERS.has(before))) return -1;
      if (NEGATION_CANCELLERS.has(next)) return -1;
      return (prefix[k] as Token).start;
    }
    if (NEGATION_BRIDGES.has(t) && bridges < 4) {
      bridges++;
      continue;
    }
    return -1;
  }
  return -1;
}

const THOUGHT_NOUN = words(
  String.raw`^(?:pikiran|keinginan|niat|dorongan|ide|hasrat|the thoughts?|thoughts?|urges?|the urges?|suicidal thoughts)\b`,
);
const THOUGHT_BEFORE = words(
  String.raw`(?:pikiran|keinginan|niat|dorongan|thoughts?|urges?) (?:of |about |to |buat |untuk |soal )?$`,
);
const GONE_AFTER = words(
  String.raw`^(?: (?!(?:wont|dont|doesnt|didnt|never|not|cant|gak|nggak|ga|tidak|tak|belum|masih|still)\b)[a-z]+){0,2}? (?:(?:udah|sudah|akhirnya) )?(?:(?:nggak|gak|ga|tidak|tak|no longer|dont|do not|never|rarely|jarang) (?:pernah |lagi |ever |really )?(?:muncul|datang|dateng|ada|kambuh|balik|nongol|come|comes|came|return|returns|show up|bother me)|(?:are|is|have|has) (?:finally |mostly |completely )?(?:gone|stopped|went away|faded)|(?:hilang|ilang|berhenti|pergi)(?= ?(?:$|[.,!?;]| (?:sama sekali|total|semua)))|went away)`,
);

/** "pikiran buat ngakhirin hidup udah nggak pernah muncul lagi": a thought said to be gone. */
export function goneAfter(
  text: string,
  clauseStart: number,
  matchStart: number,
  matchEnd: number,
  clauseEnd: number,
): boolean {
  const thought =
    THOUGHT_NOUN.test(text.slice(matchStart, matchEnd)) ||
    THOUGHT_BEFORE.test(text.slice(Math.max(clauseStart, matchStart - 24), matchStart));
  return thought && GONE_AFTER.test(text.slice(matchEnd, clauseEnd));
}

export type Person = 'self' | 'other' | 'generic';

const CONJUNCTIONS = new Set(
  [
    'but',
    'tapi',
    'namun',
    'tetapi',
    'although',
    'though',
    'however',
    'walaupun',
    'walau',
    'meskipun',
    'meski',
    'padahal',
    'sedangkan',
  ].map(squeezeWord),
);
const REPORTERS = new Set(['katanya', 'katany', 'ceritanya'].map(squeezeWord));
const RELATIVES = new Set(['yang', 'who', 'that', 'which', 'whose']);
const ANYONE = new Set(['ada', 'siapa', 'siapapun', 'barangsiapa', 'anyone', 'someone', 'those', 'whoever']);
const POSSESSIVES = new Set(['my', 'our', 'his', 'her', 'their', 'your']);
const POSSESSED = /(?:ku|mu|nya)$/;
const INDEFINITES = new Set(['a', 'an', 'any', 'every', 'seorang']);

function classify(t: string): Person | null {
  if (SELF_SUBJECTS.has(t)) return 'self';
  if (OTHER_SUBJECTS.has(t)) return 'other';
  if (GENERIC_SUBJECTS.has(t)) return 'generic';
  return null;
}

/**
 * Who a statement is about: the nearest subject before it in the sentence. A third person counts
 * when it starts its clause or stands right before the statement ("my friend wants to die",
 * "temanku bilang dia pengen mati"); otherwise it is an object ("aku benci dia, pengen mati").
 * No subject at all (common in Indonesian) means the writer.
 */
export function personOf(text: string, seg: Segments, matchStart: number, matchEnd: number): Person {
  const first = tokensForward(text, matchStart, matchEnd, 1)[0];
  if (first !== undefined) {
    const c = classify(first);
    if (c !== null) return c;
  }
  const sentence = indexOf(seg.sentenceStarts, matchStart);
  const sentenceStart = seg.sentenceStarts[sentence] as number;
  const matchClause = indexOf(seg.clauseStarts, matchStart);
  const tokens = tokensBackward(text, sentenceStart, matchStart, 14);
  let relative = false;
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k] as Token;
    if (CONJUNCTIONS.has(tok.s)) break;
    if (RELATIVES.has(tok.s)) {
      relative = true;
      // "kalau ada yang ...", "siapapun yang ...": anyone.
      const prev = tokens[k + 1]?.s;
      if (prev !== undefined && ANYONE.has(prev)) return 'generic';
    }
    const c = classify(tok.s);
    if (c === null) continue;
    if (c === 'self') return c;
    // "orang yang ...", "people who ...": a kind of person.
    if (c === 'generic' && relative) return c;
    const before = tokens[k + 1];
    if (before !== undefined && PREPOSITIONS.has(before.s)) continue;
    // "if a friend is thinking about suicide": any friend, unless "a friend of mine".
    if (c === 'other' && before !== undefined && INDEFINITES.has(before.s) && tokens[k - 1]?.s !== 'of') {
      return 'generic';
    }
    // "teman yang punya pikiran bunuh diri", "friends who self-harm": a kind of person, not someone.
    if (
      relative &&
      c === 'other' &&
      !POSSESSED.test(tok.s) &&
      !(before !== undefined && POSSESSIVES.has(before.s))
    ) {
      return 'generic';
    }
    const clause = indexOf(seg.clauseStarts, tok.start);
    const clauseStart = seg.clauseStarts[clause] as number;
    const sameClause = clause === matchClause;
    const leading = tokensBackward(text, clauseStart, tok.start, 4).length;
    if ((sameClause && k <= 1) || leading <= 2) return c;
  }
  const after = tokensForward(text, matchEnd, seg.clauseEnds[matchClause] as number, 4);
  if (after.some((t) => REPORTERS.has(t))) return 'other';
  return 'self';
}

const RECENT = words(
  String.raw`\b(?:again|lagi|kambuh|kumat|relaps\w*|started|starting|mulai|just|barusan|baru aja|baru saja|tadi|semalam|last night|yesterday|(?<!tahun )kemarin|this (?:morning|week|evening|afternoon|month)|today|hari ini|tonight|malam ini|recently|baru baru ini|belakangan(?: ini)?|akhir akhir ini|lately|these days|minggu ini|bulan ini)\b`,
);
/** How often, not when: "every day" keeps a statement current, unless a past marker dates it ("a year ago I was cutting every day"). */
const FREQUENT = words(
  String.raw`\b(?:every day|tiap hari|setiap hari|every night|tiap malam|setiap malam|tiap malem)\b`,
);
/** Present markers: a clause with one does not take the past of an earlier clause of its sentence. */
const PRESENT = words(String.raw`\b(?:sekarang|now|masih|still|currently|right now|lagi|again)\b`);
const PAST = words(
  String.raw`\b(?:used to|dulu|dulunya|dahulu|(?<!(?:gak|ngak|nga|tidak|tak|ga|belum|never|ndak|bukan) )pernah|years ago|tahun (?:lalu|kemarin|yang lalu)|last year|when i was|waktu (?:kecil|sd|smp|sma|smk|kuliah|itu|dulu|masih|remaja)|pas (?:kecil|sd|smp|sma|smk)|semasa|back (?:then|in)|in the past|previously|as a (?:kid|child|teen|teenager)|in (?:high|middle|primary|elementary) school|[0-9]+ (?:years?|tahun|bulan|months?) (?:ago|lalu|yang lalu)|bertahun tahun lalu|(?:se|satu |dua |tiga |beberapa )(?:tahun|bulan|minggu) (?:yang )?lalu|a (?:year|month|few years|few months|couple of years|couple of months) ago|last (?:year|semester)|zaman|jaman|sempat|sempet|once|(?:waktu|pas|saat|ketika) (?:umur|usia|masih umur) [0-9]+|(?:at|at age|when i was) [0-9]+|(?:waktu|pas|saat) (?:aku |gue |saya )?(?:masih )?(?:kecil|sd|smp|sma|kuliah|remaja|kelas [0-9]+)|in (?:[0-9]+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth) grade|masa kecil|masa sekolah|childhood|growing up|memori|memory|memories|kenangan|ingatan|flashbacks?)\b`,
);
const PAST_AFTER = words(
  String.raw`^ (?:waktu (?:aku |gue |saya )?(?:masih )?(?:kecil|sd|smp|sma|smk|remaja)|pas (?:kecil|sd|smp|sma)|dulu|years ago|when i was (?:a kid|little|young|[0-9]+)|as a (?:kid|child))\b`,
);
const PAST_VERB = words(String.raw`\b(?:was|were|wanted|felt|used)\b`);
const ACUTE = words(
  String.raw`\b(?:just|barusan|baru aja|baru saja|tadi|semalam|last night|an hour ago|minutes ago|(?:sejam|satu jam|setengah jam|[0-9]+ (?:menit|jam)|beberapa menit) (?:yang )?lalu|[0-9]+ mins? ago|(?:ten|five|fifteen|twenty|thirty|a few|few) (?:minutes|mins?) ago|this morning|earlier today|right now|sekarang|now|baru (?:nelen|minum|nenggak|kuminum|nyayat|nyilet|loncat|lompat)|heart is (?:racing|pounding)|(?:room|everything|my head) is (?:starting to )?(?:spin|spinning)|getting blurry|stomach is burning|mulai (?:berat|pusing|mual|kabur|gelap|lemes|lemas)|gemeter|gemetar|gemeteran|keringetan|keringat dingin|perut(?:ku)? (?:sakit|perih|panas)|(?:barely|cant) keep my eyes open)\b`,
);

export type Time = 'present' | 'recent' | 'past';

const PAST_ALL = new RegExp(PAST.source, 'g');
/** "since last year", "dari dulu", "sejak kecil": from then until now, not the past. */
const SINCE = /(?:since|sejak|from|dari) $/;

function hasPast(s: string): boolean {
  if (!PAST.test(s)) return false;
  PAST_ALL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PAST_ALL.exec(s)) !== null) {
    if (!SINCE.test(s.slice(Math.max(0, m.index - 6), m.index))) return true;
    PAST_ALL.lastIndex = m.index + 1;
  }
  return false;
}

export function timeOf(
  text: string,
  clauseStart: number,
  clauseEnd: number,
  matchStart: number,
  matchEnd: number,
  sentenceStart: number,
): Time {
  const clause = text.slice(clauseStart, clauseEnd);
  // A past marker right after the phrase dates it, whatever else the clause says ("dilecehin waktu kecil").
  if (PAST_AFTER.test(text.slice(matchEnd, Math.min(clauseEnd, matchEnd + 30)))) return 'past';
  if (RECENT.test(clause)) return 'recent';
  if (hasPast(clause)) return 'past';
  if (FREQUENT.test(clause)) return 'recent';
  if (PAST_VERB.test(text.slice(clauseStart, matchStart))) return 'past';
  // A clause without a time of its own takes the past of its sentence ("pernah di-bully waktu SMP,
  // dikunciin di toilet"), unless it says now or still.
  if (clauseStart > sentenceStart && !PRESENT.test(clause)) {
    const before = text.slice(sentenceStart, clauseStart);
    if (hasPast(before) && !RECENT.test(before)) return 'past';
  }
  return 'present';
}

export function isAcute(text: string, sentenceStart: number, sentenceEnd: number): boolean {
  return ACUTE.test(text.slice(sentenceStart, sentenceEnd));
}

/** Days or weeks ago: recent enough to be current, too old to be an emergency ("last week", "minggu lalu"). */
const STALE = words(
  String.raw`\b(?:last (?:week|weekend|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:a|one|two|three|few|a few|couple of|a couple of|several|[0-9]+) (?:days?|weeks?|months?) ago|(?:minggu|bulan|pekan) (?:lalu|kemarin|kemaren)|(?:beberapa|[0-9]+|dua|tiga|empat|lima) (?:hari|minggu|bulan|pekan) (?:yang )?lalu|(?:se|satu )(?:minggu|bulan|pekan) (?:yang )?lalu|kemarin lusa|discharged|released from (?:the )?hospital|(?:keluar|pulang) (?:dari )?(?:rs|rumah sakit))\b`,
);

/** Whether the clause dates what it says to days or weeks ago. */
export function isStale(text: string, clauseStart: number, clauseEnd: number): boolean {
  return STALE.test(text.slice(clauseStart, clauseEnd));
}

const RECOVERY = words(
  String.raw`\b(?:clean|bersih|recovered|recovering|recovery|sembuh|pulih|healed|healing|better now|much better|lebih baik sekarang|udah baikan|sudah baikan|membaik|survived|survivor|no longer|not anymore|gak lagi|nggak lagi|tidak lagi|stopped|berhenti|quit|grateful|bersyukur|thankful|alhamdulillah|proud of myself|bangga sama diri|sudah lewat|udah lewat|berhasil|changed|has changed|berubah|udah berubah|forgave|forgiven|memaafkan|maafin|maafkan|close now|dekat sekarang|baikan|made peace|berdamai|udah damai|we are good now|in a better place now|jauh lebih (?:baik|tenang|bahagia|kuat)|lebih tenang sekarang|(?:sekarang|udah|sudah) aman|(?:i am|im) safe now|(?:udah|sudah) bisa cerita|tanpa nangis|setelah terapi|after therapy|therapy helped|terapi (?:bantu|ngebantu|membantu))\b`,
);

export function hasRecovery(text: string): boolean {
  return RECOVERY.test(text);
}

const HYPOTHETICAL = words(
  String.raw`\b(?:what if|if i ever|if ever|in case|suppose|supposing|seandainya|andaikan|andai|misalnya|misal|kalau suatu (?:saat|hari)|kalau misalnya|kalau seandainya|how (?:do|can|should|could) (?:i|we|you) (?:help|support|talk to|respond to|deal with)|how to (?:help|support|respond|deal|talk|react|handle)|what (?:should|do|can|could) (?:i|we) (?:do|say)|(?:gimana|bagaimana) (?:cara )?(?:bantu|membantu|nolong|menolong|ngebantu|dukung|mendukung|ngadepin|menghadapi|ngomong sama))\b`,
);

export function isHypothetical(text: string, clauseStart: number, matchStart: number): boolean {
  return HYPOTHETICAL.test(text.slice(clauseStart, matchStart));
}

const LAUGH = words(
  String.raw`\b(?:haha\w*|hehe\w*|wkwk\w*|wk|lol|lmao|lmfao|rofl|xd|awok\w*|jk|just kidding|(?<!(?:bukan|gak|ga|nggak|tidak|enggak|ngga|beneran) )(?:bercanda|becanda|canda))\b`,
);

export function isJoke(text: string, sentenceStart: number, sentenceEnd: number): boolean {
  return LAUGH.test(text.slice(sentenceStart, sentenceEnd));
}

const MEDIA = words(
  String.raw`\b(?:movie|film|series|show|novel|book|song|lyrics|lagu|drama|drakor|anime|manga|game|episode|fiksi|fiction|fanfic|news|berita|artikel|article|podcast|webinar|seminar|materi|character|tokoh|karakter|scene|adegan)\b`,
);

const CONDITIONAL = words(String.raw`\b(?:if|kalau|jika|bila|apabila|when|whenever|ketika|kapanpun)\b`);
const HELP_ADVICE = words(
  String.raw`\b(?:hubungi|call|reach out|contact|hotline|cerita ke|cerita sama|bicara (?:dengan|sama)|ngobrol sama|konsultasi|talk to|text|tell someone|dm saya|dm aku|jangan ragu|don't hesitate|dont hesitate|please|tolong)\b`,
);

/** "Kalau kepikiran bunuh diri, hubungi 119": a conditional with advice to seek help is general talk. */
export function isAdviceToReader(
  text: string,
  clauseStart: number,
  matchStart: number,
  sentenceStart: number,
  sentenceEnd: number,
): boolean {
  return (
    CONDITIONAL.test(text.slice(clauseStart, matchStart)) &&
    HELP_ADVICE.test(text.slice(sentenceStart, sentenceEnd))
  );
}

/** "ada yg pernah ngerasa pengen mati? aku di situ sekarang": the writer puts themselves in the question. */
const WRITER_JOINS = words(
  String.raw`\b(?:(?:aku|gue|saya) (?:juga )?(?:lagi )?(?:di situ|di sana|di titik itu|ngerasain itu)(?: juga)? (?:sekarang|akhir akhir ini|belakangan ini)|i am (?:there|in that place) (?:right )?now|thats me (?:right )?now)\b`,
);

export function writerJoins(text: string, matchEnd: number): boolean {
  return WRITER_JOINS.test(text.slice(matchEnd, matchEnd + 160));
}

export function isMedia(text: string, sentenceStart: number, sentenceEnd: number): boolean {
  return MEDIA.test(text.slice(sentenceStart, sentenceEnd));
}

const IMPERATIVE_BLOCKERS = new Set(
  [
    'i',
    'id',
    'me',
    'aku',
    'gue',
    'saya',
    'if',
    'kalau',
    'jika',
    'when',
    'whenever',
    'ketika',
    'did',
    'do',
    'does',
    'have',
    'has',
    'had',
    'was',
    'how',
    'would',
    'wanted',
    'want',
    'pernah',
    'told',
    'tell',
    'said',
    'says',
    'bilang',
    'nyuruh',
    'suruh',
    'disuruh',
    'he',
    'she',
    'they',
    'dia',
    'mereka',
    'apa',
    'apakah',
    'gimana',
    'bagaimana',
    'whether',
    'doctor',
    'dokter',
    'psikiater',
    'psikolog',
  ].map(squeezeWord),
);

const FEARS = new Set(
  ['takut', 'khawatir', 'kuatir', 'cemas', 'afraid', 'scared', 'worried', 'worry', 'fear', 'terrified'].map(
    squeezeWord,
  ),
);
const THOUGHTS = new Set(
  [
    'think',
    'thinking',
    'thought',
    'thoughts',
    'fantasize',
    'fantasise',
    'fantasizing',
    'daydream',
    'daydreaming',
    'fantasising',
    'imagining',
    'imagine',
    'picturing',
    'considering',
    'dreaming',
    'kepikiran',
    'mikir',
    'mikirin',
    'memikirkan',
    'kebayang',
    'ngebayangin',
    'membayangkan',
    'terpikir',
    'berpikir',
    // Searching is not yet doing: "googling painless ways to die" is HIGH, not CRISIS.
    'googling',
    'googled',
    'searching',
    'researching',
    'looking',
    'nyari',
    'nyariin',
    'mencari',
  ].map(squeezeWord),
);

/** Whether the clause before a match voices a fear ("I'm scared she'll really do it"). */
export function isFeared(text: string, clauseStart: number, matchStart: number): boolean {
  return tokensBackward(text, clauseStart, matchStart, 8).some((t) => FEARS.has(t.s));
}

/** Whether a method is only thought about ("I think about driving into a wall") rather than intended. */
export function isThoughtOnly(
  text: string,
  clauseStart: number,
  matchStart: number,
  matchEnd: number,
): boolean {
  const first = tokensForward(text, matchStart, matchEnd, 1)[0];
  if (first !== undefined && THOUGHTS.has(first)) return true;
  const before = tokensBackward(text, clauseStart, matchStart, 2);
  if (before.some((t) => THOUGHTS.has(t.s))) return true;
  // "part of me wants to crash my car on purpose. I won't, but the thought keeps coming back".
  return DISOWNED.test(text.slice(matchEnd, matchEnd + 80));
}

const DISOWNED = words(
  String.raw`^[^!?]*?\b(?:i (?:wont|will not|would never|am not going to|am not gonna)(?: (?:actually |ever )?(?:do (?:it|anything)|act on it|go through with it))?(?= ?(?:$|[.,!?;]| but))|i (?:dont|do not) think i would (?:actually |ever )?(?:do (?:it|anything)|act on it)|(?:aku|gue|saya) (?:gak|nggak|ga|tidak) (?:bakal|akan) (?:ngelakuin|lakuin|melakukannya)(?: kok| sih)?(?= ?(?:$|[.,!?;]| tapi)))`,
);

/** Whether the writer names themselves in the clause before a match ("kalau aku ..."). */
export function namesWriter(text: string, clauseStart: number, matchStart: number): boolean {
  return tokensBackward(text, clauseStart, matchStart, 8).some((t) => SELF_SUBJECTS.has(t.s));
}

/** Whether advice or an insult reads as addressed to the reader (not a report or a question). */
export function isDirected(text: string, clauseStart: number, matchStart: number): boolean {
  const prefix = tokensBackward(text, clauseStart, matchStart, 8);
  const blockers = prefix.filter((t) => IMPERATIVE_BLOCKERS.has(t.s));
  // "saran gue sih stop aja ...": advice the writer gives.
  if (blockers.length === 0 || prefix.some((t) => ADVICE_WORDS.has(t.s))) return true;
  // "If you can't sleep, take...", "kalo stres minum aja...": a condition on the reader is advice,
  // unless the writer is in it ("kalau aku stres aku minum...").
  return blockers.every((t) => CONDITIONALS.has(t.s)) && !prefix.some((t) => SELF_SUBJECTS.has(t.s));
}

const ADVICE_WORDS = new Set(['saran', 'advice', 'tips', 'tip'].map(squeezeWord));
const CONDITIONALS = new Set(['if', 'kalau', 'jika', 'when', 'whenever', 'ketika'].map(squeezeWord));
