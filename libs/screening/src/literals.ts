/**
 * Required literals of a regular expression: a set of strings such that every match of the
 * expression contains at least one of them. The engine runs a rule only when the text contains one
 * of its required literals (found for all rules at once by an Aho-Corasick automaton, gate.ts), so
 * most rules never run on most posts, and no rule can be skipped wrongly: a text without any of the
 * literals cannot match.
 *
 * Handles the regex subset the rules use: literals, escapes, classes, groups, lookarounds,
 * alternation and quantifiers. Anything not understood yields "no requirement" (the rule always runs).
 */

type Node =
  | { t: 'lit'; c: string }
  | { t: 'any' } // class, dot, \w...
  | { t: 'assert' } // ^ $ \b lookarounds
  | { t: 'alt'; branches: Node[][] }
  | { t: 'rep'; node: Node; min: number; max: number };

class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  parse(): Node {
    const node = this.alt();
    if (this.i < this.s.length) throw new Error(`unexpected ${this.s[this.i]} at ${this.i}`);
    return node;
  }

  private alt(): Node {
    const branches: Node[][] = [this.concat()];
    while (this.s[this.i] === '|') {
      this.i++;
      branches.push(this.concat());
    }
    return { t: 'alt', branches };
  }

  private concat(): Node[] {
    const items: Node[] = [];
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      items.push(this.quantified(this.atom()));
    }
    return items;
  }

  private atom(): Node {
    const c = this.s[this.i] as string;
    if (c === '(') {
      this.i++;
      let look = false;
      if (this.s[this.i] === '?') {
        const next = this.s[this.i + 1];
        if (next === ':') this.i += 2;
        else if (next === '=' || next === '!') {
          this.i += 2;
          look = true;
        } else if (next === '<' && (this.s[this.i + 2] === '=' || this.s[this.i + 2] === '!')) {
          this.i += 3;
          look = true;
        } else if (next === '<') {
          this.i = this.s.indexOf('>', this.i) + 1;
        }
      }
      const inner = this.alt();
      if (this.s[this.i] !== ')') throw new Error('unbalanced group');
      this.i++;
      return look ? { t: 'assert' } : inner;
    }
    if (c === '[') {
      this.i++;
      if (this.s[this.i] === '^') this.i++;
      if (this.s[this.i] === ']') this.i++;
      while (this.i < this.s.length && this.s[this.i] !== ']') {
        if (this.s[this.i] === '\\') this.i++;
        this.i++;
      }
      this.i++;
      return { t: 'any' };
    }
    if (c === '\\') {
      const e = this.s[this.i + 1] as string;
      this.i += 2;
      if (e === 'b' || e === 'B') return { t: 'assert' };
      if ('dDwWsS'.includes(e)) return { t: 'any' };
      if (e === 'u' || e === 'x') return { t: 'any' };
      // A backreference matches as much as its group did: neither a literal nor a known length.
      if (e >= '1' && e <= '9') throw new Error('backreferences are not supported');
      return { t: 'lit', c: e };
    }
    this.i++;
    if (c === '.') return { t: 'any' };
    if (c === '^' || c === '$') return { t: 'assert' };
    return { t: 'lit', c };
  }

  private quantified(node: Node): Node {
    const c = this.s[this.i];
    let min = 1;
    let max = 1;
    if (c === '?') {
      min = 0;
      this.i++;
    } else if (c === '*') {
      min = 0;
      max = Infinity;
      this.i++;
    } else if (c === '+') {
      max = Infinity;
      this.i++;
    } else if (c === '{') {
      const close = this.s.indexOf('}', this.i);
      const [a, b] = this.s.slice(this.i + 1, close).split(',');
      min = Number(a);
      max = b === undefined ? min : b === '' ? Infinity : Number(b);
      this.i = close + 1;
    } else return node;
    if (this.s[this.i] === '?') this.i++;
    if (min === 1 && max === 1) return node;
    return { t: 'rep', node, min, max };
  }
}

type Req = Set<string> | null;

