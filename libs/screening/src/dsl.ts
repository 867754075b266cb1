/**
 * The small pattern language the rules are written in.
 *
 * A rule pattern is a JavaScript regular expression source written against the *normalised* text
 * (see normalize.ts): lower case, no apostrophes, hyphens as spaces, single spaces between words,
 * and every run of a repeated letter squeezed to one letter ("capeeek" -> "capek", "kill" -> "kil").
 * Patterns are written with ordinary spelling; compilation applies the same squeeze to their literal
 * letters, so "kill myself" matches "killll myself" and "kil myself" alike.
 *
 * Compilation also
 * - expands `{MACRO}` references (upper-case names) from the macro table, recursively;
 * - turns every capturing group into a non-capturing one, so that a family regex can give each rule
 *   exactly one capturing group and tell from the group index which rule matched.
 */

const MACRO_RE = /\{([A-Z][A-Z0-9_]*)\}/g;

export function expandMacros(source: string, macros: Readonly<Record<string, string>>, depth = 0): string {
  if (depth > 8) throw new Error(`macro expansion too deep in ${source}`);
  let changed = false;
  const out = source.replace(MACRO_RE, (_m, name: string) => {
    const body = macros[name];
    if (body === undefined) throw new Error(`unknown macro {${name}}`);
    changed = true;
    return `(?:${body})`;
  });
  return changed ? expandMacros(out, macros, depth + 1) : out;
}

function isLetter(c: string): boolean {
  return c >= 'a' && c <= 'z';
}

/** Squeezes repeated literal letters, turns capturing groups into non-capturing ones. */
export function squeezeSource(source: string): string {
  let out = '';
  let prev = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
      prev = '';
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      prev = '';
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      prev = '';
      continue;
    }
    if (c === '(' && source[i + 1] !== '?') {
      out += '(?:';
      prev = '';
      continue;
    }
    if (isLetter(c) && c === prev) continue;
    out += c;
    prev = isLetter(c) ? c : '';
  }
  return out;
}

// ---- Squeeze across joins. "adik(?:ku|nya)" must match "adiku" (the text's squeezed "adikku"):
// where a part may end with a letter and the next part may start with the same letter, that first
// letter becomes optional ("adik(?:k?u|nya)").

type Node =
  | { t: 'atom'; raw: string; letter: string | null }
  | { t: 'text'; raw: string } // two or more plain characters
  | { t: 'group'; open: string; branches: Node[][] }
  | { t: 'quant'; node: Node; raw: string };

function parseAlt(s: string, pos: { i: number }): Node[][] {
  const branches: Node[][] = [[]];
  while (pos.i < s.length && s[pos.i] !== ')') {
    if (s[pos.i] === '|') {
      pos.i++;
      branches.push([]);
      continue;
    }
    (branches[branches.length - 1] as Node[]).push(parseQuant(s, pos));
  }
  return branches;
}

function parseQuant(s: string, pos: { i: number }): Node {
  let node = parseAtom(s, pos);
  for (;;) {
    const c = s[pos.i];
    let raw: string;
    if (c === '?' || c === '*' || c === '+') raw = c;
    else if (c === '{' && /^\{\d+(?:,\d*)?\}/.test(s.slice(pos.i)))
      raw = s.slice(pos.i, s.indexOf('}', pos.i) + 1);
    else return node;
    pos.i += raw.length;
    if (s[pos.i] === '?') {
      raw += '?';
      pos.i++;
    }
    node = { t: 'quant', node, raw };
  }
}

