// A hand-written POSIX/bash lexer. shell-quote is not used because it flattens $( ), backticks and
// subshells into strings, loses which parts were quoted, and knows nothing of heredocs.
import { readDollar, readBacktick, findClosingParen } from './expansion-lexer.js';
import { readAnsiC, readDouble } from './quotes.js';
import { ShellSyntaxError, type Heredoc, type Word, type WordPart } from './syntax.js';

export type Token =
  | { kind: 'word'; word: Word; start: number; end: number }
  | { kind: 'op'; op: string; start: number; end: number; heredoc?: Heredoc; text?: string; fd?: string };

const COMMAND_START_OPS = new Set([';', '&', '\n', '&&', '||', '|', '|&', '(', ';;', ';&', ';;&']);
const COMMAND_START_WORDS = new Set(['then', 'do', 'else', 'elif', 'if', 'while', 'until', '!', '{', 'for', 'time']);

/** The `)` closing a `(`: read as shell code, or (as bash manages with `<(( a # ))`) plainly when that fails. */
function closingParenOrPlain(src: string, from: number): number {
  try {
    return findClosingParen(src, from);
  } catch (error) {
    if (error instanceof ShellSyntaxError) return findClosingParen(src, from, false);
    throw error;
  }
}

function atCommandStart(tokens: Token[]): boolean {
  const last = tokens[tokens.length - 1];
  if (last === undefined) return true;
  return last.kind === 'op' ? COMMAND_START_OPS.has(last.op) : COMMAND_START_WORDS.has(last.word.raw);
}

const OPERATORS = [
  '&>>',
  ';;&',
  '<<<',
  '<<-',
  '&&',
  '||',
  ';;',
  ';&',
  '|&',
  '<<',
  '>>',
  '<&',
  '>&',
  '<>',
  '>|',
  '&>',
  ';',
  '&',
  '|',
  '(',
  ')',
  '<',
  '>',
  '\n',
];
const OP_START = new Set(OPERATORS.map((o) => o[0] as string));
/** The operators by length, longest first: the longest one at a position wins (`<<<` over `<<` over `<`). */
const OPS_BY_LENGTH: ReadonlyArray<readonly [number, ReadonlySet<string>]> = [3, 2, 1].map(
  (n) => [n, new Set(OPERATORS.filter((o) => o.length === n))] as const,
);

function operatorAt(src: string, i: number): string | undefined {
  for (const [n, ops] of OPS_BY_LENGTH) {
    const candidate = src.slice(i, i + n);
    if (ops.has(candidate)) return candidate;
  }
  return undefined;
}
const REDIRECTS = new Set(['<', '>', '>>', '<<', '<<-', '<<<', '<&', '>&', '<>', '>|', '&>', '&>>']);
const META = new Set([' ', '\t', '\n', ';', '&', '|', '(', ')', '<', '>']);
/** ASCII characters that end a run of plain word text: metacharacters, quotes, escapes, expansions, `~`. */
const NOT_PLAIN = new Uint8Array(128);
/** `~` or `~user` at the start of a word, followed by `/`, the end, or a metacharacter. */
const TILDE = /~([A-Za-z0-9_.-]*)(?=\/|$|[\s;&|()<>:])/y;
for (const c of ' \t\n;&|()<>\'"\\$`~') NOT_PLAIN[c.charCodeAt(0)] = 1;

export function isRedirectOp(op: string): boolean {
  return REDIRECTS.has(op);
}

/** Splits a line into words and operators; heredoc bodies are attached to their `<<` token. */
export function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  const pending: Heredoc[] = [];
  let expectDelimiter: Heredoc | undefined;
  let i = 0;
  while (i < src.length) {
    const ch = src[i] as string;
    if (ch === ' ' || ch === '\t') {
      i++;
      continue;
    }
    if (ch === '\\' && src[i + 1] === '\n') {
      i += 2;
      continue;
    }
    if (ch === '#') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    if ((ch === '<' || ch === '>') && src[i + 1] === '(') {
      const word = readWord(src, i);
      tokens.push({ kind: 'word', word: word.word, start: i, end: word.end });
      i = word.end;
      continue;
    }
    // (( … )) in command position: arithmetic, read whole so a `<<` inside is not a heredoc.
    if (ch === '(' && src[i + 1] === '(' && atCommandStart(tokens)) {
      const close = findClosingParen(src, i + 1);
      const end = close + 1;
      tokens.push({
        kind: 'op',
        op: '((',
        start: i,
        end,
        text: src.slice(i + 2, src[close - 1] === ')' ? close - 1 : close),
      });
      i = end;
      continue;
    }
    const op = OP_START.has(ch) ? operatorAt(src, i) : undefined;
    if (op) {
      const token: Token = { kind: 'op', op, start: i, end: i + op.length };
      // An all-digit word right before a redirection is its file descriptor (2>, 1>&2).
      const last = tokens[tokens.length - 1];
      if (isRedirectOp(op) && last?.kind === 'word' && last.end === i && /^\d+$/.test(last.word.raw)) {
        tokens.pop();
        token.fd = last.word.raw;
      }
      if (op === '<<' || op === '<<-') {
        const doc: Heredoc = { delimiter: '', stripTabs: op === '<<-', literal: false, body: '' };
        token.heredoc = doc;
        expectDelimiter = doc;
      }
      tokens.push(token);
      i += op.length;
      if (op === '\n' && pending.length > 0) i = readHeredocBodies(src, i, pending.splice(0));
      continue;
    }
    const word = readWord(src, i);
    if (expectDelimiter) {
      expectDelimiter.delimiter = word.word.parts.map((p) => (p.kind === 'text' ? p.text : '')).join('');
      expectDelimiter.literal = word.word.parts.some((p) => p.kind === 'text' && p.quoted);
      pending.push(expectDelimiter);
      expectDelimiter = undefined;
    }
    tokens.push({ kind: 'word', word: word.word, start: i, end: word.end });
    i = word.end;
  }
  // A heredoc on the last line with no newline after it has an empty body; bash warns and runs.
  return tokens;
}

