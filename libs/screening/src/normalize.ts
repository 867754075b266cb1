/**
 * Normalisation, in two passes that keep a map back to the original text (for excerpts):
 *
 * 1. `base`: Unicode compatibility folding (NFKD without combining marks, so full-width and
 *    "fancy" letters become ASCII), lower case, typographic quotes and dashes made plain,
 *    zero-width characters dropped, a few emoji turned into words ("😂" -> "haha", "💊" -> "pills").
 *    Personal data and links are detected on this form, where digits and punctuation are intact.
 * 2. `text`: the form the rules match. Words are letters and digits; apostrophes inside words are
 *    dropped ("don't" -> "dont"), hyphens and other symbols separate words ("HP-ku" -> "hp ku"),
 *    leetspeak inside words is undone ("k1ll" -> "kill", "b@ngsat" -> "bangsat"), every run of a
 *    repeated letter is squeezed to one ("capeeek" -> "capek", "kill" -> "kil"), common
 *    abbreviations are expanded ("bgt" -> "banget", "yg" -> "yang", "gonna" -> "going to"),
 *    sentence punctuation is kept (one mark per run) and whitespace collapses to one space.
 */

import { squeezeWord } from './dsl';

export interface Prepared {
  readonly original: string;
  /** Folded, lower-cased text with digits and punctuation intact. */
  readonly base: string;
  /** The normalised text the rules run on. */
  readonly text: string;
  /** Where each part of `text` comes from in `base` (valid during one screening call only). */
  readonly segments: Segments;
  /** Offset in `original` of each character of `base`, or null when they are the same length. */
  readonly baseMap: Int32Array | null;
  /** Number of digits in the text (personal-data detection runs only when there are enough). */
  readonly digits: number;
  /** Whether the text has an '@' (e-mail addresses, handles). */
  readonly hasAt: boolean;
}

const SPECIAL: ReadonlyMap<string, string> = new Map([
  ['\u2018', "'"],
  ['\u2019', "'"],
  ['\u201b', "'"],
  ['\u02bc', "'"],
  ['\u00b4', "'"],
  ['\u201c', '"'],
  ['\u201d', '"'],
  ['\u2010', '-'],
  ['\u2011', '-'],
  ['\u2012', '-'],
  ['\u2013', '-'],
  ['\u2014', '-'],
  ['\u2212', '-'],
  ['\u2026', '...'],
  ['\u00a0', ' '],
  ['\u200b', ''],
  ['\u200c', ''],
  ['\u200d', ''],
  ['\u2060', ''],
  ['\ufeff', ''],
  ['\u00ad', ''],
  // Emoji that carry meaning for the rules; every other emoji or symbol becomes a space.
  ['\u{1F602}', ' haha '],
  ['\u{1F923}', ' haha '],
  ['\u{1F606}', ' haha '],
  ['\u{1F605}', ' haha '],
  ['\u{1F639}', ' haha '],
  ['\u{1F480}', ' haha '],
  ['\u2620', ' haha '],
  ['\u{1F48A}', ' pills '],
  ['\u{1F52A}', ' knife '],
  ['\u{1F5E1}', ' knife '],
  ['\u{1FA78}', ' blood '],
  ['\u{1FAA2}', ' rope '],
  ['\u{1F52B}', ' gun '],
]);

const foldCache = new Map<number, string>();
const MARKS = /\p{M}+/gu;
const SYMBOLS = /^[\p{P}\p{S}\p{Z}\p{C}]+$/u;

function foldCodePoint(cp: number): string {
  const cached = foldCache.get(cp);
  if (cached !== undefined) return cached;
  const ch = String.fromCodePoint(cp);
  let folded = SPECIAL.get(ch);
  if (folded === undefined) {
    folded = ch.normalize('NFKD').replace(MARKS, '').toLowerCase();
    // Non-ASCII punctuation, symbols, emoji and spaces separate words.
    if (folded.length > 0 && ((folded.charCodeAt(0) >= 128 && SYMBOLS.test(folded)) || /\s/u.test(folded))) {
      folded = ' ';
    }
  }
  if (foldCache.size < 8192) foldCache.set(cp, folded);
  return folded;
}