function parseAtom(s: string, pos: { i: number }): Node {
  const c = s[pos.i] as string;
  if (c === '(') {
    const open = /^\((?:\?:|\?=|\?!|\?<=|\?<!|\?<[a-zA-Z]\w*>)?/.exec(s.slice(pos.i))?.[0] ?? '(';
    pos.i += open.length;
    const branches = parseAlt(s, pos);
    pos.i++; // ')'
    return { t: 'group', open, branches };
  }
  if (c === '[') {
    let j = pos.i + 1;
    if (s[j] === '^') j++;
    if (s[j] === ']') j++;
    while (j < s.length && s[j] !== ']') j += s[j] === '\\' ? 2 : 1;
    const raw = s.slice(pos.i, j + 1);
    pos.i = j + 1;
    return { t: 'atom', raw, letter: null };
  }
  if (c === '\\') {
    const raw = s.slice(pos.i, pos.i + 2);
    pos.i += 2;
    return { t: 'atom', raw, letter: null };
  }
  // A run of plain characters is one node (fewer objects), but not the character a quantifier follows.
  let j = pos.i + 1;
  while (j < s.length && !SPECIAL.has(s[j] as string) && !QUANTIFIER.has(s[j + 1] as string)) j++;
  if (j - pos.i > 1) {
    const raw = s.slice(pos.i, j);
    pos.i = j;
    return { t: 'text', raw };
  }
  pos.i++;
  return { t: 'atom', raw: c, letter: isLetter(c) ? c : null };
}

const SPECIAL = new Set(['\\', '(', ')', '[', ']', '|', '?', '*', '+', '{', '}', '.', '^', '$']);
const QUANTIFIER = new Set(['?', '*', '+', '{']);

/** The source of `branches`; `barrier`, when given, follows every choice (see compactChoices). */
function print(branches: Node[][], barrier = ''): string {
  return branches.map((b) => b.map((n) => printNode(n, barrier)).join('')).join('|');
}

function printNode(n: Node, barrier: string): string {
  const choice = barrier !== '' && isChoice(n.t === 'quant' ? n.node : n);
  return printBare(n, barrier) + (choice ? barrier : '');
}

/** A node without the barrier after it (a quantifier goes right after its group). */
function printBare(n: Node, barrier: string): string {
  if (n.t === 'atom' || n.t === 'text') return n.raw;
  if (n.t === 'quant') return printBare(n.node, barrier) + n.raw;
  return `${n.open}${print(n.branches, barrier)})`;
}

const isLook = (n: Node) => n.t === 'group' && n.open !== '(?:' && n.open !== '(';
const isChoice = (n: Node) => n.t === 'group' && !isLook(n) && n.branches.length > 1;

function lastLetters(n: Node, out: Set<string>): void {
  if (n.t === 'text') {
    const last = n.raw[n.raw.length - 1] as string;
    if (isLetter(last)) out.add(last);
  } else if (n.t === 'atom') {
    if (n.letter !== null) out.add(n.letter);
  } else if (n.t === 'quant') lastLetters(n.node, out);
  else if (!isLook(n)) {
    for (const b of n.branches) {
      for (let k = b.length - 1; k >= 0; k--) {
        const item = b[k] as Node;
        if (isLook(item) || (item.t === 'atom' && item.raw.startsWith('\\b'))) continue;
        lastLetters(item, out);
        // An optional last item: the one before it may end the match too.
        if (item.t === 'quant' && (item.raw.startsWith('?') || item.raw.startsWith('*'))) continue;
        break;
      }
    }
  }
}

function relaxFirst(n: Node, letters: Set<string>): Node {
  if (n.t === 'text') {
    const first = n.raw[0] as string;
    return isLetter(first) && letters.has(first) ? { t: 'text', raw: `${first}?${n.raw.slice(1)}` } : n;
  }
  if (n.t === 'atom')
    return n.letter !== null && letters.has(n.letter) ? { t: 'quant', node: n, raw: '?' } : n;
  if (n.t === 'quant') return { ...n, node: relaxFirst(n.node, letters) };
  if (isLook(n)) return n;
  return {
    ...n,
    branches: n.branches.map((b) =>
      b.length === 0 ? b : [relaxFirst(b[0] as Node, letters), ...b.slice(1)],
    ),
  };
}

function relaxSequence(items: Node[]): Node[] {
  const out = items.map(relaxInside);
  for (let k = 1; k < out.length; k++) {
    const prev = out[k - 1] as Node;
    const next = out[k] as Node;
    // Only joins into a group ("adik(?:ku)"); inside a literal run the squeeze already holds.
    const isGroup = next.t === 'group' || (next.t === 'quant' && next.node.t === 'group');
    if (!isGroup) continue;
    const letters = new Set<string>();
    lastLetters(prev, letters);
    if (letters.size > 0) out[k] = relaxFirst(next, letters);
  }
  return out;
}

function relaxInside(n: Node): Node {
  if (n.t === 'atom' || n.t === 'text') return n;
  if (n.t === 'quant') return { ...n, node: relaxInside(n.node) };
  return { ...n, branches: n.branches.map(relaxSequence) };
}

export function relaxJoins(source: string): string {
  const pos = { i: 0 };
  const branches = parseAlt(source, pos);
  return print(branches.map(relaxSequence));
}

/** An empty lookahead: always true, zero-width. */
const BARRIER = '(?=)';

/**
 * The same regular expression, compiled by V8 into far less code. V8 generates what follows a
 * choice ("(?:aku|gue|saya) rest") once for each branch (up to ten times) when the branches have
 * different lengths, and nested choices multiply it: rules of 3-5 kB became 200-500 kB of bytecode.
 * Once a process holds 16 MB of executable code, V8 compiles every further regex without its
 * optimisations, 10-50 times slower (`TooMuchRegExpCode` in V8's regexp.cc): the rules compiled last
 * crawled. An empty lookahead after each choice makes V8 generate the rest once. Matches are the same.
 */
export function compactChoices(source: string): string {
  return print(parseAlt(source, { i: 0 }), BARRIER);
}

export function compileSource(source: string, macros: Readonly<Record<string, string>>): string {
  const compiled = relaxJoins(squeezeSource(expandMacros(source, macros)));
  // Fail early on a malformed pattern, with the rule source in the message.
  try {
    new RegExp(compiled);
  } catch (error) {
    throw new Error(`bad pattern ${source}: ${(error as Error).message}`, { cause: error });
  }
  return compiled;
}

/** The squeeze that normalisation applies to words, for word lists written in ordinary spelling. */
export function squeezeWord(word: string): string {
  let out = '';
  let prev = '';
  for (const c of word) {
    if (isLetter(c) && c === prev) continue;
    out += c;
    prev = c;
  }
  return out;
}
