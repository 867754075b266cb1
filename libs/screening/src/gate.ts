/**
 * Aho-Corasick automaton over the required literals of all rules (literals.ts). One pass over the
 * normalised text tells which rules can possibly match; only those rules' regexes then run.
 */

const K = 45; // a-z, 0-9, space, . , ! ? ; : #, anything else

const SYMBOL = new Uint8Array(128).fill(K - 1);
for (let c = 97; c <= 122; c++) SYMBOL[c] = c - 97;
for (let c = 48; c <= 57; c++) SYMBOL[c] = 26 + c - 48;
[' ', '.', ',', '!', '?', ';', ':', '#'].forEach((ch, k) => {
  SYMBOL[ch.charCodeAt(0)] = 36 + k;
});

function symbolOf(code: number): number {
  return code < 128 ? (SYMBOL[code] as number) : K - 1;
}

export class Gate {
  private readonly delta: Int32Array;
  private readonly outStart: Int32Array;
  /** Output items: (alternative << 3) | clause. */
  private readonly outItems: Int32Array;
  private readonly altRule: Int32Array;
  private readonly altFull: Uint8Array;
  private readonly altMask: Uint8Array;
  private readonly flags: Uint8Array;
  /** Rules without a derivable gate: they always run. */
  private readonly always: readonly number[];

  constructor(gatesByRule: readonly (readonly (readonly (readonly string[])[])[] | null)[]) {
    const ruleCount = gatesByRule.length;
    this.flags = new Uint8Array(ruleCount);
    this.hits = new Int32Array(ruleCount);
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

    // Trie.
    const children: Int32Array[] = [new Int32Array(K).fill(-1)];
    const outputs: Set<number>[] = [new Set()];
    for (const [lit, items] of byLiteral) {
      let state = 0;
      for (let i = 0; i < lit.length; i++) {
        const sym = symbolOf(lit.charCodeAt(i));
        const row = children[state] as Int32Array;
        let next = row[sym] as number;
        if (next < 0) {
          next = children.length;
          row[sym] = next;
          children.push(new Int32Array(K).fill(-1));
          outputs.push(new Set());
        }
        state = next;
      }
      for (const item of items) (outputs[state] as Set<number>).add(item);
    }

    // Failure links by breadth-first search, folded into a full transition table.
    const n = children.length;
    const delta = new Int32Array(n * K);
    const fail = new Int32Array(n);
    const queue: number[] = [];
    for (let sym = 0; sym < K; sym++) {
      const next = (children[0] as Int32Array)[sym] as number;
      if (next >= 0) {
        delta[sym] = next;
        fail[next] = 0;
        queue.push(next);
      } else delta[sym] = 0;
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] as number;
      const f = fail[state] as number;
      for (const item of outputs[f] as Set<number>) (outputs[state] as Set<number>).add(item);
      const row = children[state] as Int32Array;
      for (let sym = 0; sym < K; sym++) {
        const next = row[sym] as number;
        if (next >= 0) {
          fail[next] = delta[f * K + sym] as number;
          delta[state * K + sym] = next;
          queue.push(next);
        } else delta[state * K + sym] = delta[f * K + sym] as number;
      }
    }

    this.delta = delta;
    this.outStart = new Int32Array(n + 1);
    let total = 0;
    for (let s = 0; s < n; s++) {
      this.outStart[s] = total;
      total += (outputs[s] as Set<number>).size;
    }
    this.outStart[n] = total;
    this.outItems = new Int32Array(total);
    let k = 0;
    for (let s = 0; s < n; s++) for (const item of outputs[s] as Set<number>) this.outItems[k++] = item;
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
    flags.fill(0);
    mask.fill(0);
    for (const rule of this.always) flags[rule] = 1;
    const delta = this.delta;
    const outStart = this.outStart;
    const outItems = this.outItems;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      state = delta[state * K + (code < 128 ? (SYMBOL[code] as number) : K - 1)] as number;
      const to = outStart[state + 1] as number;
      for (let k = outStart[state] as number; k < to; k++) {
        const item = outItems[k] as number;
        const alt = item >> 3;
        const m = (mask[alt] as number) | (1 << (item & 7));
        mask[alt] = m;
        if (m === full[alt]) flags[altRule[alt] as number] = 1;
      }
    }
    return flags;
  }
}
