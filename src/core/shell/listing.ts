// What `ls NAMES…` writes to a pipe, when guard can tell: the names the shell's globs expand to, one
// per line (so `ls data/*.db | xargs rm` is judged on the files it removes). Long listings and the like
// are not names: opaque.
import { posix } from 'node:path';
import type { Context } from '../types.js';
import { UNKNOWN, type StdinSource } from '../unwrap/invocation.js';
import { globbed } from './glob.js';
import { walkFind } from '../tools/find/walk-find.js';

/** Options that change only which names are listed or how they are laid out, never into non-names. */
const PLAIN = /^-[1aAdU]+$/;

export function lsOutput(argv: readonly string[], ctx: Context): StdinSource | undefined {
  const options = argv.slice(1).filter((a) => a.startsWith('-') && a !== '-');
  const names = argv.slice(1).filter((a) => !a.startsWith('-') || a === '-');
  if (!options.every((o) => PLAIN.test(o)) || names.length === 0 || names.some((n) => n.includes(UNKNOWN)))
    return undefined;
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

/** Expression words after which find writes something other than the names it selects (or acts on them). */
const FIND_NOT_NAMES = /^-(exec|execdir|ok|okdir|delete|printf|fprintf|fprint0?|ls|fls|quit)$/;

/** What `find START… -name … [-print]` writes: the selected names, one per line (a superset when a test is not read). */
export function findOutput(argv: readonly string[], ctx: Context): StdinSource | undefined {
  const args = argv.slice(1);
  if (args.some((a) => FIND_NOT_NAMES.test(a) || a === '-print0' || a.includes(UNKNOWN))) return undefined;
  const found = walkFind(args, ctx);
  if (found === undefined || found.paths.length > 10_000) return undefined;
  return { kind: 'text', text: found.paths.map((p) => `${p.shown}\n`).join(''), from: 'find' };
}

/** What `cat FILE…` writes, when every file can be read (up to 1 MiB in all): their text. */
export function catOutput(argv: readonly string[], ctx: Context): StdinSource | undefined {
  const files = argv.slice(1);
  if (files.length === 0 || files.some((f) => f.startsWith('-') || f.includes(UNKNOWN))) return undefined;
  let text = '';
  for (const file of files) {
    const path = posix.resolve(ctx.cwd, file);
    const stat = ctx.fs.stat(path);
    const read = stat?.isFile && (stat.size ?? 0) <= 1 << 20 ? ctx.fs.readText(path) : undefined;
    if (read === undefined || text.length + read.length > 1 << 20) return undefined;
    text += read;
  }
  return { kind: 'text', text, from: 'cat' };
}

/** What ls, find or cat writes to a pipe, when guard can tell; undefined for anything else. */
export function listingOutput(argv: readonly string[], ctx: Context): StdinSource | undefined {
  const name = argv[0];
  return name === 'ls'
    ? lsOutput(argv, ctx)
    : name === 'find'
      ? findOutput(argv, ctx)
      : name === 'cat'
        ? catOutput(argv, ctx)
        : undefined;
}
