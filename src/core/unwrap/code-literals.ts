// The string literals of a program, in order, with where each starts: what the effect scanners
// (HTTP, SQL, SDK calls) read URLs, bodies and resource names from.
import { readValue, skipString, type Language } from './interpreter-code.js';

export interface Literal {
  value: string;
  start: number;
  end: number;
}

const CLOSE: Record<string, string> = { '(': ')', '{': '}', '[': ']' };

export function stringLiterals(code: string, language: Language): Literal[] {
  const out: Literal[] = [];
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '#' && (language === 'python' || language === 'ruby' || language === 'perl')) {
      // A comment runs to the end of the line; a quote inside it opens nothing.
      const nl = code.indexOf('\n', i);
      if (nl === -1) break;
      i = nl;
      continue;
    }
    if (ch === '%' && language === 'ruby' && /^%[qQ]?[({[]/.test(code.slice(i, i + 3))) {
      // %q(…) %Q{…} %(…): Ruby's bracketed strings.
      const open = code[i + 1] === 'q' || code[i + 1] === 'Q' ? i + 2 : i + 1;
      const close = matchingClose(code, open);
      if (close === -1) break;
      out.push({ value: code.slice(open + 1, close), start: i, end: close + 1 });
      i = close;
      continue;
    }
    if (ch !== '"' && ch !== "'" && ch !== '`') continue;
    const end = skipString(code, i);
    const value = readValue(code.slice(i, end), language);
    if (value.kind === 'string') out.push({ value: value.value, start: i, end });
    i = end - 1;
  }
  return out;
}

/** The first literal inside the call whose parenthesis opens at `open`, if it is there. */
export function literalAfter(literals: readonly Literal[], open: number, code: string): string | undefined {
  const close = code.indexOf(')', open);
  return literals.find((l) => l.start > open && (close === -1 || l.start < close))?.value;
}

/** The bracket that closes the one at `open`, counting nested pairs of the same kind. */
function matchingClose(code: string, open: number): number {
  const opener = code[open] as string;
  const closer = CLOSE[opener] as string;
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    if (code[i] === '\\') i++;
    else if (code[i] === opener) depth++;
    else if (code[i] === closer && --depth === 0) return i;
  }
  return -1;
}

/**
 * The code with the inside of every string blanked (same length, so positions still match): call
 * patterns run on it, so a call written inside a string (print("shutil.rmtree('/')")) is text.
 */
export function maskStrings(code: string, language: Language): string {
  const quotes = language === 'python' || language === 'node' ? '\'"`' : '\'"';
  let out = '';
  let from = 0;
  for (let i = 0; i < code.length; i++) {
    if (!quotes.includes(code[i] as string)) continue;
    const end = skipString(code, i);
    out += code.slice(from, i + 1) + ' '.repeat(Math.max(0, end - i - 2)) + code.slice(Math.max(i + 1, end - 1), end);
    from = end;
    i = end - 1;
  }
  return out + code.slice(from);
}
