// A catalogue tool becomes an ordinary RulePack: one parse per command, first operation that
// matches wins (so a verb grammar after specific operations never reports twice).
import { optionValues, type OptionSpec, type ParsedArgs } from '../argv/parse-options.js';
import { unknownEnvironment } from '../environment.js';
import type { Rule, RuleMatch, RulePack } from '../rule.js';
import type { Context } from '../types.js';
import { concreteOperations } from './count-operations.js';
import { list, mergedOptionSpecs, operationMatcher, parseWith, type OperationMatcher } from './match-operation.js';
import { operationSpecs, type CatalogueTool, type OperationSpec } from './operation-spec.js';
import { exceptionLines, operationRuleText, toExample, withUndo } from './rule-text.js';
import { prefilterOf } from './prefilter-of.js';

interface Parsed {
  args: readonly string[];
  options: ParsedArgs;
  /** Index of the first matching operation and its result, worked out once per command. */
  first?: { index: number; result: RuleMatch | RuleMatch[] | null };
}

/** The tool's option table, and one per operation that declares value flags of its own. */
function optionTables(
  tool: CatalogueTool,
  specs: readonly OperationSpec[],
): { shared: OptionSpec[]; own: (OptionSpec[] | undefined)[] } {
  // An operation's own value flags hold for that operation only (gsutil rsync's `-a VALUE` is rm's `-a` switch).
  const sharedSpecs = specs.map((spec) => ({ ...spec, valueFlags: tool.valueFlags ?? [] }));
  const shared = mergedOptionSpecs(sharedSpecs);
  const own = specs.map((spec, i) =>
    tool.operations[i]?.valueFlags?.length ? mergedOptionSpecs([...sharedSpecs, spec]) : undefined,
  );
  return { shared, own };
}

export function compileTool(tool: CatalogueTool, source?: string): RulePack<Parsed> {
  const specs = operationSpecs(tool);
  const { shared: options, own } = optionTables(tool, specs);
  const parse = (table: readonly OptionSpec[], args: readonly string[]): ParsedArgs =>
    withoutLeadingWord(parseWith(table, tool.style, args), tool.leadingWords);
  const matchers: OperationMatcher[] = specs.map((spec, i) =>
    withResolver(operationMatcher(spec), tool.operations[i]?.environment ? undefined : tool.environmentOf),
  );
  const firstMatch = (p: Parsed, ctx: Context): NonNullable<Parsed['first']> => {
    if (p.first) return p.first;
    for (let i = 0; i < matchers.length; i++) {
      const table = own[i];
      const result = (matchers[i] as OperationMatcher)(p.args, table ? parse(table, p.args) : p.options, ctx);
      if (result) return (p.first = { index: i, result: withUndo(result, specs[i]?.undo) });
    }
    return (p.first = { index: -1, result: null });
  };
  const rules: Rule<Parsed>[] = specs.map((spec, i) => ({
    ...operationRuleText(spec),
    operations: concreteOperations(spec),
    exceptions: exceptionLines(spec),
    match: (p, ctx) => {
      const first = firstMatch(p, ctx);
      return first.index === i ? first.result : null;
    },
    examples: { destructive: spec.examples.destructive.map(toExample), benign: spec.examples.benign.map(toExample) },
  }));
  return {
    tool: tool.tool,
    ...(source ? { source } : {}),
    commands: tool.commands,
    // Consulted only when standard input is not a terminal: SQL piped into a client is read and judged,
    // unless the arguments carry the SQL (`--query "INSERT … FORMAT CSV" < data.csv` streams data, not SQL).
    ...(specs.some((s) => s.sql?.stdin)
      ? { readsStdin: (args: readonly string[]) => readsSqlFromStdin(specs, parseWith(options, tool.style, args)) }
      : {}),
    prefilter: prefilterOf(specs),
    parse: (args) => ({ args, options: parse(options, args) }),
    // Every operation names its own environment (RuleMatch.environment).
    environment: () => unknownEnvironment(`${tool.tool}: no environment named`),
    rules,
  };
}

/** Whether some operation would take its SQL from standard input: it reads stdin and no SQL is in the arguments. */
function readsSqlFromStdin(specs: readonly OperationSpec[], parsed: ParsedArgs): boolean {
  return specs.some(({ sql }) => {
    if (!sql?.stdin) return false;
    const flags = [...list(sql.flag), ...list(sql.file)];
    return (
      flags.every((f) => optionValues(parsed, f).length === 0) &&
      (sql.positional === undefined || parsed.positionals.length <= sql.positional)
    );
  });
}

/** A leading word that does not change the command (gcloud's release track `beta`) is not part of its path. */
function withoutLeadingWord(parsed: ParsedArgs, words: readonly string[] | undefined): ParsedArgs {
  const first = parsed.positionals[0];
  if (!words || first === undefined || !words.includes(first)) return parsed;
  return { ...parsed, positionals: parsed.positionals.slice(1), positionalIndexes: parsed.positionalIndexes.slice(1) };
}

/** The tool's resolver replaces the declarative environment of operations that name none of their own. */
function withResolver(matcher: OperationMatcher, resolver: CatalogueTool['environmentOf']): OperationMatcher {
  if (!resolver) return matcher;
  return (args, parsed, ctx) => {
    const result = matcher(args, parsed, ctx);
    if (!result) return null;
    const environment = resolver(args, ctx);
    return Array.isArray(result) ? result.map((m) => ({ ...m, environment })) : { ...result, environment };
  };
}

export type { OperationSpec };
