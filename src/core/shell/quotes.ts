// Double quotes ("…", $"…") and ANSI-C quotes ($'…'), the two quote forms with escapes inside.
import { readBacktick, readDollar } from './expansion-lexer.js';
import { ShellSyntaxError, type WordPart } from './syntax.js';

/** Reads the inside of "…" from `i` (after the quote); returns the index after the closing quote. */
export function readDouble(src: string, from: number, parts: WordPart[]): number {
  let i = from;
  let text = '';
  let sawAny = false;
  const flush = (): void => {
    if (text !== '') parts.push({ kind: 'text', text, quoted: true });
    text = '';
  };
  while (i < src.length) {
    const ch = src[i] as string;
    if (ch === '"') {
      if (text === '' && !sawAny) parts.push({ kind: 'text', text: '', quoted: true });
      flush();
      return i + 1;
    }
    sawAny = true;
    if (ch === '\\') {
      const next = src[i + 1];
      if (next === '\n') i += 2;
      else if (next !== undefined && '$`"\\'.includes(next)) {
        text += next;
        i += 2;
      } else {
        text += '\\';
        i++;
      }
      continue;
    }
    if (ch === '$') {
      const r = readDollar(src, i, true);
      if (r.part) {
        flush();
        parts.push(r.part);
      } else text += '$';
      i = r.end;
      continue;
    }
    if (ch === '`') {
      flush();
      const r = readBacktick(src, i, true);
      parts.push(r.part);
      i = r.end;
      continue;
    }
    text += ch;
    i++;
  }
  throw new ShellSyntaxError('unterminated double quote');
}

const ANSI: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  E: '\x1b',
  f: '\f',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '?': '?',
};

/** $'…' (ANSI-C quoting): \n, \xHH, \0NNN, \uHHHH… */
export function readAnsiC(src: string, from: number): { text: string; end: number } {
  let i = from;
  let text = '';
  while (i < src.length) {
    const ch = src[i] as string;
    if (ch === "'") return { text, end: i + 1 };
    if (ch !== '\\') {
      text += ch;
      i++;
      continue;
    }
    const next = src[i + 1] ?? '';
    const simple = ANSI[next];
    if (simple !== undefined) {
      text += simple;
      i += 2;
      continue;
    }
    const hex =
      /^x([0-9a-fA-F]{1,2})/.exec(src.slice(i + 1)) ??
      /^u([0-9a-fA-F]{1,4})/.exec(src.slice(i + 1)) ??
      /^U([0-9a-fA-F]{1,8})/.exec(src.slice(i + 1));
    if (hex) {
      text += String.fromCodePoint(parseInt(hex[1] as string, 16));
      i += 1 + hex[0].length;
      continue;
    }
    const oct = /^([0-7]{1,3})/.exec(src.slice(i + 1));
    if (oct) {
      text += String.fromCharCode(parseInt(oct[1] as string, 8));
      i += 1 + oct[0].length;
      continue;
    }
    text += `\\${next}`;
    i += 2;
  }
  throw new ShellSyntaxError("unterminated $'…' quote");
}
