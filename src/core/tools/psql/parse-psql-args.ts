// psql's command line (getopt_long, src/bin/psql/startup.c) and everything it will run, in order.
import { readScript } from '../sql/read-script.js';
import { posix } from 'node:path';
import { optionValue, optionValues, parseOptions, type OptionSpec } from '../../argv/parse-options.js';
import { resolveEnvironment } from '../../environment.js';
import type { Context, Environment } from '../../types.js';
import { effect } from '../sql/sql-effect.js';
import { createIncludeBudget } from '../sql/include-budget.js';
import { analyseCommand, analyseScriptText, type LocatedEffect, type ScriptState } from './analyse-script.js';
import { describePgTarget, pgSignals, resolvePgTarget, type PgTarget } from './pg-target.js';

const VALUED =
  'c:command d:dbname f:file F:field-separator h:host L:log-file o:output p:port P:pset R:record-separator T:table-attr U:username v:set,variable';
const FLAGS =
  'a:echo-all A:no-align b:echo-errors e:echo-queries E:echo-hidden H:html l:list n:no-readline q:quiet s:single-step S:single-line t:tuples-only V:version w:no-password W:password x:expanded X:no-psqlrc z:field-separator-zero 0:record-separator-zero 1:single-transaction ?:help :csv';

export const PSQL_OPTIONS: OptionSpec[] = [...specs(VALUED, true), ...specs(FLAGS, false)];

function specs(table: string, value: boolean): OptionSpec[] {
  return table.split(' ').map((entry) => {
    const [short, longs] = entry.split(':') as [string, string];
    return { id: longs.split(',')[0] as string, ...(short ? { short: [short] } : {}), long: longs.split(','), value };
  });
}

export interface PsqlParsed {
  target: PgTarget;
  effects: LocatedEffect[];
  notes: string[];
}

/** Whether psql reads SQL from standard input for these arguments. */
export function psqlReadsStdin(args: readonly string[]): boolean {
  const parsed = parseOptions(args, PSQL_OPTIONS, { style: 'gnu' });
  if (parsed.options.some((o) => ['help', 'version', 'list'].includes(o.id))) return false;
  const inputs = parsed.options.filter((o) => o.id === 'command' || o.id === 'file');
  return inputs.length === 0 || inputs.some((o) => o.id === 'file' && o.value === '-');
}

export function parsePsqlArgs(args: readonly string[], ctx: Context): PsqlParsed {
  const parsed = parseOptions(args, PSQL_OPTIONS, { style: 'gnu' });
  const [posDb, posUser] = parsed.positionals;
  const target = resolvePgTarget(
    {
      dbname: optionValue(parsed, 'dbname') ?? posDb,
      host: optionValue(parsed, 'host'),
      port: optionValue(parsed, 'port'),
      user: optionValue(parsed, 'username') ?? posUser,
    },
    ctx,
  );
  const notes = [`target: ${describePgTarget(target)}`, ...target.notes];
  const effects: LocatedEffect[] = [];
  if (parsed.options.some((o) => ['help', 'version'].includes(o.id))) return { target, effects, notes };
  const variables = new Map<string, string>();
  for (const v of optionValues(parsed, 'set')) {
    const eq = v.indexOf('=');
    if (eq > 0) variables.set(v.slice(0, eq), v.slice(eq + 1));
  }
  const state: ScriptState = {
    ctx,
    variables,
    effects,
    depth: 0,
    includes: createIncludeBudget(),
    reconnect: (a) => reconnectEnvironment(a, target, ctx),
  };
  if (!parsed.options.some((o) => o.id === 'no-psqlrc')) {
    const rc = ctx.env.PSQLRC ?? posix.join(ctx.home, '.psqlrc');
    if (ctx.fs.readText(rc) !== undefined) notes.push(`${rc} runs first (no -X); guard does not analyse it`);
  }
  const inputs = parsed.options.filter((o) => o.id === 'command' || o.id === 'file');
  let commands = 0;
  for (const input of inputs) {
    if (input.id === 'command') analyseCommand(input.value ?? '', `-c #${++commands}`, state);
    else if (input.value === '-') analyseStdin(state);
    else if (input.value !== undefined) analyseFile(posix.resolve(ctx.cwd, input.value), state);
  }
  if (inputs.length === 0 && !parsed.options.some((o) => o.id === 'list')) analyseStdin(state);
  return { target, effects, notes };
}

function analyseFile(path: string, state: ScriptState): void {
  const read = readScript(state.ctx, path);
  if (!read.ok) {
    state.effects.push({ ...effect('opaque', path, [`-f ${path}: ${read.why}`]), where: `-f ${path}` });
    return;
  }
  analyseScriptText(read.text, path, posix.dirname(path), state);
}

function analyseStdin(state: ScriptState): void {
  const stdin = state.ctx.stdin;
  if (!stdin) return; // a terminal: the person types the SQL themselves
  if (stdin.truncated) {
    state.effects.push({
      ...effect('opaque', 'stdin', ['standard input is larger than guard analyses; only a prefix was read']),
      where: 'stdin',
    });
  }
  analyseScriptText(stdin.text, 'stdin', undefined, state);
}

/** `\c [DBNAME [USER [HOST [PORT]]]]` or `\c conninfo`: unspecified or `-` parts keep the current ones. */
function reconnectEnvironment(args: string[], current: PgTarget, ctx: Context): Environment {
  const keep = (a: string | undefined, v: string): string => (a === undefined || a === '-' ? v : a);
  const first = args[0] ?? '-';
  const next = /=|:\/\//.test(first)
    ? resolvePgTarget(
        { dbname: first, host: current.host.value, port: current.port.value, user: current.user.value },
        ctx,
      )
    : resolvePgTarget(
        {
          dbname: keep(args[0], current.dbname.value),
          user: keep(args[1], current.user.value),
          host: keep(args[2], current.host.value),
          port: keep(args[3], current.port.value),
        },
        ctx,
      );
  const env = resolveEnvironment(pgSignals(next), ctx);
  return {
    ...env,
    evidence: [
      { source: env.source, detail: `\\c ${args.join(' ')} switched to ${describePgTarget(next)}` },
      ...env.evidence,
    ],
  };
}
