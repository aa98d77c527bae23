// A line is one program: a file written by an earlier part (`> f`, `>> f`, `tee f`, a heredoc into
// cat) is what a later part reads or runs. Later commands see the line's writes through an overlay
// of the files view; content guard cannot see is kept as UNKNOWN, so following it fails closed.
import { resolve } from 'node:path';
import type { FileView } from '../types.js';
import { UNKNOWN, type StdinSource } from '../unwrap/invocation.js';
import type { Walk } from './analyse-line.js';
import { modifiedFiles } from './modified-files.js';

/** One file a command's redirection writes. */
export interface Written {
  /** Absolute, or holding UNKNOWN when the name is not known. */
  path: string;
  shown: string;
  append: boolean;
}

/** Records what a command wrote: its output into its redirections, and its input into `tee FILE…`. */
export function recordWrites(
  writes: Written[],
  output: StdinSource,
  walk: Walk,
  argv?: string[],
  input?: StdinSource,
  cwd?: string,
): void {
  const all = [...writes];
  if (argv?.[0] === 'tee' && cwd !== undefined) {
    const append = argv.some((a) => a === '-a' || a === '--append');
    for (const a of argv.slice(1)) if (!a.startsWith('-')) all.push({ path: resolve(cwd, a), shown: a, append });
  }
  const changed = argv !== undefined && cwd !== undefined ? modifiedFiles(argv, cwd, walk.base.fs) : undefined;
  if (all.length === 0 && (changed === undefined || changed.size === 0)) return;
  const content =
    argv?.[0] === 'tee'
      ? textOf(input)
      : argv?.[0] === 'printf'
        ? (printfText(argv) ?? textOf(output))
        : textOf(output);
  const files = (walk.written ??= new Map());
  if (walk.base.fs !== undefined && !(walk.base.fs as { overlay?: true }).overlay) {
    walk.base = { ...walk.base, fs: overlayView(walk.base.fs, files) };
    walk.lastContext = undefined;
  }
  for (const w of all) {
    if (w.path.includes(UNKNOWN)) continue;
    const before = w.append ? (files.get(w.path) ?? walk.base.fs.readText(w.path) ?? '') : '';
    files.set(w.path, before + content);
  }
  for (const [path, text] of changed ?? []) files.set(path, text);
}

function textOf(source: StdinSource | undefined): string {
  return source?.kind === 'text' ? source.text : UNKNOWN;
}

/** printf FORMAT [ARG…] for the formats agents write scripts with: escapes, and %s/%b taking the arguments. */
export function printfText(argv: string[]): string | undefined {
  const [format, ...args] = argv.slice(1);
  if (format === undefined || format.includes(UNKNOWN) || args.some((a) => a.includes(UNKNOWN))) return undefined;
  let k = 0;
  const filled = format.replace(/%([sb%])/g, (_m, c: string) => (c === '%' ? '%' : (args[k++] ?? '')));
  if (/%[^sb%]/.test(format)) return undefined;
  return unescape(k < args.length ? filled + args.slice(k).join('') : filled);
}

function unescape(text: string): string {
  return text.replace(/\\([ntr\\'"])/g, (_m, c: string) => ({ n: '\n', t: '\t', r: '\r' })[c] ?? c);
}

/** The files view with the line's writes on top. No batch memo: what it holds depends on this line. */
export function overlayView(base: FileView, files: Map<string, string>): FileView {
  const view: FileView & { overlay: true } = {
    overlay: true,
    readText: (path) => files.get(path) ?? base.readText(path),
    stat: (path) => {
      const text = files.get(path);
      return text === undefined
        ? base.stat(path)
        : { isDirectory: false, isFile: true, isSymlink: false, size: text.length };
    },
    realpath: (path) => (files.has(path) ? (base.realpath(path) ?? path) : base.realpath(path)),
    readdir: (path) => base.readdir(path),
  };
  return view;
}