// Buffers reused across calls (screening is synchronous; nothing keeps a reference after a call).
let baseMapBuf: Int32Array = new Int32Array(1024);
const wordCodes = new Uint16Array(256);

function growInt(buf: Int32Array, n: number): Int32Array {
  if (buf.length >= n) return buf;
  let size = buf.length;
  while (size < n) size *= 2;
  return new Int32Array(size);
}

const NON_ASCII = /[\u0080-\uffff]/;

interface Base {
  base: string;
  map: Int32Array | null;
}

function fold(original: string): Base {
  if (!NON_ASCII.test(original)) return { base: original.toLowerCase(), map: null };
  baseMapBuf = growInt(baseMapBuf, original.length * 4 + 16);
  let base = '';
  let n = 0;
  for (let i = 0; i < original.length;) {
    const cp = original.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    if (cp < 128) {
      base += cp >= 65 && cp <= 90 ? String.fromCharCode(cp + 32) : String.fromCharCode(cp);
      baseMapBuf[n++] = i;
    } else {
      const folded = foldCodePoint(cp);
      if (n + folded.length >= baseMapBuf.length) {
        const bigger = new Int32Array(baseMapBuf.length * 2 + folded.length);
        bigger.set(baseMapBuf);
        baseMapBuf = bigger;
      }
      for (let k = 0; k < folded.length; k++) baseMapBuf[n++] = i;
      base += folded;
    }
    i += width;
  }
  return { base, map: baseMapBuf.subarray(0, n) };
}

