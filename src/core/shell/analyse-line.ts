// Walks a parsed shell line in order, keeping what the shell keeps (directory after `cd`, variables
// and exports), and classifies every simple command it would run, including those inside $( ),
// backticks, subshells, groups, pipelines and heredoc-fed shells.
import { posix, resolve } from 'node:path';
import { shellQuote } from '../display.js';
import type { PackIndex } from '../classify.js';
import type { Context, Finding } from '../types.js';
import { rawSocketFinding } from '../unwrap/dev-tcp.js';
import { MAX_DEPTH, UNKNOWN, type StdinSource } from '../unwrap/invocation.js';
import { shortLabel, tooDeepFinding, unparsableFinding } from '../unwrap/shell-findings.js';
import { expandWord, type Expanded } from './expand.js';
import { substitutionsIn } from './expansion-lexer.js';
import { arithmeticAsCommands, parseShell } from './parse.js';
import { applyBuiltin, knownSubstitution, lookup, outputOf, type Scope } from './builtins.js';
import {
  ShellSyntaxError,
  type Command,
  type ForLoop,
  type List,
  type Redirect,
  type SimpleCommand,
  type Word,
} from './syntax.js';
import { callFunction } from './functions.js';
import { classifyRemembered, commandContext, commandEnv } from './command-context.js';
import { recordWrites, type Written } from './written-files.js';
import { inPlaceFindings } from './in-place.js';
import { expandPathnames, GLOB } from './glob.js';
import { listingOutput } from './listing.js';
import { specialAssignment } from './special-variables.js';
import { sourceInScope } from './source-in-scope.js';

export interface LineOptions {
  depth?: number;
  /** What the line's commands read when nothing else feeds them. */
  stdin?: StdinSource;
  /** $0, $1, … (from `sh -c LINE NAME ARG…`). */
  params?: string[];
  /** Functions the enclosing line defined ($(f) and `…` run in a copy of the shell that has them). */
  functions?: ReadonlyMap<string, Command>;
  /** The enclosing line's record of functions called by name (a call inside $(…) counts). */
  called?: Set<string>;
}

/** A piece of a file analysed as part of one program (a script), and how a finding from it names its place. */
export interface Chunk {
  list: List;
  where: string;
}

export interface Walk {
  base: Context;
  index: PackIndex;
  depth: number;
  findings: Finding[];
  /** The context the previous command was judged in (the line's own at first), reused when the next one's would be the same. */
  lastContext?: Context;
  /** Files the line wrote so far (path → content; UNKNOWN inside = content guard cannot see). */
  written?: Map<string, string>;
  /** Function calls in progress (bounded: a function calling itself). */
  calls: number;
  /** Functions called by name somewhere in the line. */
  called: Set<string>;
  /** Loop bodies walked so far in this line (bounded by LOOP_WALKS). */
  loopWalks?: number;
}

/** Every finding for a whole shell line. A line guard cannot parse fails closed. */
export function analyseLine(line: string, ctx: Context, index: PackIndex, options: LineOptions = {}): Finding[] {
  const depth = options.depth ?? 0;
  if (depth > MAX_DEPTH) return [tooDeepFinding(shortLabel(line))];
  let list: List;
  try {
    // Windows line endings: a CR before the newline must not hide (or rename) a command's last word.
    list = parseShell(line.includes('\r') ? line.replace(/\r+(?=\n|$)/g, '') : line);
  } catch (error) {
    if (error instanceof ShellSyntaxError) return [unparsableFinding(line, error.message)];
    // Quoting nested thousands deep exhausts the stack: no shell line an agent means looks like that.
    if (error instanceof RangeError) return [unparsableFinding(line, 'nested too deeply to read')];
    throw error;
  }
  return analyseChunks([{ list, where: '' }], ctx, index, options);
}

