// What `ls NAMES…` writes to a pipe, when guard can tell: the names the shell's globs expand to, one
// per line (so `ls data/*.db | xargs rm` is judged on the files it removes). Long listings and the like
// are not names: opaque.
import { posix } from 'node:path';
import type { Context } from '../types.js';
import { UNKNOWN, type StdinSource } from '../unwrap/invocation.js';
import { globbed } from './glob.js';

/** Options that change only which names are listed or how they are laid out, never into non-names. */
const PLAIN = /^-[1aAdU]+$/;

export function lsOutput(argv: readonly string[], ctx: Context): StdinSource | undefined {
  const options = argv.slice(1).filter((a) => a.startsWith('-') && a !== '-');
  const names = argv.slice(1).filter((a) => !a.startsWith('-') || a === '-');
  if (!options.every((o) => PLAIN.test(o)) || names.length === 0 || names.some((n) => n.includes(UNKNOWN))) return undefined;
  const lines: string[] = [];
  for (const name of names) {
    const absolute = posix.resolve(ctx.cwd, name);
    for (const path of globbed(absolute, ctx)) {
      const stat = ctx.fs.stat(path);
      if (stat === undefined) continue;
      const shown = name.startsWith('/') ? path : posix.relative(ctx.cwd, path) || '.';
      // A directory is listed by its entries (their bare names) unless -d.
      if (stat.isDirectory && !options.some((o) => o.includes('d'))) {
        const entries = ctx.fs.readdir(path);
        if (entries === undefined) return undefined;
        lines.push(...entries.filter((e) => options.some((o) => /[aA]/.test(o)) || !e.startsWith('.')));
      } else lines.push(shown);
    }
  }
  return { kind: 'text', text: lines.length > 0 ? `${lines.join('\n')}\n` : '', from: 'ls' };
}