/** Abbreviations and spelling variants, written in ordinary spelling (squeezed at load). */
const ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = [
  // Indonesian
  ['yg', 'yang'],
  ['dgn', 'dengan'],
  ['dg', 'dengan'],
  ['bgt', 'banget'],
  ['bngt', 'banget'],
  ['udh', 'udah'],
  ['uda', 'udah'],
  ['sdh', 'sudah'],
  ['dah', 'udah'],
  ['tdk', 'tidak'],
  ['gk', 'gak'],
  ['ngk', 'gak'],
  ['gpp', 'gapapa'],
  ['skrg', 'sekarang'],
  ['skrng', 'sekarang'],
  ['skr', 'sekarang'],
  ['krn', 'karena'],
  ['krna', 'karena'],
  ['karna', 'karena'],
  ['tp', 'tapi'],
  ['tpi', 'tapi'],
  ['jd', 'jadi'],
  ['jdi', 'jadi'],
  ['lg', 'lagi'],
  ['lgi', 'lagi'],
  ['org', 'orang'],
  ['kyk', 'kayak'],
  ['kyak', 'kayak'],
  ['kek', 'kayak'],
  ['gmn', 'gimana'],
  ['emg', 'emang'],
  ['bsk', 'besok'],
  ['mlm', 'malam'],
  ['malem', 'malam'],
  ['pgn', 'pengen'],
  ['pngn', 'pengen'],
  ['pgen', 'pengen'],
  ['pngen', 'pengen'],
  ['pen', 'pengen'],
  ['mw', 'mau'],
  ['bkn', 'bukan'],
  ['blm', 'belum'],
  ['jgn', 'jangan'],
  ['sy', 'saya'],
  ['aq', 'aku'],
  ['ak', 'aku'],
  ['gw', 'gue'],
  ['gua', 'gue'],
  ['gwe', 'gue'],
  ['km', 'kamu'],
  ['kmu', 'kamu'],
  ['lu', 'lo'],
  ['loe', 'lo'],
  ['elu', 'lo'],
  ['elo', 'lo'],
  ['aj', 'aja'],
  ['ajah', 'aja'],
  ['sm', 'sama'],
  ['ama', 'sama'],
  ['dr', 'dari'],
  ['utk', 'untuk'],
  ['bnr', 'bener'],
  ['bner', 'bener'],
  ['kalo', 'kalau'],
  ['klo', 'kalau'],
  ['kl', 'kalau'],
  ['klu', 'kalau'],
  ['gt', 'gitu'],
  ['gtu', 'gitu'],
  ['trs', 'terus'],
  ['trus', 'terus'],
  ['sampe', 'sampai'],
  ['ampe', 'sampai'],
  ['kpn', 'kapan'],
  ['knp', 'kenapa'],
  ['kenpa', 'kenapa'],
  ['napa', 'kenapa'],
  ['ngga', 'nggak'],
  ['enggak', 'nggak'],
  ['engga', 'nggak'],
  ['kagak', 'nggak'],
  ['kaga', 'nggak'],
  ['tau', 'tahu'],
  ['bundir', 'bunuh diri'],
  ['bunuhdiri', 'bunuh diri'],
  ['sucide', 'suicide'],
  ['suicde', 'suicide'],
  ['sewerslide', 'suicide'],
  ['selfharm', 'self harm'],
  ['selfharming', 'self harming'],
  ['dibully', 'di bully'],
  ['dibuli', 'di bully'],
  ['dibullly', 'di bully'],
  ['ortu', 'orang tua'],
  ['otw', 'on the way'],
  ['plis', 'please'],
  ['pls', 'please'],
  ['plz', 'please'],
  // English
  ['u', 'you'],
  ['ur', 'your'],
  ['youre', 'you are'],
  ['r', 'are'],
  ['wanna', 'want to'],
  ['gonna', 'going to'],
  ['gunna', 'going to'],
  ['gona', 'going to'],
  ['gotta', 'got to'],
  ['tryna', 'trying to'],
  ['im', 'i am'],
  ['ive', 'i have'],
  ['ill', 'i will'],
  ['idk', 'i dont know'],
  ['dunno', 'dont know'],
  ['ngl', 'not going to lie'],
  ['rn', 'right now'],
  ['tn', 'tonight'],
  ['tonite', 'tonight'],
  ['2nite', 'tonight'],
  ['2night', 'tonight'],
  ['tmrw', 'tomorrow'],
  ['tmr', 'tomorrow'],
  ['tmrrw', 'tomorrow'],
  ['tomoro', 'tomorrow'],
  ['2day', 'today'],
  ['b4', 'before'],
  ['bc', 'because'],
  ['bcs', 'because'],
  ['cuz', 'because'],
  ['coz', 'because'],
  ['cos', 'because'],
  ['abt', 'about'],
  ['bout', 'about'],
  ['ppl', 'people'],
  ['every1', 'everyone'],
  ['no1', 'no one'],
  ['noone', 'no one'],
  ['some1', 'someone'],
  ['any1', 'anyone'],
  ['rly', 'really'],
  ['srsly', 'seriously'],
  ['thx', 'thanks'],
  ['kms', 'kill myself'],
  ['kys', 'kill yourself'],
  ['tbh', 'to be honest'],
  ['td', 'tadi'],
  ['tdi', 'tadi'],
  ['imo', 'in my opinion'],
  // More Indonesian short forms
  ['drpd', 'daripada'],
  ['dripada', 'daripada'],
  ['brp', 'berapa'],
  ['brapa', 'berapa'],
  ['kmrn', 'kemarin'],
  ['kmarin', 'kemarin'],
  ['kemaren', 'kemarin'],
  ['msh', 'masih'],
  ['masi', 'masih'],
  ['byk', 'banyak'],
  ['bnyk', 'banyak'],
  ['gaada', 'gak ada'],
  ['gausah', 'gak usah'],
  ['gausa', 'gak usah'],
  ['gatau', 'gak tahu'],
  ['gatahu', 'gak tahu'],
  ['gabisa', 'gak bisa'],
  ['gamau', 'gak mau'],
  ['gapernah', 'gak pernah'],
  ['gaboleh', 'gak boleh'],
  ['gakuat', 'gak kuat'],
  ['gaperlu', 'gak perlu'],
  ['gada', 'gak ada'],
  ['ntar', 'nanti'],
  ['nnti', 'nanti'],
  ['ntr', 'nanti'],
  ['smua', 'semua'],
  ['smuanya', 'semuanya'],
  ['sndiri', 'sendiri'],
  ['tdr', 'tidur'],
  ['bkl', 'bakal'],
  ['bakalan', 'bakal'],
  ['tlg', 'tolong'],
  ['tlong', 'tolong'],
  ['sblm', 'sebelum'],
  ['stlh', 'setelah'],
  ['sklh', 'sekolah'],
];