/** Parsed pieces walked as one program (one scope): a finding from a piece with a `where` says where it came from. */
export function analyseChunks(
  chunks: Iterable<Chunk>,
  ctx: Context,
  index: PackIndex,
  options: LineOptions = {},
): Finding[] {
  const vars = new Map<string, string | undefined>();
  const params = options.params ?? [];
  params.forEach((p, k) => vars.set(String(k), p));
  if (params.length > 0) {
    vars.set('#', String(params.length - 1));
    vars.set('@', params.slice(1).join(' '));
  }
  // A command judged in the line's own directory and environment reuses ctx itself.
  const walk: Walk = {
    base: ctx,
    index,
    depth: options.depth ?? 0,
    findings: [],
    calls: 0,
    called: options.called ?? new Set(),
    ...(ctx.stdin === undefined ? { lastContext: ctx } : {}),
  };
  const scope: Scope = {
    cwd: ctx.cwd,
    vars,
    exported: new Set(),
    base: ctx.env,
    aliases: new Map(),
    functions: new Map(options.functions ?? []),
  };
  const out: Finding[] = [];
  for (const chunk of chunks) {
    walk.findings = [];
    walkList(chunk.list, scope, options.stdin ?? { kind: 'terminal' }, walk);
    for (const f of walk.findings)
      out.push(chunk.where === '' ? f : { ...f, details: [...f.details, `from ${chunk.where}`] });
  }
  // A function never called by name may still run (trap f, export -f f; bash -c f): judged once, arguments unknown.
  walk.findings = [];
  for (const [name, body] of scope.functions)
    if (!walk.called.has(name) && !options.functions?.has(name))
      callFunction(body, [name, UNKNOWN], copyScope(scope), { kind: 'terminal' }, walk);
  out.push(...walk.findings);
  return dedupe(out);
}

export function walkList(list: List, scope: Scope, stdin: StdinSource, walk: Walk): void {
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
export function walkCommand(command: Command, scope: Scope, stdin: StdinSource, walk: Walk): StdinSource {
  // A definition runs nothing: its body is walked where the function is called, with the call's arguments.
  if (command.kind === 'function') {
    scope.functions.set(command.name, command.body);
    return { kind: 'text', text: '', from: 'a function definition' };
  }
  if (command.kind === 'for') return walkFor(command, scope, stdin, walk);
  if (command.kind !== 'simple') {
    const writes: Written[] = [];
    const input = redirectInput(command.redirects, scope, walk, writes) ?? stdin;
    walkList(command.body, command.kind === 'subshell' ? copyScope(scope) : scope, input, walk);
    const output: StdinSource = {
      kind: 'opaque',
      from: command.kind === 'subshell' ? 'a subshell' : 'a command group',
    };
    recordWrites(writes, output, walk);
    return output;
  }
  return walkSimple(command, scope, stdin, walk);
}

/** Body walks allowed per line across all loops (nested loops multiply); past it a loop is walked once, its variable unknown. */
const LOOP_WALKS = 256;

/**
 * for NAME in WORDS: the body is walked once per value with NAME set to it (a glob stays a glob, which
 * the packs resolve against the files); values guard cannot know make NAME unknown. No `in`: "$@".
 */
function walkFor(loop: ForLoop, scope: Scope, stdin: StdinSource, walk: Walk): StdinSource {
  const writes: Written[] = [];
  const input = redirectInput(loop.redirects, scope, walk, writes) ?? stdin;
  const values =
    loop.words === undefined
      ? [UNKNOWN]
      : loop.words.flatMap((word) => expandPathnames(expand(word, scope, walk), mayGlob(word), scope.cwd, walk.base));
  walk.loopWalks ??= 0;
  const each = walk.loopWalks + values.length <= LOOP_WALKS ? values : values.length > 0 ? [UNKNOWN] : [];
  for (const value of each) {
    walk.loopWalks++;
    scope.vars.set(loop.name, value);
    walkList(loop.body, scope, input, walk);
  }
  const output: StdinSource = { kind: 'opaque', from: 'a for loop' };
  recordWrites(writes, output, walk);
  return output;
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
      // PROMPT_COMMAND, BASH_ENV …: a value that is code the shell will run.
      const runs = specialAssignment(name, value);
      if (runs)
        walk.findings.push(
          ...classifyRemembered(
            {
              argv: runs,
              ctx: commandContext(walk, scope.cwd, scope.base, { kind: 'terminal' }),
              stdin: { kind: 'terminal' },
              depth: walk.depth + 1,
            },
            walk.index,
          ),
        );
    }
    assigned = own;
  }
  const argv: string[] = [];
  let patterns: number[] | undefined;
  for (let w = 0; w < cmd.words.length; w++) {
    const word = cmd.words[w] as Word;
    const fields = expand(word, scope, walk);
    if (mayGlob(word)) (patterns ??= []).push(argv.length, fields.length);
    for (let f = 0; f < fields.length; f++) argv.push(fields[f] as string);
  }
  if (patterns) argv.splice(0, argv.length, ...withPathnames(argv, patterns, scope.cwd, walk.base));
  const writes: Written[] = [];
  const input = redirectInput(cmd.redirects, scope, walk, writes) ?? stdin;
  if (writes.length > 0)
    walk.findings.push(...inPlaceFindings(writes, argv, cmd.redirects, { ...walk.base, cwd: scope.cwd }));
  if (argv.length === 0) {
    for (const [name, value] of assigned) scope.vars.set(name, value);
    recordWrites(writes, { kind: 'text', text: '', from: 'nothing' }, walk);
    return { kind: 'text', text: '', from: 'an assignment' };
  }
  const fn = cmd.words[0]?.raw === argv[0] ? scope.functions.get(argv[0] as string) : undefined;
  if (fn !== undefined) {
    walk.called.add(argv[0] as string);
    callFunction(fn, argv, scope, input, walk);
    recordWrites(writes, { kind: 'opaque', from: argv[0] as string }, walk);
    return { kind: 'opaque', from: argv[0] as string };
  }
  // source FILE: walked in this scope, so that what it defines is there for the rest of the line.
  if (sourceInScope(argv, scope, input, walk)) return { kind: 'opaque', from: argv[0] as string };
  applyBuiltin(argv, scope);
  const env = commandEnv(scope, assigned);
  // An alias defined earlier (bash expands aliases in interactive shells, which is what agents drive).
  const alias = cmd.words[0]?.raw !== undefined ? scope.aliases.get(cmd.words[0].raw) : undefined;
  if (alias !== undefined) {
    const line = `${alias} ${shellQuote(argv.slice(1))}`;
    walk.findings.push(
      ...analyseLine(line, { ...walk.base, cwd: scope.cwd, env }, walk.index, { depth: walk.depth + 1, stdin: input }),
    );
    return { kind: 'opaque', from: argv[0] ?? 'an alias' };
  }
  const ctx = commandContext(walk, scope.cwd, env, input);
  walk.findings.push(...classifyRemembered({ argv, ctx, stdin: input, depth: walk.depth }, walk.index));
  const output = listingOutput(argv, ctx) ?? outputOf(argv, input);
  recordWrites(writes, output, walk, argv, input, scope.cwd);
  return output;
}

