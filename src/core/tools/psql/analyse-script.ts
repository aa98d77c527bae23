// Follows every piece of SQL psql would run (-c strings, -f files, stdin, \i includes) and lists
// what it destroys, each with where it was found and which connection it runs on.
import { readScript } from '../sql/read-script.js';
import { posix } from 'node:path';
import type { Context, Environment } from '../../types.js';
import { analyseLexically } from '../sql/analyse-lexical.js';
import { analysePgTree } from '../sql/analyse-pg-tree.js';
import { sqlNeedsParse } from '../sql/needs-parse.js';
import { effect, type SqlEffect } from '../sql/sql-effect.js';
import { forEachScriptItem, type ScriptItem } from './split-script.js';
import { sqlEffectAdder } from '../sql/bounded-effects.js';
import { admitInclude, CYCLE_WHY, finishInclude, OVER_BUDGET_WHY, type IncludeBudget } from '../sql/include-budget.js';

export interface LocatedEffect extends SqlEffect {
  /** "-c #1", "migrate.sql line 3", "stdin line 12". */
  where: string;
  /** Set when a `\c` in the script switched the connection before this statement. */
  environment?: Environment;
}

export interface ScriptState {
  ctx: Context;
  variables: Map<string, string>;
  effects: LocatedEffect[];
  /** Environment after `\c`, given the meta-command's arguments. */
  reconnect: (args: string[]) => Environment;
  environment?: Environment;
  depth: number;
  /** Shared by every inclusion of one command: bounds the total work and skips repeats. */
  includes: IncludeBudget;
  /** Adds to `effects`, keeping a few of the same effect and counting the rest (made on first use). */
  addEffect?: (e: LocatedEffect) => void;
}

function addSqlEffect(state: ScriptState, e: LocatedEffect): void {
  state.addEffect ??= sqlEffectAdder(state.effects);
  state.addEffect(e);
}

const MAX_INCLUDE_DEPTH = 16;

/** One -c string: pure SQL sent as one request, or a single backslash line. */
export function analyseCommand(text: string, where: string, state: ScriptState): void {
  if (text.trimStart().startsWith('\\')) analyseItems(text, where, undefined, state);
  else analyseSql(text, where, state);
}

/** A script (file, stdin or include): `dir` resolves \ir paths. */
export function analyseScriptText(text: string, where: string, dir: string | undefined, state: ScriptState): void {
  analyseItems(text, where, dir, state);
}

function analyseItems(text: string, where: string, dir: string | undefined, state: ScriptState): void {
  forEachScriptItem(text, { variables: state.variables }, (item) => {
    const at = `${where} line ${item.line}`;
    if (item.kind === 'sql') analyseSql(item.text, at, state);
    else analyseMeta(item, at, dir, state);
  });
}

function analyseMeta(
  item: Extract<ScriptItem, { kind: 'meta' }>,
  at: string,
  dir: string | undefined,
  state: ScriptState,
): void {
  const push = (e: SqlEffect): void =>
    addSqlEffect(state, { ...e, where: at, ...(state.environment ? { environment: state.environment } : {}) });
  const { command, args } = item;
  if (command === 'set' && args[0]) state.variables.set(args[0], args.slice(1).join(''));
  if (['i', 'include', 'ir', 'include_relative'].includes(command)) {
    const file = args[0];
    if (!file) return;
    const base = command.startsWith('ir') || command === 'include_relative' ? (dir ?? state.ctx.cwd) : state.ctx.cwd;
    includeFile(posix.resolve(base, file), at, state);
    return;
  }
  if (command === 'gexec')
    push(
      effect('opaque', '\\gexec', [
        `\\gexec runs every value returned by ${item.buffer ? `"${shorten(item.buffer)}"` : 'the previous query'} as SQL`,
      ]),
    );
  if (command === '!') push(effect('opaque', '\\!', [`\\! runs a shell command: ${shorten(item.raw)}`]));
  const pipes = ['o', 'out', 'g', 'gx', 'w', 'write'].includes(command) && (args[0]?.startsWith('|') ?? false);
  if (pipes) push(effect('opaque', `\\${command}`, [`${shorten(item.raw)} pipes into a shell command`]));
  if (command === 'copy' && args.some((a) => a.toLowerCase() === 'program'))
    push(effect('opaque', '\\copy', [`\\copy … PROGRAM runs a shell command: ${shorten(item.raw)}`]));
  if (command === 'c' || command === 'connect') state.environment = state.reconnect(args);
}

