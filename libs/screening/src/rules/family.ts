import type { RuleSpec } from '../types';

/** The fields every rule of a family shares. */
type Shared = Omit<RuleSpec, 'id' | 'pattern' | 'examples'>;

/**
 * A family's rule maker: `ideation('ideation.en', pattern, examples)` is the rule
 * `suicide.ideation.en` with the family's kind, category and context settings; `extra` overrides them.
 */
export function ruleFamily(prefix: string, shared: Shared) {
  return (id: string, pattern: string, examples: string[], extra: Partial<RuleSpec> = {}): RuleSpec => ({
    id: `${prefix}.${id}`,
    ...shared,
    pattern,
    examples,
    ...extra,
  });
}
