// Walks a parsed shell line in order, keeping what the shell keeps (directory after `cd`, variables
// and exports), and classifies every simple command it would run, including those inside $( ),
// backticks, subshells, groups, pipelines and heredoc-fed shells.
import { resolve } from 'node:path';
import { shellQuote } from '../display.js';
import type { PackIndex } from '../classify.js';
import type { Context, Finding } from '../types.js';
import { classifyInvocation } from '../unwrap/classify-invocation.js';
import { rawSocketFinding } from '../unwrap/dev-tcp.js';
import { MAX_DEPTH, UNKNOWN, stdinView, type Invocation, type StdinSource } from '../unwrap/invocation.js';
import { derived } from '../cached-file-view.js';
import { shortLabel, tooDeepFinding, unparsableFinding } from '../unwrap/shell-findings.js';
import { expandWord, type Expanded } from './expand.js';
import { substitutionsIn } from './expansion-lexer.js';
import { arithmeticAsCommands, parseShell } from './parse.js';
import { applyBuiltin, knownSubstitution, lookup, outputOf, type Scope } from './builtins.js';
import { ShellSyntaxError, type Command, type List, type Redirect, type SimpleCommand, type Word } from './syntax.js';

export interface LineOptions {
  depth?: number;
  /** What the line's commands read when nothing else feeds them. */
  stdin?: StdinSource;
  /** $0, $1, … (from `sh -c LINE NAME ARG…`). */
  params?: string[];
}

interface Walk {
  base: Context;
  index: PackIndex;
  depth: number;
  findings: Finding[];
  /** The context the previous command was judged in (the line's own at first), reused when the next one's would be the same. */
  lastContext?: Context;
}

/** Every finding for a whole shell line. A line guard cannot parse fails closed. */
export function analyseLine(line: string, ctx: Context, index: PackIndex, options: LineOptions = {}): Finding[] {
  const depth = options.depth ?? 0;
  if (depth > MAX_DEPTH) return [tooDeepFinding(shortLabel(line))];
  let list: List;
  try {
    list = parseShell(line);
  } catch (error) {
    if (error instanceof ShellSyntaxError) return [unparsableFinding(line, error.message)];
    // Quoting nested thousands deep exhausts the stack: no shell line an agent means looks like that.
    if (error instanceof RangeError) return [unparsableFinding(line, 'nested too deeply to read')];
    throw error;
  }
  const vars = new Map<string, string | undefined>();
  const params = options.params ?? [];
  params.forEach((p, k) => vars.set(String(k), p));
  if (params.length > 0) vars.set('#', String(params.length - 1));
  // A command judged in the line's own directory and environment reuses ctx itself.
  const walk: Walk = { base: ctx, index, depth, findings: [], ...(ctx.stdin === undefined ? { lastContext: ctx } : {}) };
  walkList(list, { cwd: ctx.cwd, vars, exported: new Set(), base: ctx.env, aliases: new Map() }, options.stdin ?? { kind: 'terminal' }, walk);
  return dedupe(walk.findings);
}

function walkList(list: List, scope: Scope, stdin: StdinSource, walk: Walk): void {
  for (let p = 0; p < list.pipelines.length; p++) {
    const pipeline = list.pipelines[p] as List['pipelines'][number];
    const piped = pipeline.commands.length > 1;
    let input = stdin;
    for (let c = 0; c < pipeline.commands.length; c++) {
      const command = pipeline.commands[c] as Command;
      // Each part of a pipeline runs in its own subshell: a `cd` there does not last.
      const own = piped ? copyScope(scope) : scope;
      input = walkCommand(command, own, input, walk);
    }
  }
}

/** Walks one command; returns what it writes to stdout, as far as guard can tell. */
function walkCommand(command: Command, scope: Scope, stdin: StdinSource, walk: Walk): StdinSource {
  if (command.kind !== 'simple') {
    const input = redirectInput(command.redirects, scope, walk) ?? stdin;
    walkList(command.body, command.kind === 'subshell' ? copyScope(scope) : scope, input, walk);
    return { kind: 'opaque', from: command.kind === 'subshell' ? 'a subshell' : 'a command group' };
  }
  return walkSimple(command, scope, stdin, walk);
}

