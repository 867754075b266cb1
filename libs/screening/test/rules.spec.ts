import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compactChoices, compileSource } from '../src/dsl';
import { ALL_RULES, scan } from '../src/engine';
import { MACROS } from '../src/lexicon';
import { gateOf, maxMatchLength, requiredLiterals } from '../src/literals';
import { prepare } from '../src/normalize';
import { screenText } from '../src/index';

describe('rule table', () => {
  it('has unique rule ids', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(ALL_RULES.map((r) => [r.id, r] as const))('%s fires on its examples', (_id, rule) => {
    expect(rule.spec.examples.length).toBeGreaterThan(0);
    const missed = rule.spec.examples.filter((example) => {
      const p = prepare(example);
      const s = scan(p, 'everything');
      return ![...s.signals, ...s.masked].some((sig) => sig.rule.id === rule.id);
    });
    expect(missed).toEqual([]);
  });

  it('derives a literal gate for every rule (no rule runs on every post)', () => {
    expect(ALL_RULES.filter((r) => r.gate === null).map((r) => r.id)).toEqual([]);
  });
});

function fixtureTexts(): string[] {
  const dir = join(__dirname, 'fixtures');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'))
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
}

describe('compact choices', () => {
  it('puts an empty lookahead after each choice, after its quantifier', () => {
    expect(compactChoices('(?:a|bc) x')).toBe('(?:a|bc)(?=) x');
    expect(compactChoices('(?:just |so )?kill(?:s|ed)')).toBe('(?:just |so )?(?=)kill(?:s|ed)(?=)');
    expect(compactChoices('x(?:a|(?:b|c)d){1,2}')).toBe('x(?:a|(?:b|c)(?=)d){1,2}(?=)');
  });

  it('leaves groups without a choice, lookarounds and classes alone', () => {
    expect(compactChoices('(?:abc) (?<=a|b)c(?!d|e)[(|)]')).toBe('(?:abc) (?<=a|b)c(?!d|e)[(|)]');
  });

  it('finds the same matches as the plain pattern, for every rule on every fixture', () => {
    const texts = fixtureTexts().map((t) => prepare(t).text);
    const matches = (re: RegExp, text: string) => {
      const out: string[] = [];
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        out.push(`${m.index}+${m[0].length}`);
        re.lastIndex = m.index + 1;
      }
      return out.join(',');
    };
    const differences: string[] = [];
    for (const rule of ALL_RULES) {
      const plain = new RegExp(`\\b(?:${compileSource(rule.spec.pattern, MACROS)})\\b`, 'g');
      for (const text of texts) {
        if (matches(plain, text) !== matches(rule.re, text)) differences.push(`${rule.id}: ${text}`);
      }
    }
    expect(differences).toEqual([]);
  });
});

describe('required literals', () => {
  it('finds literals every match must contain', () => {
    const literals = requiredLiterals('(?:pengen|ingin) (?:mati|die)');
    expect([
      ['ingin', 'pengen'],
      ['die', 'mati'],
    ]).toContainEqual([...(literals ?? [])].sort());
    expect(requiredLiterals('a(?:b|c)?d')).not.toBeNull();
    expect(requiredLiterals('[a-z]+')).toBeNull();
    expect(requiredLiterals('x|[a-z]+')).toBeNull();
  });

  it('multiplies out small alternations and never uses repeated groups as fixed text', () => {
    const gate = gateOf('(?:aku|gue) (?:mau )?mati');
    expect(gate).not.toBeNull();
    const literals = (gate ?? []).flat(2);
    // Cut to their last 10 characters (MAX_LITERAL).
    expect(literals).toEqual(expect.arrayContaining(['aku mati', 'u mau mati', 'gue mati', 'e mau mati']));
    const repeated = (gateOf('a(?:b|c)*d') ?? []).flat(2);
    expect(repeated).not.toContain('abd');
  });

  it('bounds how long a match can be (the engine starts a rule where its first match can start)', () => {
    expect(maxMatchLength('a(?:bc|d)?e')).toBe(4);
    expect(maxMatchLength(String.raw`\bx{2,3}(?= y)(?<=xx)\b`)).toBe(3);
    expect(maxMatchLength('(?:aku|gue) [a-z]+')).toBe(Infinity);
    expect(maxMatchLength('(?:ya )*mati')).toBe(Infinity);
  });

  it('refuses backreferences, whose literals and length it cannot know', () => {
    expect(() => gateOf(String.raw`(a+)x\1`)).toThrow(/backreferences/);
  });

  it('gives the same results with and without the gate on every fixture and on variations of them', () => {
    const variations = fixtureTexts().flatMap((t) => [
      t,
      t.toUpperCase(),
      `${t} ${t}`,
      t.replace(/a/g, 'aa'),
      t.replace(/[.,]/g, ''),
    ]);
    const differences: string[] = [];
    for (const t of variations) {
      const key = (useGate: boolean) =>
        scan(prepare(t), useGate ? 'normal' : 'ungated')
          .signals.map((s) => `${s.rule.id}@${s.start}`)
          .join(',');
      if (key(true) !== key(false)) differences.push(t);
    }
    expect(differences).toEqual([]);
  });

  it('is deterministic', () => {
    const text = 'Semua udah siap, obat sama surat. Malam ini aku lakuin pas semua tidur.';
    const first = JSON.stringify(screenText(text));
    for (let i = 0; i < 5; i++) expect(JSON.stringify(screenText(text))).toBe(first);
  });
});