/**
 * argv with its patterns expanded against the files, as bash passes it (`rm -f storage/*` is rm of each
 * file there). `rm -r` keeps its patterns: the rm rules read `DIR/*` as the whole directory, which says
 * more than its entries one by one. `patterns` holds (start, count) pairs of the fields that may glob.
 */
function withPathnames(argv: string[], patterns: number[], cwd: string, ctx: Context): string[] {
  const recursiveRm =
    posix.basename(argv[0] ?? '') === 'rm' && argv.some((a) => /^-[a-zA-Z]*[rR]/.test(a) || a === '--recursive');
  if (recursiveRm) return argv;
  const out = argv.slice(0, patterns[0]);
  for (let k = 0; k < patterns.length; k += 2) {
    const start = patterns[k] as number;
    const end = start + (patterns[k + 1] as number);
    out.push(...expandPathnames(argv.slice(start, end), true, cwd, ctx));
    out.push(...argv.slice(end, k + 2 < patterns.length ? (patterns[k + 2] as number) : argv.length));
  }
  return out;
}

/** An unquoted pattern character, or an unquoted expansion whose value bash would also expand. */
function mayGlob(word: Word): boolean {
  return word.parts.some((p) =>
    p.kind === 'text' ? !p.quoted && GLOB.test(p.text) : (p.kind === 'param' || p.kind === 'command') && !p.quoted,
  );
}

function expand(word: Word, scope: Scope, walk: Walk): string[] {
  const expanded = expandWord(
    word,
    (name) => lookup(scope, name),
    walk.base.home,
    UNKNOWN,
    (source) => knownSubstitution(source, scope.cwd, walk.base.fs, lookup(scope, 'TMPDIR') || '/tmp'),
  );
  analyseSubstitutions(expanded, scope, walk);
  return expanded.fields;
}

