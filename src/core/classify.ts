import { commandName } from './command-name.js';
import type { RuleMatch, RulePack } from './rule.js';
import type { Context, Decision, Environment, Finding } from './types.js';
import { unknownEnvironment } from './environment.js';
import type { PackTrace, RuleTrace, TraceSink } from './judgement/trace.js';

export interface PackIndex {
  packs: readonly RulePack<any>[];
  /** The first pack claiming each command. */
  byCommand: ReadonlyMap<string, RulePack<any>>;
  /** Every pack claiming each command (a built-in pack and custom rules for the same tool), in order. */
  allByCommand: ReadonlyMap<string, readonly RulePack<any>[]>;
  /** Set by a judgement that keeps a trace (explain); it only observes. */
  trace?: TraceSink;
}

export function indexPacks(packs: readonly RulePack<any>[]): PackIndex {
  const byCommand = new Map<string, RulePack<any>>();
  const allByCommand = new Map<string, RulePack<any>[]>();
  for (const pack of packs) {
    for (const command of pack.commands) {
      if (!byCommand.has(command)) byCommand.set(command, pack);
      const list = allByCommand.get(command) ?? [];
      if (!list.includes(pack)) list.push(pack);
      allByCommand.set(command, list);
    }
  }
  return { packs, byCommand, allByCommand };
}

export function packFor(index: PackIndex, argv0: string): RulePack<any> | undefined {
  return index.byCommand.get(commandName(argv0));
}

/** Every pack that claims argv0; all of them run. */
export function packsFor(index: PackIndex, argv0: string): readonly RulePack<any>[] {
  return index.allByCommand?.get(commandName(argv0)) ?? [];
}

/** Classifies one simple command (argv[0] is the command). Pure: the same inputs give the same decision. */
export function classifyArgv(argv: readonly string[], ctx: Context, index: PackIndex): Decision {
  const first = argv[0];
  if (first === undefined) return { decision: 'allow', findings: [] };
  const findings = packsFor(index, first).flatMap((pack) => runPack(pack, argv, ctx, commandName(first), index.trace));
  return { decision: findings.length > 0 ? 'confirm' : 'allow', findings };
}

/**
 * One pack's findings. The environment is worked out only when a rule matches (it names where the
 * destruction would happen; a benign command needs none, and working it out can mean reading config
 * files); a pack whose parser, rule or environment lookup fails on a command yields guard/analysis-failed.
 * With a trace sink, every rule's outcome is recorded as well (and the pack's environment, for display).
 */
function runPack(
  pack: RulePack<any>,
  argv: readonly string[],
  ctx: Context,
  command: string,
  trace?: TraceSink,
): Finding[] {
  const record: PackTrace | undefined = trace && {
    tool: pack.tool,
    source: pack.source ?? 'built-in',
    argv,
    rules: [],
  };
  const fail = (why: string): Finding[] => {
    if (record) trace?.({ ...record, error: `could not analyse: ${why}` });
    return [internalFinding(pack.tool, `could not analyse this ${pack.tool} command: ${why}`)];
  };
  let parsed: unknown;
  try {
    parsed = pack.parse(argv.slice(1), ctx, command);
  } catch (error) {
    return fail(String(error));
  }
  let environment: Environment | undefined;
  const findings: Finding[] = [];
  for (let k = 0; k < pack.rules.length; k++) {
    const rule = pack.rules[k] as RulePack<any>['rules'][number];
    const ruleTrace: RuleTrace | undefined = record && {
      rule: rule.id,
      summary: rule.summary,
      matched: false,
      matches: [],
    };
    if (ruleTrace) record?.rules.push(ruleTrace);
    let result: RuleMatch | RuleMatch[] | null;
    try {
      result = rule.match(parsed, ctx);
    } catch (error) {
      if (ruleTrace) Object.assign(ruleTrace, { matched: true, error: String(error) });
      findings.push(internalFinding(pack.tool, `rule ${rule.id} failed: ${String(error)}`));
      continue;
    }
    if (!result) continue;
    for (const match of Array.isArray(result) ? result : [result]) {
      if (!match.environment && environment === undefined) {
        try {
          environment = pack.environment(parsed, ctx);
        } catch (error) {
          return fail(String(error));
        }
      }
      const env = match.environment ?? (environment as Environment);
      ruleTrace?.matches.push({
        resource: match.resource,
        environment: env,
        details: match.details ?? [],
        warnings: match.warnings ?? [],
      });
      if (ruleTrace) ruleTrace.matched = true;
      findings.push({
        kind: 'rule',
        rule: rule.id,
        tool: pack.tool,
        resource: match.resource,
        environment: env,
        message: rule.message,
        details: match.details ?? [],
        warnings: match.warnings ?? [],
      });
    }
  }
  if (record && trace) trace({ ...record, ...packEnvironment(pack, parsed, ctx, environment) });
  return findings;
}

/** For the trace only: the pack's environment even when no rule needed it (a failure here changes no decision). */
function packEnvironment(
  pack: RulePack<any>,
  parsed: unknown,
  ctx: Context,
  known: Environment | undefined,
): { environment?: Environment; error?: string } {
  if (known) return { environment: known };
  try {
    return { environment: pack.environment(parsed, ctx) };
  } catch (error) {
    return { error: `could not analyse: ${String(error)}` };
  }
}

/** A malfunction inside the analysis fails closed: the command needs confirmation. */
export function internalFinding(tool: string, why: string): Finding {
  return {
    kind: 'guard',
    rule: 'guard/analysis-failed',
    tool,
    resource: '(unanalysable command)',
    environment: unknownEnvironment('the command could not be analysed'),
    text: `guard could not analyse this command, so it is treated as destructive: ${why}`,
    details: [],
    warnings: [],
  };
}
