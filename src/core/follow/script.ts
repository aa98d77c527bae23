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
export function readFollowed(
  path: string,
  shown: string,
  ctx: Context,
  what: string,
): { text: string } | { findings: Finding[] } | undefined {
  const stat = ctx.fs.stat(path);
  // Nothing there: the shell or runner fails before running anything.
  if (stat === undefined && ctx.fs.realpath(path) === undefined) return undefined;
  const text = ctx.fs.readText(path);
  if (text === undefined)
    return { findings: [opaqueFinding(shown, `${what} ${shown} cannot be read, so guard cannot see what it runs`)] };
  if (hasUnknown(text))
    return {
      findings: [
        opaqueFinding(shown, `${what} ${shown} is written earlier in this line from content guard cannot see`),
      ],
    };
  return { text };
}

/** Follows a script file run by a shell; `params` are $0, $1 …. */
export function followScriptFile(file: string, inv: Invocation, index: PackIndex, params: string[]): Finding[] {
  if (hasUnknown(file))
    return [opaqueFinding(file, 'the script path comes from a variable or $(…), which guard cannot see')];
  const path = posix.resolve(inv.ctx.cwd, file);
  const read = readFollowed(path, file, inv.ctx, 'the script');
  if (read === undefined) return [];
  if ('findings' in read) return read.findings;
  if (read.text.slice(0, 1024).includes('\u0000')) return [];
  return followScriptText(read.text, displayPath(path, inv.ctx), inv, index, params);
}

/** Analyses script text as one program; findings say `FILE line N: …`. */
export function followScriptText(
  text: string,
  shown: string,
  inv: Invocation,
  index: PackIndex,
  params: string[],
  firstLine = 1,
  ctx: Context = inv.ctx,
): Finding[] {
  // Each piece is walked as soon as it parses and then dropped: a long script is never held as syntax trees.
  const failed: { finding?: Finding } = {};
  const findings = analyseChunks(eachPiece(text, shown, firstLine, failed), ctx, index, {
    depth: inv.depth + 1,
    params,
    stdin: inv.stdin,
  });
  return failed.finding ? [failed.finding] : findings;
}

/** One recipe (a Makefile line, a task's command, a package.json script) judged as a line; every finding says `where`. */
export function followRecipe(
  text: string,
  where: string,
  ctx: Context,
  index: PackIndex,
  depth: number,
  firstLine = 1,
): Finding[] {
  const pieces = splitPieces(text, where, firstLine);
  if ('finding' in pieces) return [pieces.finding];
  return analyseChunks(
    pieces.chunks.map((c) => ({ ...c, where })),
    ctx,
    index,
    { depth },
  );
}

/** Splits a script into the smallest pieces that parse, each with its first line. */
export function splitPieces(text: string, shown: string, firstLine = 1): { chunks: Chunk[] } | { finding: Finding } {
  const failed: { finding?: Finding } = {};
  const chunks = [...eachPiece(text, shown, firstLine, failed)];
  return failed.finding ? { finding: failed.finding } : { chunks };
}

/** The pieces one at a time; a piece that does not parse ends them, with its finding in `failed`. */
export function* eachPiece(
  text: string,
  shown: string,
  firstLine: number,
  failed: { finding?: Finding },
): Generator<Chunk> {
  const src = text.includes('\r\n') ? text.replace(/\r\n/g, '\n') : text;
  // Lines are found by offset, not split into a list: a long script is held once, as its text.
  let from = 0; // offset of the piece's first line
  let line = 0; // its index
  for (;;) {
    let parsed: Chunk['list'] | undefined;
    let next: number | undefined; // offset of the line after the piece, if there is one
    let count = 0;
    for (let cursor = from; ;) {
      const nl = src.indexOf('\n', cursor);
      next = nl === -1 ? undefined : nl + 1;
      count++;
      parsed = tryParse(src.slice(from, nl === -1 ? src.length : nl));
      if (parsed || next === undefined || count >= MAX_PIECE_LINES) break;
      cursor = next;
    }
    if (!parsed) {
      // A long compound command, or a real syntax error: the rest is parsed whole.
      const rest = src.slice(from);
      try {
        parsed = parseShell(rest);
        next = undefined;
      } catch (error) {
        if (!(error instanceof ShellSyntaxError)) throw error;
        failed.finding = {
          ...unparsableFinding(rest, error.message),
          resource: `${shown}:${line + firstLine}`,
          details: [
            `${shown} line ${line + firstLine} does not parse (${error.message}); guard cannot tell what the rest of it runs`,
          ],
        };
        return;
      }
    }
    const firstEnd = src.indexOf('\n', from);
    if (parsed.pipelines.length > 0)
      yield {
        list: parsed,
        where: `${shown} line ${line + firstLine}: ${shortLabel(src.slice(from, firstEnd === -1 ? src.length : firstEnd))}`,
      };
    if (next === undefined) return;
    from = next;
    line += count;
  }
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
