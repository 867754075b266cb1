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

export function compileSource(source: string, macros: Readonly<Record<string, string>>): string {
  const compiled = squeezeSource(expandMacros(source, macros));
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
