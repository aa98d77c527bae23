// Shell-level helpers shared by the extractors: numbered lines, continuations, heredocs, comments.

/** A command found in a file: the shell text and the 1-based line it starts on. */
export interface ScannedCommand {
  line: number;
  command: string;
}

/** A piece of shell run as one script (a shell file, a workflow `run:` block) or as one command (a recipe line). */
export interface ScriptUnit {
  /** Line of the unit's first line in the file. */
  line: number;
  lines: string[];
  /** Variables the file sets for this unit (a workflow step's `env:`), seen by the judgement. */
  env?: Record<string, string>;
}

export interface NumberedLine {
  line: number;
  text: string;
}

export function numbered(lines: readonly string[], from = 1): NumberedLine[] {
  return lines.map((text, i) => ({ line: i + from, text }));
}

export function splitLines(text: string): string[] {
  return text.split(/\r?\n/);
}

/**
 * Logical commands of a script: backslash-continued lines joined (reported at their first line),
 * a heredoc's body kept with its command, blank and comment-only lines dropped.
 */
export function logicalLines(lines: readonly NumberedLine[]): ScannedCommand[] {
  const out: ScannedCommand[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i] as NumberedLine;
    let command = first.text;
    // As the shell does: backslash-newline vanishes, so `r\` + `m -rf /` is `rm -rf /`.
    while (endsWithContinuation(command) && i + 1 < lines.length)
      command = `${command.slice(0, -1)}${(lines[++i] as NumberedLine).text}`;
    if (endsWithContinuation(command)) command = command.slice(0, -1);
    for (const delimiter of heredocDelimiters(command)) {
      const body: string[] = [];
      while (i + 1 < lines.length) {
        const next = (lines[++i] as NumberedLine).text;
        body.push(next);
        if (next.trim() === delimiter) break;
      }
      command = `${command}\n${body.join('\n')}`;
    }
    if (!isBlankOrComment(command)) out.push({ line: first.line, command: command.trim() });
  }
  return out;
}

function endsWithContinuation(text: string): boolean {
  return /(^|[^\\])(\\\\)*\\$/.test(text);
}

/** The delimiters of the heredocs a line opens (`<<EOF`, `<<-'END'`), not here-strings (`<<<`). */
function heredocDelimiters(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(?<!<)<<-?\s*(['"]?)([\w.-]+)\1/g)) found.push(match[2] as string);
  return found;
}

export function isBlankOrComment(text: string): boolean {
  const t = text.trim();
  return t === '' || t.startsWith('#');
}

/** Each argument quoted for the shell (an exec-form list shown as the line a shell would run). */
export function shellJoin(args: readonly string[]): string {
  return args.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}