function includeFile(path: string, at: string, state: ScriptState): void {
  if (state.depth >= MAX_INCLUDE_DEPTH) {
    state.effects.push({
      ...effect('opaque', path, [`\\i nesting deeper than ${MAX_INCLUDE_DEPTH} (a cycle?)`]),
      where: at,
    });
    return;
  }
  const read = readScript(state.ctx, path);
  if (!read.ok) {
    state.effects.push({ ...effect('opaque', path, [`${at} includes ${path}: ${read.why}`]), where: at });
    return;
  }
  // A file read again in the same state (variables, connection) yields the same findings and the same state after it.
  const key = `${path}\0${state.environment?.name ?? ''}\0${[...state.variables].join('\0')}`;
  const admission = admitInclude(state.includes, key, read.text.length);
  if (admission === 'already-judged') {
    const after = state.includes.judged.get(key) as IncludeAfter | undefined;
    if (after) restoreState(state, after);
    return;
  }
  if (admission === 'over-budget' || admission === 'cycle') {
    state.effects.push({
      ...effect('opaque', path, [`${at} includes ${path}: ${admission === 'cycle' ? CYCLE_WHY : OVER_BUDGET_WHY}`]),
      where: at,
    });
    return;
  }
  state.depth++;
  analyseScriptText(read.text, path, posix.dirname(path), state);
  state.depth--;
  finishInclude(state.includes, key, {
    variables: new Map(state.variables),
    environment: state.environment,
  } satisfies IncludeAfter);
}

interface IncludeAfter {
  variables: Map<string, string>;
  environment: Environment | undefined;
}

function restoreState(state: ScriptState, after: IncludeAfter): void {
  state.variables.clear();
  for (const [name, value] of after.variables) state.variables.set(name, value);
  if (after.environment) state.environment = after.environment;
  else delete state.environment;
}

/** One request's SQL through the real parser when loaded, else the careful lexical analysis. */
export function analyseSql(sql: string, where: string, state: ScriptState): void {
  // A plain read-only statement: no parse (and no parser load) needed.
  if (!sqlNeedsParse(sql)) return;
  const found: SqlEffect[] = [];
  const parser = state.ctx.sqlParser;
  // Deny-only: what the lexical pass finds destructive is refused as it stands; a parse (and the
  // parser's ~130 ms load) could only reword the refusal. What it clears still goes to the parser.
  const lexical = parser && state.ctx.sqlLexicalFirst ? analyseLexically(sql, 'postgres') : [];
  if (lexical.length > 0) {
    found.push(...lexical);
  } else if (parser) {
    if (sql.trim() !== '' && !/^[\s;]*$/.test(sql)) {
      const outcome = parser(sql);
      if (outcome.ok) found.push(...analysePgTree(outcome.tree));
      else
        found.push(
          effect('unparseable', 'unparseable-sql', [
            `PostgreSQL's parser rejects "${shorten(sql, 40)}": ${outcome.message}${outcome.position !== undefined ? ` (at character ${outcome.position + 1})` : ''}`,
          ]),
        );
    }
  } else {
    found.push(...analyseLexically(sql, 'postgres'));
  }
  for (const e of found)
    addSqlEffect(state, { ...e, where, ...(state.environment ? { environment: state.environment } : {}) });
}

function shorten(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
