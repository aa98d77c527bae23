// Builds a rule that reports the SQL effects of one kind found by a database pack's parse step.
import type { Rule, RuleExample, RuleMatch } from '../../rule.js';
import type { Environment } from '../../types.js';
import type { SqlEffect, SqlEffectKind } from './sql-effect.js';

export interface EffectsParsed {
  effects: (SqlEffect & { where: string; environment?: Environment })[];
  notes: string[];
  warnings?: string[];
}

export interface EffectRuleSpec {
  id: string;
  kinds: SqlEffectKind[];
  summary: string;
  message: string;
  rationale: string;
  safer: string;
  examples: { destructive: RuleExample[]; benign: RuleExample[] };
}

export function effectRule<P extends EffectsParsed>(spec: EffectRuleSpec): Rule<P> {
  return {
    ...spec,
    match(parsed: P): RuleMatch[] | null {
      const matches = parsed.effects
        .filter((e) => spec.kinds.includes(e.kind))
        .map((e) => ({
          resource: e.resource,
          ...(e.environment ? { environment: e.environment } : {}),
          details: [`${e.where}: ${e.details.join('; ')}`, ...parsed.notes],
          warnings: parsed.warnings ?? [],
        }));
      return matches.length > 0 ? matches : null;
    },
  };
}
