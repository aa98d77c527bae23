// Just enough YAML, read line by line so that every command keeps its line number: a key's scalar,
// block scalar (`|`, `>`) or list of scalars. Workflow files are not parsed as a whole.
import type { ScriptUnit } from './command-lines.js';

/** A plain, single- or double-quoted scalar's text (a trailing ` # comment` is not part of a plain one). */
export function unquote(raw: string): string {
  const text = raw.trim();
  if (text.startsWith("'") && text.endsWith("'") && text.length >= 2) return text.slice(1, -1).replace(/''/g, "'");
  if (text.startsWith('"') && text.endsWith('"') && text.length >= 2) {
    try {
      return JSON.parse(text) as string;
    } catch {
      return text.slice(1, -1);
    }
  }
  return text.replace(/\s+#.*$/, '');
}

const indentOf = (text: string): number => text.length - text.trimStart().length;

/** A block scalar's lines after `header` at index `at` (key indentation `keyIndent`); folded ones become one line. */
export function blockScalar(
  lines: readonly string[],
  at: number,
  keyIndent: number,
  folded: boolean,
): { unit: ScriptUnit; end: number } {
  const body: string[] = [];
  let end = at;
  while (end + 1 < lines.length) {
    const next = lines[end + 1] as string;
    if (next.trim() !== '' && indentOf(next) <= keyIndent) break;
    body.push(next);
    end++;
  }
  while (body.length > 0 && (body[body.length - 1] as string).trim() === '') body.pop();
  const indent = Math.min(...body.filter((l) => l.trim() !== '').map(indentOf));
  const text = body.map((l) => l.slice(Number.isFinite(indent) ? indent : 0));
  return {
    unit: {
      line: at + 2,
      lines: folded
        ? [
            text
              .map((l) => l.trim())
              .filter(Boolean)
              .join(' '),
          ]
        : text,
    },
    end,
  };
}

/** The value after `key:` on line `at`: an inline scalar, or a block scalar below it. */
export function valueAt(
  lines: readonly string[],
  at: number,
  keyIndent: number,
  rest: string,
): { unit?: ScriptUnit; end: number } {
  const header = /^([|>])[+-]?\d*\s*(#.*)?$/.exec(rest.trim());
  if (header) return blockScalar(lines, at, keyIndent, header[1] === '>');
  if (rest.trim() === '') return { end: at };
  return { unit: { line: at + 1, lines: [unquote(rest)] }, end: at };
}

/** The items of a block list under a key on line `at` (`- item` lines, each a scalar or block scalar). */
export function listBelow(
  lines: readonly string[],
  at: number,
  keyIndent: number,
): { units: ScriptUnit[]; end: number } {
  const units: ScriptUnit[] = [];
  let i = at + 1;
  let end = at;
  while (i < lines.length) {
    const text = lines[i] as string;
    if (text.trim() === '' || text.trim().startsWith('#')) {
      i++;
      continue;
    }
    const item = /^(\s*)-(\s+(.*))?$/.exec(text);
    if (!item) {
      if (indentOf(text) <= keyIndent) break;
      i++; // a plain scalar continued on the next line: its first line was judged
      continue;
    }
    if (indentOf(text) < keyIndent) break;
    const value = valueAt(lines, i, indentOf(text), item[3] ?? '');
    if (value.unit) units.push(value.unit);
    end = value.end;
    i = value.end + 1;
  }
  return { units, end };
}

/** A flow sequence `["sh", "-c", "…"]` as its items, or undefined when the text is not one. */
export function flowSequence(text: string): string[] | undefined {
  const t = text.trim();
  if (!t.startsWith('[') || !t.endsWith(']')) return undefined;
  try {
    const parsed = JSON.parse(t) as unknown;
    return Array.isArray(parsed) ? parsed.map(String) : undefined;
  } catch {
    return t
      .slice(1, -1)
      .split(',')
      .map((s) => unquote(s));
  }
}