function readHeredocBodies(src: string, start: number, docs: Heredoc[]): number {
  let i = start;
  for (const doc of docs) {
    const lines: string[] = [];
    for (;;) {
      if (i >= src.length) break;
      const nl = src.indexOf('\n', i);
      const lineEnd = nl === -1 ? src.length : nl;
      let line = src.slice(i, lineEnd);
      i = nl === -1 ? src.length : nl + 1;
      if (doc.stripTabs) line = line.replace(/^\t+/, '');
      if (line === doc.delimiter) break;
      lines.push(line);
    }
    doc.body = lines.length > 0 ? `${lines.join('\n')}\n` : '';
  }
  return i;
}

/** Reads one word starting at `start`: quotes, escapes and expansions, up to an unquoted metacharacter. */
export function readWord(src: string, start: number): { word: Word; end: number } {
  const parts: WordPart[] = [];
  // Text read so far and whether it was quoted; pushed as one part when the quoting changes or a
  // non-text part follows (plain locals, not closures: this runs for every word of every line).
  let text = '';
  let textQuoted = false;
  let i = start;
  while (i < src.length) {
    // A run of plain characters is taken whole (most of most words).
    let j = i;
    for (let c = src.charCodeAt(j); j < src.length && (c >= 128 || NOT_PLAIN[c] === 0); c = src.charCodeAt(++j));
    if (j > i) {
      if (text !== '' && textQuoted) {
        parts.push({ kind: 'text', text, quoted: true });
        text = '';
      }
      textQuoted = false;
      text += src.slice(i, j);
      i = j;
      continue;
    }
    const ch = src[i] as string;
    if (META.has(ch)) {
      if ((ch === '<' || ch === '>') && src[i + 1] === '(' && i === start) {
        const close = closingParenOrPlain(src, i + 2);
        parts.push({ kind: 'process', source: src.slice(i + 2, close), raw: src.slice(i, close + 1) });
        i = close + 1;
        continue;
      }
      break;
    }
    if (ch === '~' && i === start) {
      TILDE.lastIndex = i;
      const m = TILDE.exec(src);
      if (m) {
        if (text !== '') parts.push({ kind: 'text', text, quoted: textQuoted });
        text = '';
        parts.push({ kind: 'tilde', user: m[1] ?? '' });
        i += m[0].length;
        continue;
      }
    }
    // Quoted or escaped text (', \, $'…'), or one unquoted character, joins the text being read.
    let piece: string | undefined;
    let quoted = true;
    let next = i + 1;
    if (ch === "'") {
      const close = src.indexOf("'", i + 1);
      if (close === -1) throw new ShellSyntaxError('unterminated single quote');
      piece = src.slice(i + 1, close);
      next = close + 1;
    } else if (ch === '\\') {
      if (src[i + 1] === '\n') {
        i += 2;
        continue;
      }
      if (i + 1 >= src.length) {
        piece = '\\';
        quoted = false;
      } else {
        piece = src[i + 1] as string;
        next = i + 2;
      }
    } else if (ch === '$' && src[i + 1] === "'") {
      const r = readAnsiC(src, i + 2);
      piece = r.text;
      next = r.end;
    } else if (ch === '"' || (ch === '$' && src[i + 1] === '"')) {
      if (text !== '') parts.push({ kind: 'text', text, quoted: textQuoted });
      text = '';
      i = readDouble(src, i + (ch === '"' ? 1 : 2), parts);
      continue;
    } else if (ch === '$') {
      const r = readDollar(src, i, false);
      i = r.end;
      if (!r.part) {
        piece = '$';
        quoted = false;
      } else {
        if (text !== '') parts.push({ kind: 'text', text, quoted: textQuoted });
        text = '';
        parts.push(r.part);
        continue;
      }
      next = i;
    } else if (ch === '`') {
      if (text !== '') parts.push({ kind: 'text', text, quoted: textQuoted });
      text = '';
      const r = readBacktick(src, i, false);
      parts.push(r.part);
      i = r.end;
      continue;
    } else {
      piece = ch;
      quoted = false;
    }
    if (text !== '' && textQuoted !== quoted) {
      parts.push({ kind: 'text', text, quoted: textQuoted });
      text = '';
    }
    textQuoted = quoted;
    text += piece;
    // '' is an empty quoted piece: it still makes the word exist, and marks it quoted (`<<''EOF`).
    if (ch === "'" && piece === '' && text === '') parts.push({ kind: 'text', text: '', quoted: true });
    i = next;
  }
  if (text !== '') parts.push({ kind: 'text', text, quoted: textQuoted });
  // "" and '' are empty words that still exist.
  if (parts.length === 0 && i > start) parts.push({ kind: 'text', text: '', quoted: true });
  return { word: { parts, raw: src.slice(start, i) }, end: i };
}
