import { resolve } from 'node:path';
import { defaultShimDir } from '../../core/shim/default-shim-dir.js';
import { processContext } from '../../io/context.js';

/** The shim directory: --dir (relative to the working directory), else the XDG default. */
export function shimDirFrom(option: string | undefined): string {
  if (option !== undefined) return resolve(process.cwd(), option);
  const ctx = processContext();
  return defaultShimDir(ctx.env, ctx.home);
}
