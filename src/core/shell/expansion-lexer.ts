// Reads $NAME, ${…}, $( … ), $(( … )) and `…` inside a word. Contents of command substitutions are
// kept as source text and analysed later as shell lines of their own.
import { ShellSyntaxError, type WordPart } from './syntax.js';

const SPECIAL = /^[@*#?$!0-9-]/;

export function readDollar(src: string, i: number, quoted: boolean): { part?: WordPart; end: number } {
  const next = src[i + 1];
  if (next === '(' && src[i + 2] === '(') {
    const close = findClosingParen(src, i + 3, false);
    // `$((…))` is arithmetic; `$((…) …)` is a command substitution that starts with a subshell.
    if (src[close + 1] === ')')
      return { part: { kind: 'arith', raw: src.slice(i, close + 2), quoted }, end: close + 2 };
  }
  if (next === '(') {
    let close: number;
    try {
      close = findClosingParen(src, i + 2);
    } catch (error) {
      // bash reads `$( ( a #b ) )` without a comment there; so does the plain scan.
      if (!(error instanceof ShellSyntaxError)) throw error;
      close = findClosingParen(src, i + 2, false);
    }
    return {
      part: { kind: 'command', source: src.slice(i + 2, close), quoted, raw: src.slice(i, close + 1) },
      end: close + 1,
    };
  }
  if (next === '{') {
    const close = findClosingBrace(src, i + 2);
    const inner = src.slice(i + 2, close);
    const name = /^([A-Za-z_][A-Za-z0-9_]*|[@*#?$!0-9-])/.exec(inner)?.[1] ?? '';
    // ${NAME:-default} / ${NAME-default} (and := / =) with a literal default: known when NAME is not.
    const fallback = /^[A-Za-z_][A-Za-z0-9_]*(:?)[-=]([^$`'"\\]*)$/.exec(inner);
    const part: WordPart = { kind: 'param', name, quoted, raw: src.slice(i, close + 1), plain: inner === name };
    if (fallback) part.fallback = { text: fallback[2] as string, ifEmpty: fallback[1] === ':' };
    return { part, end: close + 1 };
  }
  const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i + 1));
  if (m) return { part: { kind: 'param', name: m[0], quoted, raw: `$${m[0]}`, plain: true }, end: i + 1 + m[0].length };
  if (next !== undefined && SPECIAL.test(next))
    return { part: { kind: 'param', name: next, quoted, raw: `$${next}`, plain: true }, end: i + 2 };
  return { end: i + 1 };
}

/** `…`: backslash escapes \` \\ \$ inside; the result is the command's source. */
export function readBacktick(src: string, i: number, quoted: boolean): { part: WordPart; end: number } {
  let j = i + 1;
  let source = '';
  while (j < src.length) {
    const ch = src[j] as string;
    if (ch === '`') return { part: { kind: 'command', source, quoted, raw: src.slice(i, j + 1) }, end: j + 1 };
    if (ch === '\\' && j + 1 < src.length && '`\\$'.includes(src[j + 1] as string)) {
      source += src[j + 1];
      j += 2;
      continue;
    }
    source += ch;
    j++;
  }
  throw new ShellSyntaxError('unterminated backquote');
}

/** Index of the `)` that closes a `(` opened just before `from`, skipping quotes and nested forms. */
export function findClosingParen(src: string, from: number, code = true): number {
  return findClosing(src, from, {
    open: '(',
    close: ')',
    skipBackticks: true,
    skipDollarParen: false,
    code,
    unterminated: 'unterminated $( or (',
  });
}

function findClosingBrace(src: string, from: number): number {
  return findClosing(src, from, {
    open: '{',
    close: '}',
    skipBackticks: false,
    skipDollarParen: true,
    code: false,
    unterminated: 'unterminated ${',
  });
}

interface Bracket {
  open: string;
  close: string;
  skipBackticks: boolean;
  skipDollarParen: boolean;
  /** Shell code inside (comments, heredocs, case patterns count), not arithmetic or a parameter. */
  code: boolean;
  unterminated: string;
}

/** The one scanner behind both: backslashes, single and double quotes never count, nesting does. */
function findClosing(src: string, from: number, bracket: Bracket): number {
  let depth = 1;
  let i = from;
  // Heredocs opened inside $( … ): their bodies (which may hold quotes and parentheses) are skipped whole.
  const pending: { delimiter: string; strip: boolean }[] = [];
  const cases: number[] = [];
  while (i < src.length) {
    const ch = src[i] as string;
    if (ch === '\\') {
      i += 2;
      continue;
    }
    if (bracket.code && ch === '<' && src[i + 1] === '<' && src[i + 2] !== '<' && src[i - 1] !== '<') {
      const doc = readDelimiter(src, i + 2);
      if (doc) {
        pending.push(doc.heredoc);
        i = doc.end;
        continue;
      }
    }
    if (ch === '\n' && pending.length > 0) {
      i = skipHeredocBodies(src, i + 1, pending.splice(0));
      continue;
    }
    if (bracket.code && ch === '#' && (i === from || /[\s;(|&]/.test(src[i - 1] as string))) {
      const eol = src.indexOf('\n', i);
      i = eol === -1 ? src.length : eol;
      continue;
    }
    if (ch === "'") {
      const close = src.indexOf("'", i + 1);
      if (close === -1) throw new ShellSyntaxError('unterminated single quote');
      i = close + 1;
      continue;
    }
    if (ch === '"') {
      i = skipDouble(src, i + 1);
      continue;
    }
    if (bracket.skipBackticks && ch === '`') {
      i = readBacktick(src, i, false).end;
      continue;
    }
    if (bracket.skipDollarParen && ch === '$' && src[i + 1] === '(') {
      i = findClosingParen(src, i + 2) + 1;
      continue;
    }
    if (bracket.code && atWord(src, i, from)) {
      // case … in PATTERN) … esac: the pattern's `)` closes nothing.
      if (src.startsWith('case', i) && /[\s]/.test(src[i + 4] ?? '')) cases.push(depth);
      else if (src.startsWith('esac', i) && !/[\w-]/.test(src[i + 4] ?? '')) cases.pop();
    }
    if (ch === bracket.open) depth++;
    if (ch === bracket.close) {
      if (cases.length > 0 && cases[cases.length - 1] === depth) {
        i++;
        continue;
      }
      depth--;
      if (depth === 0) return i;
    }
    i++;
  }
  throw new ShellSyntaxError(bracket.unterminated);
}

/** A word starts at i (after a separator or the opening bracket). */
function atWord(src: string, i: number, from: number): boolean {
  return i === from || /[\s;&|(]/.test(src[i - 1] as string);
}

/** The delimiter word after `<<` / `<<-`: quoted or bare. */
function readDelimiter(
  src: string,
  from: number,
): { heredoc: { delimiter: string; strip: boolean }; end: number } | undefined {
  let i = from;
  const strip = src[i] === '-';
  if (strip) i++;
  while (src[i] === ' ' || src[i] === '\t') i++;
  const m = /^(?:'([^']*)'|"([^"]*)"|\\?([^\s;|&<>()'"]+))/.exec(src.slice(i, i + 256));
  if (!m) return undefined;
  return { heredoc: { delimiter: m[1] ?? m[2] ?? m[3] ?? '', strip }, end: i + m[0].length };
}

/** Index just after the bodies of `docs`, which start at `from` (a line equal to the delimiter ends each). */
function skipHeredocBodies(src: string, from: number, docs: { delimiter: string; strip: boolean }[]): number {
  let i = from;
  for (const doc of docs) {
    while (i < src.length) {
      const start = i;
      const eol = src.indexOf('\n', i);
      const line = src.slice(i, eol === -1 ? src.length : eol);
      i = eol === -1 ? src.length : eol + 1;
      const body = doc.strip ? line.replace(/^\t+/, '') : line;
      if (body === doc.delimiter) break;
      // bash also ends a heredoc at the `)` closing the substitution when the delimiter line is missing.
      if (body.startsWith(`${doc.delimiter})`)) return start + (line.length - body.length) + doc.delimiter.length;
    }
  }
  return i;
}

function skipDouble(src: string, from: number): number {
  let i = from;
  while (i < src.length) {
    const ch = src[i] as string;
    if (ch === '\\') {
      i += 2;
      continue;
    }
    if (ch === '"') return i + 1;
    if (ch === '$' && src[i + 1] === '(') {
      i = findClosingParen(src, i + 2) + 1;
      continue;
    }
    if (ch === '`') {
      i = readBacktick(src, i, true).end;
      continue;
    }
    i++;
  }
  throw new ShellSyntaxError('unterminated double quote');
}

/** The command substitutions ($(…), `…`, $((…))) in text the shell expands, like an unquoted heredoc body. */
export function substitutionsIn(text: string): string[] {
  const sources: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '$' && text[i + 1] === '(') {
      try {
        const r = readDollar(text, i, true);
        if (r.part?.kind === 'command') sources.push(r.part.source);
        if (r.part?.kind === 'arith') sources.push(`(${r.part.raw.slice(3, -2)})`);
        i = r.end - 1;
      } catch {
        sources.push(text.slice(i + 2));
        break;
      }
      continue;
    }
    if (ch === '`') {
      try {
        const r = readBacktick(text, i, true);
        if (r.part.kind === 'command') sources.push(r.part.source);
        i = r.end - 1;
      } catch {
        sources.push(text.slice(i + 1));
        break;
      }
    }
  }
  return sources;
}