export const ABBREVIATION_MAP: ReadonlyMap<string, string> = new Map(
  ABBREVIATIONS.map(([from, to]) => [squeezeWord(from), to.split(' ').map(squeezeWord).join(' ')]),
);

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}
function isWordCode(c: number): boolean {
  return isLower(c) || isDigit(c) || (c >= 128 && c !== 0x3000);
}

const LEET: Record<number, number> = {
  48: 111, // 0 -> o
  49: 105, // 1 -> i
  51: 101, // 3 -> e
  52: 97, // 4 -> a
  53: 115, // 5 -> s
  55: 116, // 7 -> t
  64: 97, // @ -> a
  36: 115, // $ -> s
  33: 105, // ! -> i
  124: 108, // | -> l
};

function isLeetSymbol(c: number): boolean {
  return c === 64 || c === 36 || c === 33 || c === 124;
}

const CLAUSE_MARK = 1;
const SENTENCE_MARK = 2;
/** CLAUSE_MARK for , and :, SENTENCE_MARK for . ! ? ; and line breaks, else 0 (ASCII codes). */
const MARKS_BY_CODE = new Uint8Array(128);
for (const c of [44, 58]) MARKS_BY_CODE[c] = CLAUSE_MARK;
for (const c of [46, 33, 63, 59, 10, 13]) MARKS_BY_CODE[c] = SENTENCE_MARK;

function markOf(code: number): number {
  return code < 128 ? (MARKS_BY_CODE[code] as number) : 0;
}

/** A word from its codes (words are short: one call per character beats `apply` on a subarray). */
function fromCodes(codes: Uint16Array, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String.fromCharCode(codes[i] as number);
  return s;
}

const CONTRACTIONS: ReadonlyArray<readonly [string, string]> = [
  ['ll', 'will'],
  ['re', 'are'],
  ['ve', 'have'],
  ['m', 'am'],
  ['d', 'would'],
];

/** Words whose "'s" is "is" ("he's", "there's"); elsewhere it is a possessive and just joins. */
const S_IS = new Set([
  'he',
  'she',
  'it',
  'that',
  'what',
  'there',
  'who',
  'where',
  'here',
  'everyone',
  'nobody',
  'someone',
  'life',
  'tonight',
  'today',
  'tomorrow',
  'everything',
  'nothing',
  'this',
  'time',
]);

/** A contraction suffix starting at `at` ("ll" in "he'll"), or null. */
function contractionAt(base: string, at: number, word: string): { expansion: string; length: number } | null {
  if (base.charCodeAt(at) === 115 && !isWordCode(base.charCodeAt(at + 1) | 32)) {
    return S_IS.has(word) ? { expansion: 'is', length: 1 } : null;
  }
  for (const [suffix, expansion] of CONTRACTIONS) {
    if (base.startsWith(suffix, at) && !isWordCode(base.charCodeAt(at + suffix.length) | 32)) {
      return { expansion: squeezeWord(expansion), length: suffix.length };
    }
  }
  return null;
}

/**
 * Where the characters of `text` come from, as segments: text[out, out + len) comes from
 * base[base, base + len) one to one ("copy"), or as a whole from base[base, baseEnd) (an
 * abbreviation, a squeezed or leet word: every character points at the word).
 */
