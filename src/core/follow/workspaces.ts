// npm workspaces: `npm -w api run db:reset` runs the script of the workspace `api` (a path below the
// root or a package name), `npm --workspaces run x` runs it in every workspace. Without this, the
// root package.json would be judged and the workspace's own script never seen.
import { posix } from 'node:path';
import type { Context } from '../types.js';

export type WorkspaceDirs = { dirs: string[] } | { unknown: string };

/** The directories the selectors name (`'all'` for --workspaces), below the root manifest at `root`. */
export function workspaceDirs(
  root: string,
  rootText: string,
  selectors: string[] | 'all',
  ctx: Context,
): WorkspaceDirs {
  const all = declared(root, rootText, ctx);
  if (selectors === 'all')
    return all === undefined ? { unknown: `${root}/package.json declares no workspaces` } : { dirs: all };
  const dirs: string[] = [];
  for (const selector of selectors) {
    const byPath = posix.resolve(root, selector);
    if (ctx.fs.stat(posix.join(byPath, 'package.json'))?.isFile) {
      dirs.push(byPath);
      continue;
    }
    const byName = (all ?? []).find((dir) => packageName(dir, ctx) === selector);
    if (byName === undefined) return { unknown: `guard cannot find the workspace "${selector}" below ${root}` };
    dirs.push(byName);
  }
  return { dirs };
}

/** The workspace directories the root manifest declares (`dir`, `dir/*`, `dir/**` patterns). */
function declared(root: string, text: string, ctx: Context): string[] | undefined {
  let patterns: unknown;
  try {
    const data = JSON.parse(text) as { workspaces?: unknown };
    patterns = Array.isArray(data.workspaces)
      ? data.workspaces
      : (data.workspaces as { packages?: unknown } | undefined)?.packages;
  } catch {
    return undefined;
  }
  if (!Array.isArray(patterns)) return undefined;
  const dirs = new Set<string>();
  for (const pattern of patterns) {
    if (typeof pattern !== 'string' || pattern.startsWith('!')) continue;
    for (const dir of expand(posix.resolve(root, pattern.replace(/\/+$/, '')), ctx)) {
      if (ctx.fs.stat(posix.join(dir, 'package.json'))?.isFile) dirs.add(dir);
    }
  }
  return [...dirs];
}

/** A path whose segments may hold `*` (within one level) or be `**` (any depth, up to four levels). */
function expand(path: string, ctx: Context): string[] {
  const segments = path.split('/');
  const star = segments.findIndex((segment) => segment.includes('*'));
  if (star < 0) return [path];
  const base = segments.slice(0, star).join('/') || '/';
  const segment = segments[star] as string;
  const rest = segments.slice(star + 1).join('/');
  const then = (dir: string): string[] => (rest ? expand(`${dir}/${rest}`, ctx) : [dir]);
  if (segment === '**') return subdirs(base, 4, ctx).flatMap(then);
  const match = new RegExp(`^${segment.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*+/g, '[^/]*')}$`);
  return childDirs(base, ctx)
    .filter((dir) => match.test(posix.basename(dir)))
    .flatMap(then);
}

/** `dir` and the directories below it, down to `levels`. */
function subdirs(dir: string, levels: number, ctx: Context): string[] {
  return [dir, ...(levels > 0 ? childDirs(dir, ctx).flatMap((child) => subdirs(child, levels - 1, ctx)) : [])];
}

function childDirs(dir: string, ctx: Context): string[] {
  return (ctx.fs.readdir(dir) ?? [])
    .filter((entry) => entry !== 'node_modules' && !entry.startsWith('.'))
    .map((entry) => posix.join(dir, entry))
    .filter((child) => ctx.fs.stat(child)?.isDirectory === true);
}

function packageName(dir: string, ctx: Context): string | undefined {
  try {
    const name = (JSON.parse(ctx.fs.readText(posix.join(dir, 'package.json')) ?? '{}') as { name?: unknown }).name;
    return typeof name === 'string' ? name : undefined;
  } catch {
    return undefined;
  }
}