/** Shared by every command without `NAME=value` prefixes (most of them); never written to. */
const NO_ASSIGNMENTS: ReadonlyMap<string, string> = new Map();

function walkSimple(cmd: SimpleCommand, scope: Scope, stdin: StdinSource, walk: Walk): StdinSource {
  let assigned: ReadonlyMap<string, string> = NO_ASSIGNMENTS;
  if (cmd.assignments.length > 0) {
    const own = new Map<string, string>();
    for (const word of cmd.assignments) {
      const { name, value } = expandAssignment(word, scope, walk);
      own.set(name, value);
    }
    assigned = own;
  }
  const argv: string[] = [];
  for (let w = 0; w < cmd.words.length; w++) {
    const fields = expand(cmd.words[w] as Word, scope, walk);
    for (let f = 0; f < fields.length; f++) argv.push(fields[f] as string);
  }
  const input = redirectInput(cmd.redirects, scope, walk) ?? stdin;
  if (argv.length === 0) {
    for (const [name, value] of assigned) scope.vars.set(name, value);
    return { kind: 'text', text: '', from: 'an assignment' };
  }
  applyBuiltin(argv, scope);
  const env = commandEnv(scope, assigned);
  // An alias defined earlier (bash expands aliases in interactive shells, which is what agents drive).
  const alias = cmd.words[0]?.raw !== undefined ? scope.aliases.get(cmd.words[0].raw) : undefined;
  if (alias !== undefined) {
    const line = `${alias} ${shellQuote(argv.slice(1))}`;
    walk.findings.push(...analyseLine(line, { ...walk.base, cwd: scope.cwd, env }, walk.index, { depth: walk.depth + 1, stdin: input }));
    return { kind: 'opaque', from: argv[0] ?? 'an alias' };
  }
  const ctx = commandContext(walk, scope.cwd, env, input);
  walk.findings.push(...classifyRemembered({ argv, ctx, stdin: input, depth: walk.depth }, walk.index));
  return outputOf(argv, input);
}

const envIds = new WeakMap<object, number>();
let nextEnvId = 0;

/**
 * In a batch (a snapshot file view: nothing runs between lines), the same command in the same place is
 * judged once; batches repeat commands a lot. The key holds everything the judgement depends on that
 * can differ between commands of a batch: argv, directory, environment (by identity), what stdin is,
 * depth. A command fed text on stdin is always judged afresh.
 */
function classifyRemembered(inv: Invocation, index: PackIndex): Finding[] {
  if (inv.stdin.kind === 'text' || !inv.ctx.fs.memo) return classifyInvocation(inv, index);
  let env = envIds.get(inv.ctx.env);
  if (env === undefined) envIds.set(inv.ctx.env, (env = nextEnvId++));
  let key = `invocation\u0000${env}\u0000${inv.depth}\u0000${inv.ctx.cwd}\u0000${inv.stdin.kind}\u0000${inv.stdin.kind === 'opaque' ? inv.stdin.from : ''}`;
  for (let k = 0; k < inv.argv.length; k++) key += `\u0000${inv.argv[k]}`;
  return derived(inv.ctx.fs, key, () => classifyInvocation(inv, index));
}

/** The context a command is judged in; the previous command's when nothing differs (most commands of a line). */
function commandContext(walk: Walk, cwd: string, env: Context['env'], input: StdinSource): Context {
  const last = walk.lastContext;
  if (input.kind !== 'text' && last && last.cwd === cwd && last.env === env && last.stdin === undefined) return last;
  const ctx: Context = { ...walk.base, cwd, env, stdin: stdinView(input) };
  walk.lastContext = ctx;
  return ctx;
}

