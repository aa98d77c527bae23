// Custom rules are data: a declarative `when` (positional path, flags, words) compiled into
// ordinary RulePacks, one per (config file, tool), so the classifier and verifier treat them like built-ins.
import { hasOption, optionValue, parseOptions, type OptionSpec, type ParsedArgs } from '../argv/parse-options.js';
import { resolveEnvironment, unknownEnvironment, type EnvironmentSignal, type SignalKind } from '../environment.js';
import type { Rule, RuleExample, RuleMatch, RulePack } from '../rule.js';
import type { Context } from '../types.js';
import type { DefinedRule } from './merge-layers.js';
import type { CustomRuleSpec } from './schema.js';

type Args = readonly string[];

export function toolOf(spec: CustomRuleSpec): string {
  return spec.tool ?? (spec.id.split('/')[0] as string);
}

/** Groups the rules by file and tool, one pack each; `source` is the file. */
export function compileCustomRules(defined: readonly DefinedRule[]): RulePack<Args>[] {
  const packs = new Map<string, RulePack<Args>>();
  for (const { spec, file } of defined) {
    const tool = toolOf(spec);
    const key = `${file}\0${tool}`;
    let pack = packs.get(key);
    if (!pack) {
      pack = {
        tool,
        source: file,
        commands: [],
        prefilter: { always: true },
        parse: (args) => args,
        // Every custom rule names its own environment (RuleMatch.environment).
        environment: () => unknownEnvironment('custom rule without an environment spec'),
        rules: [],
      };
      packs.set(key, pack);
    }
    for (const command of spec.commands ?? [tool]) if (!pack.commands.includes(command)) pack.commands.push(command);
    pack.rules.push(compileRule(spec));
  }
  return [...packs.values()];
}

function compileRule(spec: CustomRuleSpec): Rule<Args> {
  const specs = optionSpecs(spec);
  return {
    id: spec.id,
    summary: spec.summary,
    message: spec.message,
    rationale: spec.rationale,
    safer: spec.safer,
    match: (args, ctx) => matchRule(spec, parseOptions(args, specs, { style: 'pflag' }), args, ctx),
    examples: { destructive: spec.examples.destructive.map(toExample), benign: spec.examples.benign.map(toExample) },
  };
}

function matchRule(spec: CustomRuleSpec, parsed: ParsedArgs, args: Args, ctx: Context): RuleMatch | null {
  const when = spec.when;
  const path = when.args ?? [];
  if (path.some((word, i) => parsed.positionals[i] !== word)) return null;
  for (const item of when.flags ?? []) if (!list(item).some((f) => hasOption(parsed, f))) return null;
  if (when.anyArg && !args.some((a) => when.anyArg?.includes(a))) return null;
  if ((when.unlessFlags ?? []).some((f) => hasOption(parsed, f))) return null;
  return { resource: resourceOf(spec, parsed), environment: resolveEnvironment(signalsOf(spec, parsed, ctx), ctx, `${spec.id} names no environment flag or variable, and none was given`) };
}

function resourceOf(spec: CustomRuleSpec, parsed: ParsedArgs): string {
  const r = spec.resource;
  if ('value' in r) return r.value;
  const found = 'positional' in r ? parsed.positionals[r.positional] : list(r.flag).map((f) => optionValue(parsed, f)).find((v) => v !== undefined && v !== '');
  return found ?? r.default ?? 'unknown';
}

function signalsOf(spec: CustomRuleSpec, parsed: ParsedArgs, ctx: Context): EnvironmentSignal[] {
  const env = spec.environment;
  if (!env) return [];
  const kind: SignalKind = env.kind ?? 'other';
  const signals: EnvironmentSignal[] = [];
  for (const flag of list(env.flag)) {
    const value = optionValue(parsed, flag);
    if (value) signals.push({ kind, value, source: 'flag', detail: `${flag} ${value}` });
  }
  for (const name of list(env.envVar)) {
    const value = ctx.env[name];
    if (value) signals.push({ kind, value, source: 'env', detail: `${name}=${value}` });
  }
  return signals;
}

/** Each flag spelling is its own option id; value flags consume their value. */
function optionSpecs(spec: CustomRuleSpec): OptionSpec[] {
  const valued = new Set([...(spec.valueFlags ?? []), ...list(spec.environment?.flag), ...('flag' in spec.resource ? list(spec.resource.flag) : [])]);
  const all = new Set([...valued, ...(spec.when.flags ?? []).flatMap(list), ...(spec.when.unlessFlags ?? [])]);
  return [...all].map((flag) => {
    const name = flag.replace(/^--?/, '');
    const spelling = flag.startsWith('--') || name.length > 1 ? { long: [name] } : { short: [name] };
    return { id: flag, ...spelling, value: valued.has(flag) };
  });
}

function list<T>(x: T | T[] | undefined): T[] {
  return x === undefined ? [] : Array.isArray(x) ? x : [x];
}

function toExample(e: CustomRuleSpec['examples']['destructive'][number]): RuleExample {
  const example: RuleExample = { argv: e.argv };
  if (e.env) example.env = e.env;
  if (e.cwd) example.cwd = e.cwd;
  if (e.resource !== undefined) example.resource = e.resource;
  if (e.environment !== undefined) example.environment = e.environment;
  if (e.note) example.note = e.note;
  return example;
}