function score(set: Set<string>): number {
  let min = Infinity;
  for (const s of set) min = Math.min(min, s.length);
  // Longer literals are rarer; among equals, fewer alternatives are cheaper.
  return min * 1000 - set.size;
}

function better(a: Req, b: Req): Req {
  if (a === null) return b;
  if (b === null) return a;
  return score(b) > score(a) ? b : a;
}

function requiredOfConcat(items: Node[]): Req {
  let best: Req = null;
  let run = '';
  const flush = () => {
    if (run.length > 0) best = better(best, new Set([run]));
    run = '';
  };
  for (const item of items) {
    if (item.t === 'lit') {
      run += item.c;
      continue;
    }
    if (item.t === 'rep' && item.min >= 1 && item.node.t === 'lit') {
      run += item.node.c;
      flush();
      continue;
    }
    flush();
    best = better(best, required(item));
  }
  flush();
  return best;
}

function required(node: Node): Req {
  switch (node.t) {
    case 'lit':
      return new Set([node.c]);
    case 'any':
    case 'assert':
      return null;
    case 'rep':
      return node.min >= 1 ? required(node.node) : null;
    case 'alt': {
      const union = new Set<string>();
      for (const branch of node.branches) {
        const r = requiredOfConcat(branch);
        if (r === null) return null;
        for (const s of r) union.add(s);
      }
      return union;
    }
  }
}

/** Strings one of which every match of `source` contains, or null when none can be derived. */
export function requiredLiterals(source: string): string[] | null {
  const r = required(new Parser(source).parse());
  if (r === null) return null;
  // A literal that contains another one is implied by it: keep the shorter.
  const list = [...r].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const s of list) if (!kept.some((k) => s.includes(k))) kept.push(s);
  return kept;
}

/** Literals of one clause: at least one must be present. */
export type Clause = string[];
/** All clauses must hold. */
export type Conjunction = Clause[];

/**
 * Any part of a required literal is required too, so each literal is cut to its last MAX_LITERAL
 * characters (the end of a phrase tells most: "aku mau mati" -> "ku mau mati", "i am going to kill
 * myself" -> "kill myself"). This keeps the automaton small; the gate only gets a little looser
 * (10 since round 9: 12 left no room under the 65,536-state limit in round 7, 11 in round 9; each
 * cut frees several thousand states).
 */
const MAX_LITERAL = 10;

function minimise(set: Set<string>): Clause {
  // Sorted, a literal that another kept literal starts with comes right after it: drop it.
  const list = [...new Set([...set].map((s) => s.slice(-MAX_LITERAL)))].sort();
  const kept: string[] = [];
  for (const s of list) {
    const last = kept[kept.length - 1];
    if (last === undefined || !s.startsWith(last)) kept.push(s);
  }
  return kept;
}

/** The exact strings a node can match, when it can only match a few fixed strings; else null. */
function fixedStrings(node: Node, limit: number): string[] | null {
  switch (node.t) {
    case 'lit':
      return [node.c];
    case 'any':
      return null;
    case 'assert':
      return [''];
    case 'rep': {
      // Only an optional item ("x?") has a few fixed forms; a repeated one does not.
      if (node.min !== 0 || node.max !== 1) return null;
      const inner = fixedStrings(node.node, limit);
      return inner === null ? null : ['', ...inner];
    }
    case 'alt': {
      const out: string[] = [];
      for (const branch of node.branches) {
        let strings: string[] = [''];
        for (const item of branch) {
          const next = fixedStrings(item, limit);
          if (next === null) return null;
          strings = product(strings, next, limit);
          if (strings.length === 0) return null;
        }
        out.push(...strings);
        if (out.length > limit) return null;
      }
      return out;
    }
  }
}

function product(a: string[], b: string[], limit: number): string[] {
  // Appending one fixed string never adds alternatives: only a product that grows is limited.
  if (a.length * b.length > Math.max(limit, a.length, b.length)) return [];
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  return out;
}

