/**
 * Aho-Corasick automaton over the required literals of all rules (literals.ts). One pass over the
 * normalised text tells which rules can possibly match; only those rules' regexes then run.
 */

// Alphabet: a-z, any digit, space, any punctuation mark, anything else. Mapping several characters
// to one symbol (in the text and in the literals alike) only makes the gate pass more often.
const K = 30;

const SYMBOL = new Uint8Array(128).fill(K - 1);
for (let c = 97; c <= 122; c++) SYMBOL[c] = c - 97;
for (let c = 48; c <= 57; c++) SYMBOL[c] = 26;
SYMBOL[32] = 27;
for (const ch of '.,!?;:') SYMBOL[ch.charCodeAt(0)] = 28;

function symbolOf(code: number): number {
  return code < 128 ? (SYMBOL[code] as number) : K - 1;
}

export class Gate {
  private readonly delta: Uint16Array | Int32Array;
  private readonly outStart: Int32Array;
  /** Nearest state on the failure chain that ends a literal, or -1. */
  private readonly dict: Int32Array;
  /** Output items: (alternative << 3) | clause. */
  private readonly outItems: Int32Array;
  private readonly altRule: Int32Array;
  private readonly altFull: Uint8Array;
  private readonly altMask: Uint8Array;
  private readonly flags: Uint8Array;
  /** Rules without a derivable gate: they always run. */
  private readonly always: readonly number[];
  /**
   * Per rule, after open(): the text offset where one of its alternatives first had all its
   * literals (-1: never, or the rule always runs). Every match of the rule ends there or later.
   */
  readonly openedAt: Int32Array;

  constructor(gatesByRule: readonly (readonly (readonly (readonly string[])[])[] | null)[]) {
    const ruleCount = gatesByRule.length;
    this.flags = new Uint8Array(ruleCount);
    this.hits = new Int32Array(ruleCount);
    this.openedAt = new Int32Array(ruleCount);
    this.always = gatesByRule.flatMap((g, i) => (g === null ? [i] : []));

    // Alternatives (conjunctions of up to 8 clauses) and, per literal, the clauses it satisfies.
    const altRule: number[] = [];
    const altFull: number[] = [];
    const byLiteral = new Map<string, Set<number>>();
    gatesByRule.forEach((gate, rule) => {
      for (const conj of gate ?? []) {
        const alt = altRule.length;
        altRule.push(rule);
        const clauses = conj.slice(0, 8);
        altFull.push((1 << clauses.length) - 1);
        clauses.forEach((clause, k) => {
          for (const lit of clause) {
            let set = byLiteral.get(lit);
            if (set === undefined) byLiteral.set(lit, (set = new Set()));
            set.add((alt << 3) | k);
          }
        });
      }
    });
    this.altRule = Int32Array.from(altRule);
    this.altFull = Uint8Array.from(altFull);
    this.altMask = new Uint8Array(altRule.length);

    // Trie in one flat table (K entries per state, -1 = none); outputs only on the states that end a literal.
    let next = new Int32Array(K * 4096).fill(-1);
    let states = 1;
    const own = new Map<number, number[]>();
    for (const [lit, items] of byLiteral) {
      let state = 0;
      for (let i = 0; i < lit.length; i++) {
        const at = state * K + symbolOf(lit.charCodeAt(i));
        let child = next[at] as number;
        if (child < 0) {
          if ((states + 1) * K > next.length) {
            const bigger = new Int32Array(next.length * 2).fill(-1);
            bigger.set(next);
            next = bigger;
          }
          child = states++;
          next[at] = child;
        }
        state = child;
      }
      const list = own.get(state) ?? [];
      for (const item of items) list.push(item);
      own.set(state, list);
    }

    // Failure links by breadth-first search, folded into a full transition table; each state also
    // links to the nearest state on its failure chain that ends a literal (a dictionary link).
    const delta = next.slice(0, states * K);
    const fail = new Int32Array(states);
    const dict = new Int32Array(states).fill(-1);
    const queue = new Int32Array(states);
    let tail = 0;
    for (let sym = 0; sym < K; sym++) {
      const child = delta[sym] as number;
      if (child >= 0) {
        fail[child] = 0;
        queue[tail++] = child;
      } else delta[sym] = 0;
    }
    for (let head = 0; head < tail; head++) {
      const state = queue[head] as number;
      const f = fail[state] as number;
      dict[state] = own.has(f) ? f : (dict[f] as number);
      const row = state * K;
      for (let sym = 0; sym < K; sym++) {
        const child = delta[row + sym] as number;
        if (child >= 0) {
          fail[child] = delta[f * K + sym] as number;
          queue[tail++] = child;
        } else delta[row + sym] = delta[f * K + sym] as number;
      }
    }

    // Every transition is set now; the smallest array that holds the state numbers will do.
    this.delta = states < 65536 ? Uint16Array.from(delta) : Int32Array.from(delta);
    this.dict = dict;
    this.outStart = new Int32Array(states + 1);
    let total = 0;
    for (let st = 0; st < states; st++) {
      this.outStart[st] = total;
      total += own.get(st)?.length ?? 0;
    }
    this.outStart[states] = total;
    this.outItems = new Int32Array(total);
    let k = 0;
    for (let st = 0; st < states; st++) for (const item of own.get(st) ?? []) this.outItems[k++] = item;
  }

  /** Rules flagged by the last open(), in rule order. */
  private readonly hits: Int32Array;
  private hitCount = 0;

  /** The rules that may match, in rule order (valid until the next call). */
  candidates(text: string): Int32Array {
    this.hitCount = 0;
    const flags = this.open(text);
    for (let r = 0; r < flags.length; r++) if (flags[r] === 1) this.hits[this.hitCount++] = r;
    return this.hits.subarray(0, this.hitCount);
  }

  /** Flags (1 = may match) for every rule, valid until the next call. */
  open(text: string): Uint8Array {
    const flags = this.flags;
    const mask = this.altMask;
    const full = this.altFull;
    const altRule = this.altRule;
    const openedAt = this.openedAt;
    flags.fill(0);
    mask.fill(0);
    openedAt.fill(-1);
    for (const rule of this.always) flags[rule] = 1;
    const delta = this.delta;
    const outStart = this.outStart;
    const outItems = this.outItems;
    const dict = this.dict;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      state = delta[state * K + (code < 128 ? (SYMBOL[code] as number) : K - 1)] as number;
      for (let st = state; st >= 0; st = dict[st] as number) {
        const to = outStart[st + 1] as number;
        for (let k = outStart[st] as number; k < to; k++) {
          const item = outItems[k] as number;
          const alt = item >> 3;
          const m = (mask[alt] as number) | (1 << (item & 7));
          mask[alt] = m;
          if (m === full[alt]) {
            const rule = altRule[alt] as number;
            if (flags[rule] === 0) {
              flags[rule] = 1;
              openedAt[rule] = i + 1;
            }
          }
        }
      }
    }
    return flags;
  }
}
