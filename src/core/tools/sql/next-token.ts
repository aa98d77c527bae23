// An incremental SQL scanner: enough of PostgreSQL's and MySQL's lexical rules that comments,
// string literals, dollar quoting and quoted identifiers never look like keywords.

export type SqlDialect = 'postgres' | 'mysql';

export type TokenType = 'word' | 'ident' | 'string' | 'number' | 'punct' | 'backslash' | 'variable';

export interface Token {
  type: TokenType;
  /** Raw text as written. */
  text: string;
  /** Words: upper-cased; quoted identifiers/strings: the unquoted content. */
  value: string;
  start: number;
  end: number;
}

const WORD_START = /[A-Za-z_\u0080-\uffff]/;
const WORD_PART = /[A-Za-z0-9_$\u0080-\uffff]/;
const DOLLAR_TAG = /^\$([A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/;

/** Skips whitespace and comments from `pos`; returns the next position holding a token (or src.length). */
export function skipTrivia(src: string, pos: number, dialect: SqlDialect): number {
  let i = pos;
  for (;;) {
    while (i < src.length && /\s/.test(src[i] as string)) i++;
    if (src.startsWith('--', i) && (dialect === 'postgres' || /[\s]|$/.test(src[i + 2] ?? ''))) {
      i = lineEnd(src, i);
      continue;
    }
    if (dialect === 'mysql' && src[i] === '#') {
      i = lineEnd(src, i);
      continue;
    }
    if (src.startsWith('/*', i)) {
      i = blockCommentEnd(src, i, dialect === 'postgres');
      continue;
    }
    return i;
  }
}

/** The next token at or after `pos`, or undefined at the end. Unterminated quotes run to the end. */
export function nextToken(src: string, pos: number, dialect: SqlDialect): Token | undefined {
  const start = skipTrivia(src, pos, dialect);
  if (start >= src.length) return undefined;
  const c = src[start] as string;
  const make = (type: TokenType, end: number, value: string): Token => ({
    type,
    text: src.slice(start, end),
    value,
    start,
    end,
  });
  if (c === "'") return quoted(src, start, "'", dialect === 'mysql', make, 'string');
  if (c === '"') return quoted(src, start, '"', dialect === 'mysql', make, dialect === 'mysql' ? 'string' : 'ident');
  if (c === '`' && dialect === 'mysql') return quoted(src, start, '`', false, make, 'ident');
  if (dialect === 'postgres' && /[eE]/.test(c) && src[start + 1] === "'") {
    const t = quoted(src, start + 1, "'", true, make, 'string');
    return { ...t, start, text: src.slice(start, t.end) };
  }
  if (c === '$' && dialect === 'postgres') {
    const tag = DOLLAR_TAG.exec(src.slice(start, start + 64));
    if (tag) {
      const close = src.indexOf(tag[0], start + tag[0].length);
      const end = close === -1 ? src.length : close + tag[0].length;
      return make('string', end, src.slice(start + tag[0].length, close === -1 ? src.length : close));
    }
  }
  if (c === '\\') return make('backslash', start + 1, '\\');
  if (c === ':' && dialect === 'postgres' && src[start + 1] !== ':' && src[start - 1] !== ':') {
    const m = /^:(?:'[A-Za-z0-9_]+'|"[A-Za-z0-9_]+"|[A-Za-z0-9_]+)/.exec(src.slice(start, start + 80));
    if (m) return make('variable', start + m[0].length, m[0].slice(1));
  }
  if (WORD_START.test(c)) {
    let i = start + 1;
    while (i < src.length && WORD_PART.test(src[i] as string)) i++;
    return make('word', i, src.slice(start, i).toUpperCase());
  }
  if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[start + 1] ?? ''))) {
    let i = start + 1;
    while (i < src.length && /[0-9A-Za-z_.]/.test(src[i] as string)) i++;
    return make('number', i, src.slice(start, i));
  }
  return make('punct', start + 1, c);
}

function quoted(
  src: string,
  start: number,
  q: string,
  backslashEscapes: boolean,
  make: (t: TokenType, end: number, v: string) => Token,
  type: TokenType,
): Token {
  let value = '';
  let i = start + 1;
  while (i < src.length) {
    const ch = src[i] as string;
    if (backslashEscapes && ch === '\\') {
      value += src[i + 1] ?? '';
      i += 2;
      continue;
    }
    if (ch === q) {
      if (src[i + 1] === q) {
        value += q;
        i += 2;
        continue;
      }
      return make(type, i + 1, value);
    }
    value += ch;
    i++;
  }
  return make(type, src.length, value);
}

function lineEnd(src: string, i: number): number {
  const nl = src.indexOf('\n', i);
  return nl === -1 ? src.length : nl + 1;
}

function blockCommentEnd(src: string, i: number, nests: boolean): number {
  let depth = 0;
  let j = i;
  while (j < src.length) {
    if (src.startsWith('/*', j)) {
      depth = nests ? depth + 1 : 1;
      j += 2;
    } else if (src.startsWith('*/', j)) {
      depth--;
      j += 2;
      if (depth === 0) return j;
    } else j++;
  }
  return src.length;
}

/** All tokens of a text (no backslash handling beyond emitting the token). */
export function tokenize(src: string, dialect: SqlDialect): Token[] {
  const out: Token[] = [];
  for (let t = nextToken(src, 0, dialect); t; t = nextToken(src, t.end, dialect)) out.push(t);
  return out;
}