interface Segments {
  out: Int32Array;
  base: Int32Array;
  len: Int32Array;
  /** -1 for a one-to-one copy, else the end (exclusive) of the base span the segment stands for. */
  baseEnd: Int32Array;
  count: number;
}

function newSegments(size: number): Segments {
  return {
    out: new Int32Array(size),
    base: new Int32Array(size),
    len: new Int32Array(size),
    baseEnd: new Int32Array(size),
    count: 0,
  };
}

let segBuf = newSegments(256);

function pushSegment(out: number, base: number, len: number, baseEnd: number): void {
  const sg = segBuf;
  if (sg.count >= sg.out.length) {
    const bigger = newSegments(sg.out.length * 2);
    bigger.out.set(sg.out);
    bigger.base.set(sg.base);
    bigger.len.set(sg.len);
    bigger.baseEnd.set(sg.baseEnd);
    bigger.count = sg.count;
    segBuf = bigger;
  }
  const k = segBuf.count++;
  segBuf.out[k] = out;
  segBuf.base[k] = base;
  segBuf.len[k] = len;
  segBuf.baseEnd[k] = baseEnd;
}

// Abbreviations as a trie over a-z0-9, so plain words are looked up without making a string.
const TRIE_K = 36;
const trieNext: number[] = [];
const trieValue: (string | undefined)[] = [];
function trieState(): number {
  for (let k = 0; k < TRIE_K; k++) trieNext.push(-1);
  trieValue.push(undefined);
  return trieValue.length - 1;
}
trieState();
for (const [from, to] of ABBREVIATION_MAP) {
  let state = 0;
  for (let i = 0; i < from.length; i++) {
    const c = from.charCodeAt(i);
    const sym = c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? 26 + c - 48 : -1;
    if (sym < 0) {
      state = -1;
      break;
    }
    let next = trieNext[state * TRIE_K + sym] as number;
    if (next < 0) {
      next = trieState();
      trieNext[state * TRIE_K + sym] = next;
    }
    state = next;
  }
  if (state >= 0) trieValue[state] = to;
}
const TRIE = Int32Array.from(trieNext);

/** The abbreviation trie's state after `state` reads `c` (-1: no abbreviation goes on so). */
function abbreviationStep(state: number, c: number): number {
  if (state < 0) return -1;
  const sym = c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? 26 + c - 48 : -1;
  return sym < 0 ? -1 : (TRIE[state * TRIE_K + sym] as number);
}

