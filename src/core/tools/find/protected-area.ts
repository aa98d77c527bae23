import { posix } from 'node:path';
import type { Context } from '../../types.js';

// System directories whose contents the machine needs; anything inside them is protected too.
const SYSTEM = ['/bin', '/boot', '/dev', '/etc', '/lib', '/lib32', '/lib64', '/libx32', '/opt', '/proc', '/root', '/sbin', '/srv', '/sys', '/usr', '/var'];

/** The repository toplevel containing `dir` (a directory holding `.git`), found upward. */
export function gitToplevel(ctx: Context, dir: string): string | undefined {
  for (let d = dir; ; d = posix.dirname(d)) {
    if (ctx.fs.stat(posix.join(d, '.git'))) return d;
    if (d === '/') return undefined;
  }
}

/**
 * Why removing things under `path` wholesale would be catastrophic, or undefined when it is an
 * ordinary directory: `/`, system directories and their contents, top-level dirs, $HOME, the
 * repository root or its `.git`, and configured protected paths.
 */
export function protectedReason(path: string, ctx: Context): string | undefined {
  const abs = posix.resolve(ctx.cwd, path.startsWith('~') ? posix.join(ctx.home, path.slice(1)) : path);
  const real = ctx.fs.realpath(abs) ?? abs;
  if (real === '/') return 'the root directory';
  const system = SYSTEM.find((d) => real === d || real.startsWith(`${d}/`));
  if (system) return `system directory ${system}`;
  if (posix.dirname(real) === '/') return `top-level directory ${real}`;
  if (real === ctx.home) return 'your home directory';
  if (posix.dirname(real) === '/home') return `a home directory (${real})`;
  const top = gitToplevel(ctx, real);
  if (top && (real === top || real === posix.join(top, '.git') || real.startsWith(`${top}/.git/`))) return real === top ? `the repository root ${top}` : `the repository's .git (${top})`;
  const configured = ctx.config.protectedPaths.find((p) => real === p || real.startsWith(`${p.replace(/\/$/, '')}/`));
  if (configured) return `protected path ${configured} (config)`;
  return undefined;
}