/** The command's environment: the process's, with the line's exports and the command's own assignments. */
function commandEnv(scope: Scope, assigned: ReadonlyMap<string, string>): Readonly<Record<string, string | undefined>> {
  // Variables that are neither exported nor in the environment (a loop variable) change nothing.
  if (assigned.size === 0 && !changesEnvironment(scope)) return scope.base;
  const env: Record<string, string | undefined> = { ...scope.base };
  for (const [name, value] of scope.vars) {
    if (!scope.exported.has(name) && !(name in scope.base)) continue;
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  for (const [name, value] of assigned) env[name] = value;
  return env;
}

function changesEnvironment(scope: Scope): boolean {
  for (const name of scope.vars.keys()) if (scope.exported.has(name) || name in scope.base) return true;
  return false;
}

function expand(word: Word, scope: Scope, walk: Walk): string[] {
  const expanded = expandWord(word, (name) => lookup(scope, name), walk.base.home, UNKNOWN, (source) => knownSubstitution(source, scope.cwd, walk.base.fs));
  analyseSubstitutions(expanded, scope, walk);
  return expanded.fields;
}

function analyseSubstitutions(expanded: Expanded, scope: Scope, walk: Walk): void {
  if (expanded.substitutions.length === 0 && expanded.arithmetic.length === 0) return;
  const ctx = { ...walk.base, cwd: scope.cwd };
  for (const source of expanded.substitutions) walk.findings.push(...analyseLine(source, ctx, walk.index, { depth: walk.depth + 1 }));
  for (const text of expanded.arithmetic) walkList(arithmeticAsCommands(text), copyScope(scope), { kind: 'terminal' }, { ...walk, depth: walk.depth + 1, findings: walk.findings });
}

function expandAssignment(word: Word, scope: Scope, walk: Walk): { name: string; value: string } {
  const first = word.parts[0] as { kind: 'text'; text: string; quoted: boolean };
  const eq = first.text.indexOf('=');
  const name = first.text.slice(0, eq).replace(/\+$/, '');
  const rest: Word = { raw: word.raw, parts: [{ ...first, text: first.text.slice(eq + 1) }, ...word.parts.slice(1)] };
  const expanded = expandWord(rest, (name) => lookup(scope, name), walk.base.home, UNKNOWN);
  analyseSubstitutions(expanded, scope, walk);
  const value = expanded.fields.join(' ');
  return { name, value };
}

/** Heredocs, here-strings and `< FILE` feed the command's stdin. */
function redirectInput(redirects: Redirect[], scope: Scope, walk: Walk): StdinSource | undefined {
  let input: StdinSource | undefined;
  for (let k = 0; k < redirects.length; k++) {
    const r = redirects[k] as Redirect;
    if (r.heredoc) {
      input = { kind: 'text', text: r.heredoc.body, from: 'a heredoc' };
      // An unquoted delimiter (<<EOF) means $(…) and `…` in the body run while the heredoc is read.
      if (!r.heredoc.literal) for (const source of substitutionsIn(r.heredoc.body)) walk.findings.push(...analyseLine(source, { ...walk.base, cwd: scope.cwd }, walk.index, { depth: walk.depth + 1 }));
    }
    else if (r.op === '<<<' && r.target) input = { kind: 'text', text: `${expand(r.target, scope, walk).join(' ')}\n`, from: 'a here-string' };
    else if (r.op === '<' && r.target) {
      const [file] = expand(r.target, scope, walk);
      input = file === undefined || file.includes(UNKNOWN) ? { kind: 'opaque', from: `the file ${file ?? '?'}` } : fileInput(walk.base, resolve(scope.cwd, file), file);
    } else if (r.target) {
      const socket = rawSocketFinding(r.op, expand(r.target, scope, walk).join(' '));
      if (socket) walk.findings.push(socket);
    }
  }
  return input;
}

/** `< FILE`, read only if something needs it. A missing file means the command never runs: empty. */
function fileInput(ctx: Context, path: string, shown: string): StdinSource {
  let text: string | undefined;
  return {
    kind: 'text',
    from: `the file ${shown}`,
    get text(): string {
      text ??= ctx.fs.readText(path) ?? '';
      return text;
    },
  };
}

/** A subshell's own copy (every part of a pipeline gets one); empty collections are not copied element-wise. */
function copyScope(scope: Scope): Scope {
  return {
    cwd: scope.cwd,
    vars: scope.vars.size === 0 ? new Map() : new Map(scope.vars),
    exported: scope.exported.size === 0 ? new Set() : new Set(scope.exported),
    base: scope.base,
    aliases: scope.aliases.size === 0 ? new Map() : new Map(scope.aliases),
  };
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.rule}\u0000${f.resource}\u0000${f.environment.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
