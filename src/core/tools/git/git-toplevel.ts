import { posix } from 'node:path';
import type { Context } from '../../types.js';

/** The repository toplevel containing `dir` (a directory holding `.git`), found upward. */
export function gitToplevel(ctx: Context, dir: string): string | undefined {
  for (let d = dir; ; d = posix.dirname(d)) {
    if (ctx.fs.stat(posix.join(d, '.git'))) return d;
    if (d === '/') return undefined;
  }
}