export function prepare(original: string): Prepared {
  const { base, map: baseMap } = fold(original);
  const n = base.length;
  segBuf.count = 0;
  let text = '';
  /** The kind of mark `text` ends with (0: it ends with a word), so it is never read back. */
  let lastMark = 0;
  let pendingSpace = false;
  let digits = 0;
  let hasAt = false;
  // A pending one-to-one copy of base[copyFrom, copyTo) (plain words separated by single spaces).
  let copyFrom = -1;
  let copyTo = -1;

  const flushCopy = (): void => {
    if (copyFrom < 0) return;
    pushSegment(text.length, copyFrom, copyTo - copyFrom, -1);
    text += base.slice(copyFrom, copyTo);
    lastMark = 0;
    copyFrom = -1;
  };
  /** Appends a string that stands for base[from, to) as a whole. */
  const emitWhole = (str: string, from: number, to: number, space: boolean): void => {
    flushCopy();
    if (space && text.length > 0) {
      pushSegment(text.length, from, 1, from + 1);
      text += ' ';
      lastMark = 0;
    }
    pushSegment(text.length, from, str.length, to);
    text += str;
    lastMark = 0;
  };

  let i = 0;
  while (i < n) {
    const c = base.charCodeAt(i);
    if (isWordCode(c)) {
      // Scan one word. Plain words (no repeated letters, leetspeak, apostrophes) are copied as they are.
      let j = i;
      let plain = true;
      let prevCode = 0;
      // Where the word stands in the abbreviation trie (the whole word must be one).
      let abbreviation = 0;
      while (j < n) {
        const d = base.charCodeAt(j);
        if (isWordCode(d)) {
          abbreviation = abbreviationStep(abbreviation, d);
          if (isDigit(d)) {
            digits++;
            // LEET digits, and "2" after letters (Indonesian reduplication: "anak2" -> "anak anak").
            if (LEET[d] !== undefined || (d === 50 && isLower(prevCode))) plain = false;
          } else if (d >= 128 || (d === prevCode && isLower(d))) plain = false;
          prevCode = d;
          j++;
          continue;
        }
        const next = j + 1 < n ? base.charCodeAt(j + 1) : 0;
        if (isLeetSymbol(d) && isLower(prevCode) && isWordCode(next)) {
          if (d === 64) hasAt = true;
          plain = false;
          prevCode = d;
          j++;
          continue;
        }
        if (
          (d === 39 || d === 96) &&
          isWordCode(next) &&
          contractionAt(base, j + 1, base.slice(i, j)) === null
        ) {
          plain = false; // "don't" -> "dont"
          prevCode = d;
          j++;
          continue;
        }
        break;
      }
      const replacement = plain && abbreviation >= 0 ? trieValue[abbreviation] : undefined;
      if (plain && replacement === undefined) {
        if (copyFrom >= 0 && copyTo === i - 1 && pendingSpace && base.charCodeAt(i - 1) === 32) {
          copyTo = j; // "word word": still a one-to-one copy
        } else {
          flushCopy();
          if (pendingSpace && text.length > 0) {
            pushSegment(text.length, i, 1, i + 1);
            text += ' ';
            lastMark = 0;
          }
          copyFrom = i;
          copyTo = j;
        }
      } else if (replacement !== undefined) emitWhole(replacement, i, j, pendingSpace);
      else emitWhole(slowWord(base, i, j), i, j, pendingSpace);
      pendingSpace = true;
      i = j;
      // A contraction right after the word: "he'll" -> "he will".
      if (i < n && (base.charCodeAt(i) === 39 || base.charCodeAt(i) === 96)) {
        const rest = contractionAt(base, i + 1, lastWord(base, i));
        if (rest !== null) {
          emitWhole(rest.expansion, i, i + 1 + rest.length, true);
          i += 1 + rest.length;
        }
      }
      continue;
    }
    if (c === 64) hasAt = true;
    if (c === 37) {
      emitWhole('percent', i, i + 1, true); // "50%" -> "50 percent"
      pendingSpace = true;
      i++;
      continue;
    }
    const kind = markOf(c);
    if (kind !== 0) {
      // One mark per run; a sentence mark wins over a clause mark; newlines count as full stops.
      const mark = c === 10 || c === 13 ? 46 : c;
      flushCopy();
      if (text.length > 0) {
        if (lastMark !== 0) {
          if (lastMark === CLAUSE_MARK && kind === SENTENCE_MARK) {
            text = text.slice(0, -1) + String.fromCharCode(mark);
            lastMark = SENTENCE_MARK;
          }
        } else {
          pushSegment(text.length, i, 1, i + 1);
          text += String.fromCharCode(mark);
          lastMark = kind;
        }
        pendingSpace = true;
      }
      i++;
      continue;
    }
    if (text.length > 0 || copyFrom >= 0) pendingSpace = true;
    i++;
  }
  flushCopy();
  return { original, base, baseMap, text, segments: segBuf, digits, hasAt };
}

function lastWord(base: string, end: number): string {
  let k = end;
  while (k > 0 && isLower(base.charCodeAt(k - 1))) k--;
  return base.slice(k, end);
}

