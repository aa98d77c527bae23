import { posix } from 'node:path';
import type { Context } from '../../types.js';

/** The repository toplevel containing `dir` (a directory holding `.git`), found upward. */
export function gitToplevel(ctx: Context, dir: string): string | undefined {
  // The kernel resolves no path this long (ENAMETOOLONG); walking its thousands of ancestors costs quadratic time.
  if (dir.length >= 4096) return undefined;
  for (let d = dir; ; d = posix.dirname(d)) {
    if (ctx.fs.stat(posix.join(d, '.git'))) return d;
    if (d === '/') return undefined;
  }
}
