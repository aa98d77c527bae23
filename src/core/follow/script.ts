// Following a shell script on disk (bash FILE, ./FILE, source FILE): its text is read through the
// context's files view at check time and analysed as one program, piece by piece, so that a finding
// names the file and line that destroys.
import { posix } from 'node:path';
import type { PackIndex } from '../classify.js';
import { analyseChunks, type Chunk } from '../shell/analyse-line.js';
import { parseShell } from '../shell/parse.js';
import { ShellSyntaxError } from '../shell/syntax.js';
import type { Context, Finding } from '../types.js';
import { hasUnknown, type Invocation } from '../unwrap/invocation.js';
import { opaqueFinding, shortLabel, unparsableFinding } from '../unwrap/shell-findings.js';

/** A piece that does not parse after this many lines is judged whole (keeps following linear). */
const MAX_PIECE_LINES = 200;

/** What a file holds for following: its text, or a finding saying why guard cannot see it. */
export function readFollowed(path: string, shown: string, ctx: Context, what: string): { text: string } | { findings: Finding[] } | undefined {
  const stat = ctx.fs.stat(path);
  // Nothing there: the shell or runner fails before running anything.
  if (stat === undefined && ctx.fs.realpath(path) === undefined) return undefined;
  const text = ctx.fs.readText(path);
  if (text === undefined) return { findings: [opaqueFinding(shown, `${what} ${shown} cannot be read, so guard cannot see what it runs`)] };
  if (hasUnknown(text)) return { findings: [opaqueFinding(shown, `${what} ${shown} is written earlier in this line from content guard cannot see`)] };
  return { text };
}

/** Follows a script file run by a shell; `params` are $0, $1 …. */
export function followScriptFile(file: string, inv: Invocation, index: PackIndex, params: string[]): Finding[] {
  if (hasUnknown(file)) return [opaqueFinding(file, 'the script path comes from a variable or $(…), which guard cannot see')];
  const path = posix.resolve(inv.ctx.cwd, file);
  const read = readFollowed(path, file, inv.ctx, 'the script');
  if (read === undefined) return [];
  if ('findings' in read) return read.findings;
  if (read.text.slice(0, 1024).includes('\u0000')) return [];
  return followScriptText(read.text, displayPath(path, inv.ctx), inv, index, params);
}

/** Analyses script text as one program; findings say `FILE line N: …`. */
export function followScriptText(text: string, shown: string, inv: Invocation, index: PackIndex, params: string[], firstLine = 1, ctx: Context = inv.ctx): Finding[] {
  const pieces = splitPieces(text, shown, firstLine);
  if ('finding' in pieces) return [pieces.finding];
  return analyseChunks(pieces.chunks, ctx, index, { depth: inv.depth + 1, params, stdin: inv.stdin });
}

/** One recipe (a Makefile line, a task's command, a package.json script) judged as a line; every finding says `where`. */
export function followRecipe(text: string, where: string, ctx: Context, index: PackIndex, depth: number, firstLine = 1): Finding[] {
  const pieces = splitPieces(text, where, firstLine);
  if ('finding' in pieces) return [pieces.finding];
  return analyseChunks(pieces.chunks.map((c) => ({ ...c, where })), ctx, index, { depth });
}

/** Splits a script into the smallest pieces that parse, each with its first line. */
export function splitPieces(text: string, shown: string, firstLine = 1): { chunks: Chunk[] } | { finding: Finding } {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const chunks: Chunk[] = [];
  let start = 0;
  while (start < lines.length) {
    let end = start;
    let parsed: Chunk['list'] | undefined;
    for (; end < lines.length && end - start < MAX_PIECE_LINES; end++) {
      parsed = tryParse(lines.slice(start, end + 1).join('\n'));
      if (parsed) break;
    }
    if (!parsed) {
      // A long compound command, or a real syntax error: the rest is parsed whole.
      const rest = lines.slice(start).join('\n');
      try {
        parsed = parseShell(rest);
        end = lines.length - 1;
      } catch (error) {
        if (!(error instanceof ShellSyntaxError)) throw error;
        return { finding: { ...unparsableFinding(rest, error.message), resource: `${shown}:${start + firstLine}`, details: [`${shown} line ${start + firstLine} does not parse (${error.message}); guard cannot tell what the rest of it runs`] } };
      }
    }
    if (parsed.pipelines.length > 0) chunks.push({ list: parsed, where: `${shown} line ${start + firstLine}: ${shortLabel(lines[start] as string)}` });
    start = end + 1;
  }
  return { chunks };
}

function tryParse(text: string): Chunk['list'] | undefined {
  try {
    return parseShell(text);
  } catch (error) {
    if (error instanceof ShellSyntaxError || error instanceof RangeError) return undefined;
    throw error;
  }
}

/** A path as the user would write it: relative to the directory the command runs in when inside it. */
export function displayPath(path: string, ctx: Context): string {
  return path.startsWith(`${ctx.cwd}/`) ? path.slice(ctx.cwd.length + 1) : path;
}