/** A word that needs leetspeak undone, letters squeezed, an apostrophe dropped, or an abbreviation expanded. */
function slowWord(base: string, from: number, to: number): string {
  let wordLen = 0;
  for (let k = from; k < to && wordLen < wordCodes.length; k++) {
    const c = base.charCodeAt(k);
    if (c === 39 || c === 96) continue;
    wordCodes[wordLen++] = c;
  }
  // Leetspeak only inside words that are mostly letters: "k1ll", "m4ti", not "2024" or "10x".
  let letters = 0;
  let odd = 0;
  for (let k = 0; k < wordLen; k++) {
    const c = wordCodes[k] as number;
    if (isLower(c) || c >= 128) letters++;
    else if (LEET[c] !== undefined) odd++;
  }
  // A number with a unit ("20rb", "50k", "10mg") is not leetspeak.
  if (odd > 0 && letters >= 2 && odd <= letters && !NUMBER_WITH_UNIT.test(fromCodes(wordCodes, wordLen))) {
    for (let k = 0; k < wordLen; k++) {
      const mapped = LEET[wordCodes[k] as number];
      if (mapped !== undefined) wordCodes[k] = mapped;
    }
  }
  // Squeeze repeated letters (digits stay: "2000").
  let w = 0;
  let two = false;
  for (let k = 0; k < wordLen; k++) {
    const c = wordCodes[k] as number;
    if (w > 0 && isLower(c) && wordCodes[w - 1] === c) continue;
    if (c === 50) two = true;
    wordCodes[w++] = c;
  }
  const word = fromCodes(wordCodes, w);
  // Reduplication written with a 2: "anak2" -> "anak anak", "pegang2" -> "pegang pegang",
  // "mati2an" -> "mati matian", "bnr2" -> "bener bener".
  const dup = two ? REDUPLICATION.exec(word) : null;
  if (dup !== null) {
    const stem = ABBREVIATION_MAP.get(dup[1] as string) ?? (dup[1] as string);
    return `${stem} ${stem}${dup[2] as string}`;
  }
  return ABBREVIATION_MAP.get(word) ?? word;
}

const REDUPLICATION = /^([a-z]{3,})2([a-z]{0,4})$/;
const NUMBER_WITH_UNIT = /^[0-9]+[a-z]{1,4}$/;

/** The base offset a text offset comes from (`end`: the offset of the last character of a span). */
function baseOffsetOf(p: Prepared, k: number, end: boolean): number {
  const sg = p.segments;
  let lo = 0;
  let hi = sg.count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sg.out[mid] as number) <= k) lo = mid;
    else hi = mid - 1;
  }
  const out = sg.out[lo] as number;
  const base = sg.base[lo] as number;
  const baseEnd = sg.baseEnd[lo] as number;
  if (baseEnd < 0) return base + (k - out);
  return end ? baseEnd - 1 : base;
}

function origOf(p: Prepared, baseOffset: number): number {
  if (p.baseMap === null) return baseOffset;
  return p.baseMap[Math.min(baseOffset, p.baseMap.length - 1)] as number;
}

/** The original-text excerpt for a match of `text[start, end)`, widened to whole words and shortened. */
export function excerptOf(p: Prepared, start: number, end: number, max = 80): string {
  const src = p.original;
  if (p.text.length === 0 || p.segments.count === 0) return '';
  const last = Math.max(start, Math.min(end, p.text.length) - 1);
  let from = origOf(p, baseOffsetOf(p, Math.min(start, p.text.length - 1), false));
  let to = origOf(p, baseOffsetOf(p, last, true)) + 1;
  while (from > 0 && isExcerptWordChar(src.charCodeAt(from - 1))) from--;
  while (to < src.length && isExcerptWordChar(src.charCodeAt(to))) to++;
  let s = src.slice(from, to).replace(/\s+/g, ' ').trim();
  if (s.length > max) s = s.slice(0, max - 1).trimEnd() + '…';
  return s;
}

function isExcerptWordChar(c: number): boolean {
  return (
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    c === 39 ||
    c === 0x2019 ||
    (c >= 0xc0 && c <= 0x24f)
  );
}
