import type { Context } from '../../types.js';
import { locateRepo } from './git-repo.js';

/** The repository toplevel containing `dir` (a directory holding `.git`), found upward. */
export function gitToplevel(ctx: Context, dir: string): string | undefined {
  return locateRepo(dir, ctx.fs)?.top;
}