// At most this many strings from multiplying out a run of small alternations; beyond it the run
// starts again (a second clause of the conjunction). 16 rather than 60 keeps the automaton under
// 65,536 states with a gate as selective (measured on the bench posts): "(?:aku|gue|saya|ane)
// (?:mau |pengen |ingin )?(?:mati|menghilang|bunuh diri)" becomes two clauses ("aku mau", ...
// and "mati", ...) instead of 48 long literals that share no prefix once cut. Appending a fixed
// string ("want to" + " ") is never limited (see product).
const PRODUCT_LIMIT = 16;
/** A run started again after a long alternation may be larger: a few characters before each item. */
const RESTART_LIMIT = 400;

function clausesOfConcat(items: Node[], max: number): Conjunction | null {
  const candidates: Set<string>[] = [];
  // Runs of items that only match a few fixed strings are multiplied out into longer literals
  // (" sh" rather than "sh", "aku mau" rather than "aku" and "mau").
  let run: string[] | null = null;
  const flush = () => {
    if (run !== null) {
      const nonEmpty = run.filter((x) => x.length > 0);
      if (nonEmpty.length === run.length && run.length > 0) candidates.push(new Set(run));
    }
    run = null;
  };
  for (const item of items) {
    const fixed = fixedStrings(item, RESTART_LIMIT);
    if (fixed !== null) {
      const next: string[] = run === null ? fixed : product(run, fixed, PRODUCT_LIMIT);
      if (next.length > 0) {
        run = next;
        continue;
      }
      // Too many combinations: keep what we have, start again from this item, with the last few
      // characters before it when they are the same for all (usually a space).
      const before: string[] = run ?? [];
      flush();
      run = fixed;
      for (let k = 3; k >= 1; k--) {
        const tails = [...new Set(before.map((x) => x.slice(-k)))];
        if (tails.length > 0 && tails.length <= 4 && tails.every((t) => t.length === k)) {
          const joined = product(tails, fixed, RESTART_LIMIT);
          if (joined.length > 0) {
            run = joined;
            break;
          }
        }
      }
      continue;
    }
    flush();
    if (item.t === 'rep' && item.min >= 1) {
      const r = required(item.node);
      if (r !== null) candidates.push(r);
      continue;
    }
    const r = required(item);
    if (r !== null) candidates.push(r);
  }
  flush();
  if (candidates.length === 0) return null;
  candidates.sort((a, b) => score(b) - score(a));
  // A clause of one space or one letter says nothing; keep it only when nothing better exists.
  const useful = candidates.filter((c) => score(c) >= 2000);
  return (useful.length > 0 ? useful : candidates).slice(0, max).map(minimise);
}

function alternativesOf(node: Node, out: Conjunction[], depth: number): boolean {
  if (node.t !== 'alt') {
    const r = required(node);
    if (r === null) return false;
    out.push([minimise(r)]);
    return true;
  }
  for (const branch of node.branches) {
    const only = branch.length === 1 ? branch[0] : undefined;
    if (only !== undefined && only.t === 'alt' && depth < 3) {
      if (!alternativesOf(only, out, depth + 1)) return false;
      continue;
    }
    const conj = clausesOfConcat(branch, 3);
    if (conj === null) return false;
    out.push(conj);
  }
  return true;
}

/**
 * A gate for `source`: the text can only match when, for at least one alternative, every clause
 * has one of its literals in the text. Null when no gate can be derived.
 */
export function gateOf(source: string): Conjunction[] | null {
  const out: Conjunction[] = [];
  if (!alternativesOf(new Parser(source).parse(), out, 0)) return null;
  return out;
}

/**
 * The longest text a match of `source` can consume (Infinity when a quantifier is unbounded).
 * Lookarounds read text but consume none.
 */
export function maxMatchLength(source: string): number {
  return maxLength(new Parser(source).parse());
}

function maxLength(node: Node): number {
  switch (node.t) {
    case 'lit':
    case 'any':
      return 1;
    case 'assert':
      return 0;
    case 'alt': {
      let longest = 0;
      for (const branch of node.branches) {
        let length = 0;
        for (const item of branch) length += maxLength(item);
        longest = Math.max(longest, length);
      }
      return longest;
    }
    case 'rep': {
      const once = maxLength(node.node);
      return once === 0 ? 0 : once * node.max;
    }
  }
}
