import { posix } from 'node:path';

/** `$XDG_DATA_HOME/guard/shims`, or `~/.local/share/guard/shims` (a relative XDG_DATA_HOME is ignored, as the spec says). */
export function defaultShimDir(env: Readonly<Record<string, string | undefined>>, home: string): string {
  const xdg = env.XDG_DATA_HOME;
  const base = xdg && posix.isAbsolute(xdg) ? xdg : posix.join(home, '.local', 'share');
  return posix.join(base, 'guard', 'shims');
}
