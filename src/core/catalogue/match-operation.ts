// Compiles one operation spec (built-in catalogue or custom rule) into a matcher over argv.
import {
  hasOption,
  optionValue,
  optionValues,
  parseOptions,
  type OptionSpec,
  type ParsedArgs,
} from '../argv/parse-options.js';
import { resolveEnvironment, type EnvironmentSignal, type SignalKind } from '../environment.js';
import type { RuleMatch } from '../rule.js';
import { posix } from 'node:path';
import { analyseLexically } from '../tools/sql/analyse-lexical.js';
import { readScript } from '../tools/sql/read-script.js';
import type { Context } from '../types.js';
import type { OperationSpec } from './operation-spec.js';
import { wordTest, type WordPattern, type WordTest } from './word-pattern.js';

type Args = readonly string[];
export type OperationMatcher = (args: Args, parsed: ParsedArgs, ctx: Context) => RuleMatch | RuleMatch[] | null;

export const list = <T>(x: T | readonly T[] | undefined): T[] =>
  x === undefined ? [] : Array.isArray(x) ? [...x] : [x as T];

/** Every flag an operation mentions, each spelling its own option id; value flags consume their value. */
export function optionSpecs(spec: OperationSpec): OptionSpec[] {
  const valued = new Set([
    ...(spec.valueFlags ?? []),
    ...list(spec.environment?.flag),
    ...('flag' in spec.resource ? list(spec.resource.flag) : []),
    ...list(spec.sql?.flag),
    ...list(spec.sql?.file),
  ]);
  const mentioned = [
    ...(spec.when.flags ?? []).flatMap((f) => list<string>(f)),
    ...(spec.when.unlessFlags ?? []),
    ...(spec.when.except ?? []).flatMap((e) => e.flags ?? []),
  ];
  return [...new Set([...valued, ...mentioned])].map((flag) => {
    const name = flag.replace(/^--?/, '');
    const spelling = flag.startsWith('--') || name.length > 1 ? { long: [name] } : { short: [name] };
    return { id: flag, ...spelling, value: valued.has(flag) };
  });
}

/** One option table for several operations of a tool: a flag takes a value if any of them says so. */
export function mergedOptionSpecs(specs: readonly OperationSpec[]): OptionSpec[] {
  const byId = new Map<string, OptionSpec>();
  for (const option of specs.flatMap(optionSpecs)) if (!byId.get(option.id)?.value) byId.set(option.id, option);
  return [...byId.values()];
}

export function parseWith(options: readonly OptionSpec[], style: OperationSpec['style'], args: Args): ParsedArgs {
  return parseOptions(args, options, { style: style ?? 'pflag', permute: true });
}

const pathTest = (path: readonly WordPattern[]): ((positionals: readonly string[]) => boolean) => {
  const tests: WordTest[] = path.map(wordTest);
  return (positionals) => tests.every((test, i) => test(positionals[i]));
};

const argTest = (words: readonly string[] | undefined): ((args: Args) => boolean) => {
  if (!words) return () => true;
  const tests = words.map((w) => wordTest(w));
  return (args) => args.some((a) => tests.some((t) => t(a)));
};

/**
 * A flag that makes the call benign (--help, --dry-run, -n) counts only when spelled alone or in a bundle
 * of plain letters (`-nv`), before any `--`: a word such as `-auto-approve` holds a `t` but is no bundle
 * the tool reads as --test, and a guess that clears a destructive call is the one guard must not make.
 */
function spelledAlone(args: Args, flag: string): boolean {
  const end = args.indexOf('--');
  const options = end === -1 ? args : args.slice(0, end);
  const letter = /^-[A-Za-z0-9]$/.test(flag) ? flag[1] : undefined;
  return options.some(
    (a) =>
      a === flag ||
      (flag.startsWith('--') && a.startsWith(`${flag}=`)) ||
      (letter !== undefined && /^-[A-Za-z0-9]+$/.test(a) && a.includes(letter)),
  );
}

