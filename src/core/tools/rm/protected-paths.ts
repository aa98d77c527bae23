import { posix } from 'node:path';
import { matchesPattern } from '../../environment.js';
import type { Context } from '../../types.js';
import { describeDataFile, findDataDirectoryAbove, findDataInside, SKIPPED_DIRS } from './data-files.js';
import { isStrictlyWithin, isWithinOrSame, selfAndAncestors } from './path-relations.js';

/** Where database servers keep their data by default (Debian/RHEL packages, Homebrew, Docker). */
export const DEFAULT_PROTECTED_PATHS: readonly string[] = [
  '/var/lib/postgresql',
  '/var/lib/pgsql',
  '/var/lib/mysql',
  '/var/lib/mariadb',
  '/var/lib/redis',
  '/var/lib/mongodb',
  '/var/lib/docker/volumes',
  '/usr/local/var/postgres',
  '/usr/local/var/postgresql@*',
  '/usr/local/var/mysql',
  '/opt/homebrew/var/postgres',
  '/opt/homebrew/var/postgresql@*',
  '/opt/homebrew/var/mysql',
];

/** Protected paths made absolute: `~/x` under HOME, relative ones against cwd, symlinks resolved. */
export function protectedPathsOf(ctx: Context): string[] {
  const out: string[] = [];
  for (const raw of [...DEFAULT_PROTECTED_PATHS, ...ctx.config.protectedPaths]) {
    const expanded = raw === '~' || raw.startsWith('~/') ? ctx.home + raw.slice(1) : raw;
    const absolute = posix.resolve(ctx.cwd, expanded);
    out.push(absolute.includes('*') ? absolute : (ctx.fs.realpath(absolute) ?? absolute));
  }
  return out;
}

export interface ProtectedCheck {
  paths: readonly string[];
  markerCache: Map<string, string | undefined>;
}

const SCAN = { maxDepth: 3, maxEntries: 2000 };

/** Why removing `path` itself destroys protected data (it is, or is inside, data), or undefined. */
export function protectedReason(path: string, ctx: Context, check: ProtectedCheck): string | undefined {
  for (const p of check.paths) {
    if (p.includes('*')) {
      const hit = selfAndAncestors(path).find((a) => matchesPattern(p, a));
      if (hit) return `${path} is ${hit === path ? '' : 'inside '}protected path ${p}`;
    } else if (isWithinOrSame(path, p)) {
      return path === p ? `${path} is a protected path` : `${path} is inside protected path ${p}`;
    }
  }
  const marker = findDataDirectoryAbove(path, ctx.fs, check.markerCache);
  if (marker)
    return `${path} is ${posix.dirname(marker) === path ? '' : 'inside '}a database data directory (${marker})`;
  return describeDataFile(path, ctx.fs);
}

/** Why removing `path` recursively reaches protected data below it, or undefined. */
export function protectedBelowReason(path: string, ctx: Context, check: ProtectedCheck): string | undefined {
  for (const p of check.paths) {
    const dir = p.includes('*') ? staticDirectoryOf(p) : p;
    if (isStrictlyWithin(dir, path) || (p.includes('*') && dir === path)) return `${path} contains protected path ${p}`;
  }
  if (SKIPPED_DIRS.has(posix.basename(path)) || !ctx.fs.stat(path)?.isDirectory) return undefined;
  const found = findDataInside(path, ctx.fs, SCAN);
  return found === undefined ? undefined : `${path} contains database data: ${found}`;
}

/** The deepest directory of a `*` pattern that has no wildcard: `/opt/x/postgresql@*` → `/opt/x`; a plain path is itself. */
export function staticDirectoryOf(pattern: string): string {
  if (!pattern.includes('*')) return pattern;
  const prefix = pattern.slice(0, pattern.indexOf('*'));
  return prefix.endsWith('/') ? prefix.slice(0, -1) || '/' : posix.dirname(prefix);
}