function analyseSubstitutions(expanded: Expanded, scope: Scope, walk: Walk): void {
  if (expanded.substitutions.length === 0 && expanded.arithmetic.length === 0) return;
  const ctx = { ...walk.base, cwd: scope.cwd };
  for (const source of expanded.substitutions)
    walk.findings.push(
      ...analyseLine(source, ctx, walk.index, { depth: walk.depth + 1, ...withFunctions(scope, walk) }),
    );
  for (const text of expanded.arithmetic)
    walkList(
      arithmeticAsCommands(text),
      copyScope(scope),
      { kind: 'terminal' },
      { ...walk, depth: walk.depth + 1, findings: walk.findings },
    );
}

function expandAssignment(word: Word, scope: Scope, walk: Walk): { name: string; value: string } {
  const first = word.parts[0] as { kind: 'text'; text: string; quoted: boolean };
  const eq = first.text.indexOf('=');
  const name = first.text.slice(0, eq).replace(/\+$/, '');
  const rest: Word = { raw: word.raw, parts: [{ ...first, text: first.text.slice(eq + 1) }, ...word.parts.slice(1)] };
  const expanded = expandWord(
    rest,
    (name) => lookup(scope, name),
    walk.base.home,
    UNKNOWN,
    (source) => knownSubstitution(source, scope.cwd, walk.base.fs, lookup(scope, 'TMPDIR') || '/tmp'),
  );
  analyseSubstitutions(expanded, scope, walk);
  const value = expanded.fields.join(' ');
  return { name, value };
}

/** Heredocs, here-strings and `< FILE` feed the command's stdin; files written (`>`, `>>`) are added to `writes`. */
function redirectInput(redirects: Redirect[], scope: Scope, walk: Walk, writes: Written[]): StdinSource | undefined {
  let input: StdinSource | undefined;
  for (let k = 0; k < redirects.length; k++) {
    const r = redirects[k] as Redirect;
    if (r.heredoc) {
      input = { kind: 'text', text: r.heredoc.body, from: 'a heredoc' };
      // An unquoted delimiter (<<EOF) means $(…) and `…` in the body run while the heredoc is read.
      if (!r.heredoc.literal)
        for (const source of substitutionsIn(r.heredoc.body))
          walk.findings.push(
            ...analyseLine(source, { ...walk.base, cwd: scope.cwd }, walk.index, {
              depth: walk.depth + 1,
              ...withFunctions(scope, walk),
            }),
          );
    } else if (r.op === '<<<' && r.target)
      input = { kind: 'text', text: `${expand(r.target, scope, walk).join(' ')}\n`, from: 'a here-string' };
    else if (r.op === '<' && r.target) {
      const [file] = expand(r.target, scope, walk);
      input =
        file === undefined || file.includes(UNKNOWN)
          ? { kind: 'opaque', from: `the file ${file ?? '?'}` }
          : fileInput(walk.base, resolve(scope.cwd, file), file);
    } else if (r.target) {
      const [file] = expand(r.target, scope, walk);
      if (file !== undefined && isOutputOp(r.op) && (r.fd === undefined || r.fd === '1' || r.op.startsWith('&')))
        writes.push({
          path: file.includes(UNKNOWN) ? file : resolve(scope.cwd, file),
          shown: file,
          append: r.op === '>>' || r.op === '&>>',
        });
      if (file !== undefined) {
        const socket = rawSocketFinding(r.op, file);
        if (socket) walk.findings.push(socket);
      }
    }
  }
  return input;
}

/** What a nested line ($(…), a heredoc's substitutions) inherits: the functions defined so far, and the record of calls. */
function withFunctions(scope: Scope, walk: Walk): { functions?: ReadonlyMap<string, Command>; called?: Set<string> } {
  return scope.functions.size === 0 ? {} : { functions: scope.functions, called: walk.called };
}

function isOutputOp(op: string): boolean {
  return op === '>' || op === '>>' || op === '>|' || op === '&>' || op === '&>>';
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
    functions: scope.functions.size === 0 ? new Map() : new Map(scope.functions),
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
