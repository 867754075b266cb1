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
  /** Offset in `original` of each character of `text` (valid during one screening call only). */
  readonly textMap: Int32Array;
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
let textMapBuf: Int32Array = new Int32Array(1024);
let outCodes: Uint16Array = new Uint16Array(1024);
const wordCodes = new Uint16Array(256);
const wordOffsets = new Int32Array(256);

function growInt(buf: Int32Array, n: number): Int32Array {
  if (buf.length >= n) return buf;
  let size = buf.length;
  while (size < n) size *= 2;
  return new Int32Array(size);
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

interface Base {
  base: string;
  map: Int32Array | null;
}

function fold(original: string): Base {
  if (isAscii(original)) return { base: original.toLowerCase(), map: null };
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

const PUNCT_SENTENCE = new Set([46, 33, 63, 59, 10, 13]); // . ! ? ; \n \r
const PUNCT_CLAUSE = new Set([44, 58]); // , :

function fromCodes(codes: Uint16Array, n: number): string {
  let s = '';
  for (let i = 0; i < n; i += 4096) {
    s += String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + 4096)) as unknown as number[]);
  }
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

export function prepare(original: string): Prepared {
  const { base, map: baseMap } = fold(original);
  const n = base.length;
  if (outCodes.length < n * 3 + 16) outCodes = new Uint16Array(n * 3 + 16);
  textMapBuf = growInt(textMapBuf, n * 3 + 16);
  let out = 0;
  let pendingSpace = false;
  let digits = 0;
  let hasAt = false;
  let wordLen = 0;

  const emit = (code: number, origOffset: number): void => {
    if (out >= outCodes.length) {
      const bigger = new Uint16Array(outCodes.length * 2);
      bigger.set(outCodes);
      outCodes = bigger;
      const biggerMap = new Int32Array(textMapBuf.length * 2);
      biggerMap.set(textMapBuf);
      textMapBuf = biggerMap;
    }
    outCodes[out] = code;
    textMapBuf[out] = origOffset;
    out++;
  };

  const flushWord = (): void => {
    if (wordLen === 0) return;
    // Leetspeak only inside words that are mostly letters: "k1ll", "m4ti", not "2024" or "10x".
    let letters = 0;
    let odd = 0;
    for (let k = 0; k < wordLen; k++) {
      const c = wordCodes[k] as number;
      if (isLower(c) || c >= 128) letters++;
      else if (LEET[c] !== undefined) odd++;
    }
    if (odd > 0 && letters >= 2 && odd <= letters) {
      for (let k = 0; k < wordLen; k++) {
        const mapped = LEET[wordCodes[k] as number];
        if (mapped !== undefined) wordCodes[k] = mapped;
      }
    }
    // Squeeze repeated letters (digits stay: "2000").
    let w = 0;
    for (let k = 0; k < wordLen; k++) {
      const c = wordCodes[k] as number;
      if (w > 0 && isLower(c) && wordCodes[w - 1] === c) continue;
      wordCodes[w] = c;
      wordOffsets[w] = wordOffsets[k] as number;
      w++;
    }
    const word = fromCodes(wordCodes, w);
    const replacement = ABBREVIATION_MAP.get(word);
    if (out > 0 && pendingSpace) emit(32, wordOffsets[0] as number);
    pendingSpace = false;
    if (replacement !== undefined && replacement !== word) {
      const start = wordOffsets[0] as number;
      for (let k = 0; k < replacement.length; k++) emit(replacement.charCodeAt(k), start);
    } else {
      for (let k = 0; k < w; k++) emit(wordCodes[k] as number, wordOffsets[k] as number);
    }
    wordLen = 0;
    pendingSpace = true;
  };

  for (let i = 0; i < n; i++) {
    let c = base.charCodeAt(i);
    const orig = baseMap ? (baseMap[i] as number) : i;
    if (isDigit(c)) digits++;
    else if (c === 64) hasAt = true;
    if (c >= 65 && c <= 90) c += 32;
    const prev = i > 0 ? base.charCodeAt(i - 1) : 0;
    const next = i + 1 < n ? base.charCodeAt(i + 1) : 0;
    if (isWordCode(c) || (isLeetSymbol(c) && wordLen > 0 && isLower(prev | 32) && isWordCode(next | 32))) {
      if (wordLen < wordCodes.length) {
        wordCodes[wordLen] = c;
        wordOffsets[wordLen] = orig;
        wordLen++;
      }
      continue;
    }
    if ((c === 39 || c === 96) && wordLen > 0 && isWordCode(next | 32)) {
      // Contractions: "he'll" -> "he will", "you're" -> "you are"; other apostrophes join ("don't" -> "dont").
      const rest = contractionAt(base, i + 1, fromCodes(wordCodes, wordLen));
      if (rest !== null) {
        flushWord();
        emit(32, orig);
        for (let k = 0; k < rest.expansion.length; k++) emit(rest.expansion.charCodeAt(k), orig);
        pendingSpace = true;
        i += rest.length;
      }
      continue;
    }
    flushWord();
    if (c === 37) {
      // "50%" -> "50 percent"
      if (out > 0) emit(32, orig);
      for (const ch of 'percent') emit(ch.charCodeAt(0), orig);
      pendingSpace = true;
      continue;
    }
    if (PUNCT_SENTENCE.has(c) || PUNCT_CLAUSE.has(c)) {
      // One mark per run; a sentence mark wins over a clause mark; newlines count as full stops.
      const mark = c === 10 || c === 13 ? 46 : c;
      const last = out > 0 ? (outCodes[out - 1] as number) : 0;
      if (out === 0) continue;
      if (PUNCT_SENTENCE.has(last) || PUNCT_CLAUSE.has(last)) {
        if (PUNCT_CLAUSE.has(last) && PUNCT_SENTENCE.has(mark)) outCodes[out - 1] = mark;
      } else emit(mark, orig);
      pendingSpace = true;
      continue;
    }
    pendingSpace = out > 0;
  }
  flushWord();
  return {
    original,
    base,
    baseMap,
    text: fromCodes(outCodes, out),
    textMap: textMapBuf.subarray(0, out),
    digits,
    hasAt,
  };
}

/** The original-text excerpt for a match of `text[start, end)`, widened to whole words and shortened. */
export function excerptOf(p: Prepared, start: number, end: number, max = 80): string {
  const src = p.original;
  if (p.text.length === 0) return '';
  let from = p.textMap[Math.min(start, p.textMap.length - 1)] as number;
  let to = (p.textMap[Math.max(start, Math.min(end, p.textMap.length) - 1)] as number) + 1;
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
