// Splits a psql script the way psql's own lexer does: SQL statements end at `;` outside quotes and
// parentheses; backslash meta-commands run to the end of the line (or `\\`); COPY … FROM STDIN data
// is skipped up to its `\.` line; `:var` interpolation uses the variables known so far.
import { nextToken, type Token } from '../sql/next-token.js';
import { lineCounter, lineEnds, nextOccurrence } from '../sql/line-counter.js';
import { parseMetaArgs } from './meta-args.js';

export type ScriptItem =
  | { kind: 'sql'; text: string; line: number }
  | { kind: 'meta'; command: string; args: string[]; raw: string; line: number; buffer: string };

export interface SplitOptions {
  /** psql variables (`-v name=value`); `\set` in the script adds to a copy. */
  variables?: ReadonlyMap<string, string>;
}

const EXECUTES_BUFFER = new Set(['g', 'gx', 'gset', 'gexec', 'crosstabview', 'watch']);

export function splitScript(src: string, options: SplitOptions = {}): ScriptItem[] {
  const items: ScriptItem[] = [];
  forEachScriptItem(src, options, (item) => void items.push(item));
  return items;
}

/**
 * Hands each item to `visit` as soon as it is split off, so a script of millions of meta-commands is
 * analysed without holding them all (20 MB of `\x` lines held ~500 MB as a list).
 */
export function forEachScriptItem(src: string, options: SplitOptions, visit: (item: ScriptItem) => void): void {
  const vars = new Map(options.variables ?? []);
  let buf = '';
  let bufLine = 1;
  // What the current statement needs remembered, without holding its tokens (a 30 MB INSERT has millions).
  let statement = emptyStatement();
  let depth = 0;
  let pos = 0;
  let copied = 0; // end of the source already appended to buf
  const lineAt = lineCounter(src);
  const lineEnd = lineEnds(src);
  const nextSeparator = nextOccurrence(src, '\\\\');
  const flush = (): void => {
    if (statement.tokens > 0 && buf.trim() !== '') visit({ kind: 'sql', text: buf.trim(), line: bufLine });
    buf = '';
    statement = emptyStatement();
    depth = 0;
  };
  for (;;) {
    const t = nextToken(src, pos, 'postgres');
    if (!t) break;
    if (statement.tokens === 0 && buf.trim() === '') bufLine = lineAt(t.start);
    if (t.type === 'backslash') {
      buf += src.slice(copied, t.start);
      const end = metaEnd(lineEnd(t.end), nextSeparator(t.end), src.length);
      const raw = src.slice(t.start, end.stop);
      const m = /^\\([^\s\\]*)\s*([\s\S]*)$/.exec(raw) as RegExpExecArray;
      const command = m[1] as string;
      const args = parseMetaArgs(m[2] as string, vars);
      const before = buf;
      if (EXECUTES_BUFFER.has(command)) flush();
      if (command === 'r' || command === 'reset') {
        buf = '';
        statement = emptyStatement();
      }
      visit({ kind: 'meta', command, args, raw: raw.trim(), line: lineAt(t.start), buffer: before.trim() });
      if (command === 'set' && args[0]) vars.set(args[0], args.slice(1).join(''));
      if (command === 'unset' && args[0]) vars.delete(args[0]);
      pos = copied = end.next;
      if (command === 'q' || command === 'quit') return;
      if (command === 'copy' && readsInlineData(args)) pos = copied = skipCopyData(src, pos, false);
      continue;
    }
    if (t.type === 'variable') {
      const value = interpolate(t.value, vars);
      if (value !== undefined) {
        buf += src.slice(copied, t.start) + value;
        copied = t.end;
      }
    }
    noteToken(statement, t);
    if (t.type === 'punct' && t.value === '(') depth++;
    if (t.type === 'punct' && t.value === ')') depth = Math.max(0, depth - 1);
    pos = t.end;
    if (t.type === 'punct' && t.value === ';' && depth === 0) {
      buf += src.slice(copied, t.end);
      copied = t.end;
      const copy = copyFromStdin(statement);
      flush();
      if (copy) pos = copied = skipCopyData(src, t.end, copy === 'binary');
    }
  }
  buf += src.slice(copied);
  flush();
}

/** A meta-command's text ends at the end of its line or at a `\\` separator on that line. */
function metaEnd(lineStop: number, separator: number, length: number): { stop: number; next: number } {
  if (separator !== -1 && separator < lineStop) return { stop: separator, next: separator + 2 };
  return { stop: lineStop, next: Math.min(lineStop + 1, length) };
}

interface StatementSoFar {
  tokens: number;
  copy: boolean;
  fromStdin: boolean;
  binary: boolean;
  previous: Token | undefined;
}

function emptyStatement(): StatementSoFar {
  return { tokens: 0, copy: false, fromStdin: false, binary: false, previous: undefined };
}

function noteToken(s: StatementSoFar, t: Token): void {
  if (s.tokens === 0) s.copy = t.type === 'word' && t.value === 'COPY';
  if (s.copy && t.type === 'word' && t.value === 'STDIN' && s.previous?.type === 'word' && s.previous.value === 'FROM')
    s.fromStdin = true;
  if (s.copy && t.type === 'word' && t.value === 'BINARY') s.binary = true;
  s.tokens++;
  s.previous = t;
}

/** `COPY … FROM STDIN` reads the lines that follow from the script itself; binary format reads to EOF. */
function copyFromStdin(s: StatementSoFar): 'text' | 'binary' | undefined {
  if (!s.copy || !s.fromStdin) return undefined;
  return s.binary ? 'binary' : 'text';
}

function readsInlineData(args: readonly string[]): boolean {
  const i = args.findIndex((a) => a.toLowerCase() === 'from');
  return i !== -1 && args[i + 1]?.toLowerCase() === 'stdin';
}

/** Position after the data of a COPY from the script: the line after `\.`, or the end. */
function skipCopyData(src: string, afterStatement: number, binary: boolean): number {
  if (binary) return src.length;
  const nl = src.indexOf('\n', afterStatement);
  if (nl === -1) return src.length;
  let lineStart = nl + 1;
  while (lineStart < src.length) {
    const next = src.indexOf('\n', lineStart);
    const line = src.slice(lineStart, next === -1 ? src.length : next).replace(/\r$/, '');
    if (line === '\\.') return next === -1 ? src.length : next + 1;
    if (next === -1) return src.length;
    lineStart = next + 1;
  }
  return src.length;
}

function interpolate(spec: string, vars: ReadonlyMap<string, string>): string | undefined {
  const quote = spec[0];
  const name = quote === "'" || quote === '"' ? spec.slice(1, -1) : spec;
  const value = vars.get(name);
  if (value === undefined) return undefined;
  if (quote === "'") return `'${value.replace(/'/g, "''")}'`;
  if (quote === '"') return `"${value.replace(/"/g, '""')}"`;
  return value;
}
