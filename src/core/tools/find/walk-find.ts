// What `find START… EXPR` would reach, walked on guard's read-only view of the files: the names its
// tests select (-name, -iname, -path, -type, -maxdepth, -mindepth, !, -o, parentheses). A test guard
// does not evaluate (-mtime, -size, -newer, -regex…) counts as "maybe", so the answer is a superset:
// find -delete / -exec on it is judged on every file it could touch, never on fewer.
import { posix } from 'node:path';
import type { Context } from '../../types.js';
import { patternRegExp } from '../../shell/glob.js';

/** Entries guard visits before it gives up (the caller then judges the command as it did before). */
const VISIT_LIMIT = 20_000;

type Maybe = boolean | 'maybe';
type Node =
  | { op: 'and' | 'or'; left: Node; right: Node }
  | { op: 'not'; inner: Node }
  | { op: 'test'; eval: (e: Entry) => Maybe };

interface Entry {
  /** As find prints it: the start as given, then the path below it. */
  shown: string;
  absolute: string;
  depth: number;
  type: 'f' | 'd' | 'l' | 'other';
}

export interface Found {
  /** Absolute paths the expression may select, as find prints them, and whether each is a directory. */
  paths: { path: string; shown: string; directory: boolean }[];
}

/** The entries the expression may select under the starts, or undefined when guard cannot walk it (too many entries, unknown starts). */
export function walkFind(args: readonly string[], ctx: Context): Found | undefined {
  let i = 0;
  let follow = false;
  while (i < args.length && /^-[HLP]+$|^-D$|^-O\d*$/.test(args[i] as string)) {
    if ((args[i] as string).includes('L')) follow = true;
    i += args[i] === '-D' ? 2 : 1;
  }
  const starts: string[] = [];
  while (i < args.length && !/^[-(!,]/.test(args[i] as string)) starts.push(args[i++] as string);
  const depth = { min: 0, max: Number.POSITIVE_INFINITY };
  const parser = new ExpressionParser(args.slice(i), depth);
  const expression = parser.parse();
  if (expression === undefined || starts.some((s) => s.includes('\u0000'))) return undefined;
  const paths: Found['paths'] = [];
  let visited = 0;
  for (const start of starts.length > 0 ? starts : ['.']) {
    const root = posix.resolve(ctx.cwd, start);
    const stack: Entry[] = [];
    const rootType = typeOf(root, ctx, true);
    if (rootType === undefined) continue;
    stack.push({ shown: start, absolute: root, depth: 0, type: rootType });
    while (stack.length > 0) {
      const entry = stack.pop() as Entry;
      if (++visited > VISIT_LIMIT) return undefined;
      if (entry.depth >= depth.min && entry.depth <= depth.max && evaluate(expression, entry) !== false)
        paths.push({ path: entry.absolute, shown: entry.shown, directory: entry.type === 'd' });
      if (entry.type !== 'd' || entry.depth >= depth.max) continue;
      for (const name of ctx.fs.readdir(entry.absolute) ?? []) {
        const absolute = posix.join(entry.absolute, name);
        const type = typeOf(absolute, ctx, follow);
        // find prints START/NAME as written (./x, not x), which is what -path patterns see.
        if (type !== undefined)
          stack.push({ shown: `${entry.shown.replace(/\/+$/, '')}/${name}`, absolute, depth: entry.depth + 1, type });
      }
    }
  }
  return { paths };
}

function typeOf(path: string, ctx: Context, follow: boolean): Entry['type'] | undefined {
  const stat = ctx.fs.stat(path);
  if (stat === undefined) return undefined;
  if (stat.isSymlink && !follow) return 'l';
  return stat.isDirectory ? 'd' : stat.isFile ? 'f' : 'other';
}

function evaluate(node: Node, entry: Entry): Maybe {
  switch (node.op) {
    case 'test':
      return node.eval(entry);
    case 'not': {
      const inner = evaluate(node.inner, entry);
      return inner === 'maybe' ? 'maybe' : !inner;
    }
    case 'and': {
      const left = evaluate(node.left, entry);
      if (left === false) return false;
      const right = evaluate(node.right, entry);
      return right === false ? false : left === true && right === true ? true : 'maybe';
    }
    case 'or': {
      const left = evaluate(node.left, entry);
      if (left === true) return true;
      const right = evaluate(node.right, entry);
      return right === true ? true : left === false && right === false ? false : 'maybe';
    }
  }
}

const MAYBE: Node = { op: 'test', eval: () => 'maybe' };
const TRUE: Node = { op: 'test', eval: () => true };
/** Tests and actions that take one argument; those not evaluated count as "maybe". */
const ONE_ARGUMENT = new Set([
  '-newer',
  '-anewer',
  '-cnewer',
  '-mtime',
  '-mmin',
  '-atime',
  '-amin',
  '-ctime',
  '-cmin',
  '-size',
  '-user',
  '-group',
  '-uid',
  '-gid',
  '-perm',
  '-inum',
  '-samefile',
  '-links',
  '-regex',
  '-iregex',
  '-regextype',
  '-fstype',
  '-lname',
  '-ilname',
  '-used',
  '-context',
  '-fprint',
  '-fprint0',
  '-fls',
  '-printf',
  '-fprintf',
  '-newerXY',
]);
const GLOBAL_NUMERIC = new Set(['-maxdepth', '-mindepth']);

/** find's expression: OR of ANDs of (possibly negated) primaries, with parentheses; actions count as true. */
class ExpressionParser {
  private k = 0;
  constructor(
    private readonly words: readonly string[],
    private readonly depth: { min: number; max: number },
  ) {}

  parse(): Node | undefined {
    try {
      if (this.words.length === 0) return TRUE;
      const node = this.or();
      return this.k === this.words.length ? node : undefined;
    } catch {
      return undefined;
    }
  }

  private or(): Node {
    let left = this.and();
    while (this.peek() === '-o' || this.peek() === '-or' || this.peek() === ',') {
      this.k++;
      left = { op: 'or', left, right: this.and() };
    }
    return left;
  }

  private and(): Node {
    let left = this.unary();
    for (;;) {
      const next = this.peek();
      if (next === undefined || next === ')' || next === '-o' || next === '-or' || next === ',') return left;
      if (next === '-a' || next === '-and') this.k++;
      left = { op: 'and', left, right: this.unary() };
    }
  }

  private unary(): Node {
    const word = this.next();
    if (word === '!' || word === '-not') return { op: 'not', inner: this.unary() };
    if (word === '(') {
      const inner = this.or();
      if (this.next() !== ')') throw new Error('unbalanced parentheses');
      return inner;
    }
    return this.primary(word);
  }

  private primary(word: string): Node {
    if (GLOBAL_NUMERIC.has(word)) {
      const n = Number(this.next());
      if (!Number.isInteger(n) || n < 0) throw new Error(`${word} needs a number`);
      if (word === '-maxdepth') this.depth.max = n;
      else this.depth.min = n;
      return TRUE;
    }
    if (word === '-name' || word === '-iname') {
      const match = globTest(this.next(), word === '-iname');
      return { op: 'test', eval: (e) => match(posix.basename(e.shown) || e.shown) };
    }
    if (word === '-path' || word === '-ipath' || word === '-wholename' || word === '-iwholename') {
      const match = globTest(this.next(), word.startsWith('-i'));
      return { op: 'test', eval: (e) => match(e.shown) };
    }
    if (word === '-type' || word === '-xtype') {
      const types = this.next().split(',');
      return word === '-xtype' ? MAYBE : { op: 'test', eval: (e) => types.includes(e.type) };
    }
    if (word === '-exec' || word === '-execdir' || word === '-ok' || word === '-okdir') {
      while (this.peek() !== undefined && this.peek() !== ';' && this.peek() !== '+') this.k++;
      if (this.next() === undefined) throw new Error('unterminated -exec');
      // -ok asks, and -exec's exit status is a test: neither narrows what earlier tests selected.
      return MAYBE;
    }
    if (word === '-empty') return MAYBE;
    if (ONE_ARGUMENT.has(word) || /^-newer[amBct][amBct]$/.test(word)) {
      this.next();
      return MAYBE;
    }
    if (word === '-true') return TRUE;
    if (word === '-false') return { op: 'test', eval: () => false };
    if (word.startsWith('-')) return word === '-prune' || word === '-quit' ? MAYBE : TRUE;
    throw new Error(`unexpected ${word}`);
  }

  private peek(): string | undefined {
    return this.words[this.k];
  }

  private next(): string {
    const word = this.words[this.k++];
    if (word === undefined) throw new Error('missing argument');
    return word;
  }
}

/** fnmatch as find uses it: `*` and `?` also match `/` for -path (a -name sees no `/`); a leading dot is not special. */
function globTest(pattern: string, caseless: boolean): (text: string) => boolean {
  const regex = patternRegExp(pattern, { caseless, escapes: true });
  return (text) => regex.test(text);
}