/** The matcher; the parse is shared by every operation of a tool with the same option specs. */
export function operationMatcher(spec: OperationSpec): OperationMatcher {
  const when = spec.when;
  const onPath = pathTest(when.args ?? []);
  const anyArg = argTest(when.anyArg);
  const excepts = (when.except ?? []).map((e) => ({
    path: pathTest(e.args ?? []),
    flags: e.flags,
    anyArg: argTest(e.anyArg),
  }));
  return (args, parsed, ctx) => {
    if (!onPath(parsed.positionals)) return null;
    for (const item of when.flags ?? []) if (!list<string>(item).some((f) => hasOption(parsed, f))) return null;
    if (!anyArg(args)) return null;
    if ((when.unlessFlags ?? []).some((f) => spelledAlone(args, f))) return null;
    const excepted = excepts.some(
      (e) => e.path(parsed.positionals) && (!e.flags || e.flags.some((f) => hasOption(parsed, f))) && e.anyArg(args),
    );
    if (excepted) return null;
    const environment = resolveEnvironment(
      signalsOf(spec, parsed, ctx),
      ctx,
      `${spec.id} names no environment option or variable, and none was given`,
    );
    if (spec.sql) return sqlMatches(spec, parsed, environment, ctx);
    return { resource: resourceOf(spec, parsed), environment };
  };
}

/** Only what the SQL analysis finds destructive; SQL it cannot read comes back as `unparseable` (fail closed). */
function sqlMatches(
  spec: OperationSpec,
  parsed: ParsedArgs,
  environment: ReturnType<typeof resolveEnvironment>,
  ctx: Context,
): RuleMatch[] | null {
  const sql = spec.sql as NonNullable<OperationSpec['sql']>;
  const texts = [
    ...list(sql.flag).flatMap((f) => optionValues(parsed, f)),
    ...(sql.positional === undefined ? [] : parsed.positionals.slice(sql.positional)),
  ];
  // SQL in a file the command names: read and judged like the rest; one guard cannot read is refused (fail closed).
  for (const path of list(sql.file).flatMap((f) => optionValues(parsed, f))) {
    const read = readScript(ctx, posix.resolve(ctx.cwd, path));
    if (!read.ok)
      return [
        {
          resource: path,
          environment,
          details: [`the SQL file ${path} cannot be analysed (${read.why}), so guard cannot tell what it does`],
        },
      ];
    texts.push(read.text);
  }
  // No SQL in the arguments: the client reads it from standard input (captured when it is not a terminal).
  if (texts.length === 0 && sql.stdin && ctx.stdin) {
    if (ctx.stdin.truncated)
      return [
        {
          resource: 'SQL on standard input',
          environment,
          details: ['standard input is too large to read in full, so guard cannot tell what it does'],
        },
      ];
    texts.push(ctx.stdin.text);
  }
  const effects = texts.flatMap((text) => analyseLexically(text, sql.dialect ?? 'mysql'));
  if (effects.length === 0) return null;
  return effects.map((e) => ({
    resource: e.resource,
    environment,
    details: [`SQL: ${e.kind}${e.details.length > 0 ? ` (${e.details.join('; ')})` : ''}`],
  }));
}

function resourceOf(spec: OperationSpec, parsed: ParsedArgs): string {
  const r = spec.resource;
  if ('value' in r) return r.value;
  const found =
    'positional' in r
      ? parsed.positionals.at(r.positional)
      : list(r.flag)
          .map((f) => optionValue(parsed, f))
          .find((v) => v !== undefined && v !== '');
  return found ?? r.default ?? 'unknown';
}

function signalsOf(spec: OperationSpec, parsed: ParsedArgs, ctx: Context): EnvironmentSignal[] {
  const env = spec.environment;
  if (!env) return [];
  const kind: SignalKind = env.kind ?? 'other';
  const signals: EnvironmentSignal[] = [];
  for (const flag of list(env.flag)) {
    const value = optionValue(parsed, flag);
    if (value) signals.push({ kind, value, source: 'flag', detail: `${flag} ${value}` });
  }
  const operand = env.positional === undefined ? undefined : parsed.positionals[env.positional];
  if (operand) signals.push({ kind, value: operand, source: 'target', detail: `operand ${operand}` });
  for (const name of list(env.envVar)) {
    const value = ctx.env[name];
    if (value) signals.push({ kind, value, source: 'env', detail: `${name}=${value}` });
  }
  return signals;
}
