// `guard explain`: the whole reasoning for one argv — every rule of every pack that claims the
// command, whether it matched, and with what resource and environment. Pure.
import { packsFor, type PackIndex } from './classify.js';
import type { RuleMatch } from './rule.js';
import type { Context, Environment } from './types.js';

export interface RuleExplanation {
  rule: string;
  summary: string;
  matched: boolean;
  matches: { resource: string; environment: Environment; details: string[]; warnings: string[] }[];
  error?: string;
}

export interface PackExplanation {
  tool: string;
  source: string;
  /** The pack's own view of the environment (rules may override it per match). */
  environment?: Environment;
  error?: string;
  rules: RuleExplanation[];
}

export function explainArgv(argv: readonly string[], ctx: Context, index: PackIndex): PackExplanation[] {
  const first = argv[0];
  if (first === undefined) return [];
  return packsFor(index, first).map((pack) => {
    const out: PackExplanation = { tool: pack.tool, source: pack.source ?? 'built-in', rules: [] };
    let parsed: unknown;
    try {
      parsed = pack.parse(argv.slice(1), ctx);
      out.environment = pack.environment(parsed, ctx);
    } catch (error) {
      out.error = `could not analyse: ${String(error)}`;
      return out;
    }
    for (const rule of pack.rules) {
      const entry: RuleExplanation = { rule: rule.id, summary: rule.summary, matched: false, matches: [] };
      try {
        const result: RuleMatch | RuleMatch[] | null = rule.match(parsed, ctx);
        for (const m of result ? (Array.isArray(result) ? result : [result]) : []) {
          entry.matches.push({ resource: m.resource, environment: m.environment ?? (out.environment as Environment), details: m.details ?? [], warnings: m.warnings ?? [] });
        }
      } catch (error) {
        entry.error = String(error);
      }
      entry.matched = entry.matches.length > 0 || entry.error !== undefined;
      out.rules.push(entry);
    }
    return out;
  });
}
