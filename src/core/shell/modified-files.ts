// Files a command changes other than through a redirection, for the line's overlay: cp/mv/install/ln
// give the destination the source's content; sed -i, perl -i, curl -o, wget -O, dd of= leave content
// guard cannot see (so a later `bash FILE` is judged unknown, never as the old text).
import { posix } from 'node:path';
import type { FileView } from '../types.js';
import { UNKNOWN } from '../unwrap/invocation.js';

const CHANGERS = new Set(['cp', 'mv', 'install', 'ln', 'sed', 'perl', 'ruby', 'curl', 'wget', 'dd']);

/** path → new content (UNKNOWN inside = not known), for the files `argv` changes. */
export function modifiedFiles(argv: string[], cwd: string, fs: FileView): Map<string, string> {
  const out = new Map<string, string>();
  const name = posix.basename(argv[0] ?? '');
  if (!CHANGERS.has(name)) return out;
  const at = (p: string): string => posix.resolve(cwd, p);
  const operands = argv.slice(1).filter((a) => !a.startsWith('-'));
  if (name === 'cp' || name === 'mv' || name === 'install' || name === 'ln') {
    const dest = operands.pop();
    if (dest === undefined || operands.length === 0 || dest.includes(UNKNOWN)) return out;
    const intoDir = fs.stat(at(dest))?.isDirectory === true;
    for (const src of operands)
      out.set(
        intoDir ? posix.join(at(dest), posix.basename(src)) : at(dest),
        src.includes(UNKNOWN) ? UNKNOWN : (fs.readText(at(src)) ?? UNKNOWN),
      );
    return out;
  }
  const inPlace =
    (name === 'sed' || name === 'perl' || name === 'ruby') &&
    argv.some((a) => /^-[a-zA-Z]*i/.test(a) || a.startsWith('--in-place'));
  if (inPlace)
    for (const f of operands.slice(name === 'sed' && !argv.includes('-e') && !argv.includes('-f') ? 1 : 0))
      out.set(at(f), UNKNOWN);
  for (let k = 1; k < argv.length; k++) {
    const a = argv[k] as string;
    const value = argv[k + 1];
    // -o FILE, and short flags run together before it (curl -so FILE, wget -qO FILE).
    if (
      value !== undefined &&
      ((name === 'curl' && (/^-[a-zA-Z]*o$/.test(a) || a === '--output')) ||
        (name === 'wget' && (/^-[a-zA-Z]*O$/.test(a) || a === '--output-document')))
    )
      out.set(at(value), UNKNOWN);
    if (name === 'dd' && a.startsWith('of=')) out.set(at(a.slice(3)), UNKNOWN);
  }
  return out;
}
