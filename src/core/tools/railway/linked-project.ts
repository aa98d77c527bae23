import { posix } from 'node:path';
import type { Context } from '../../types.js';

/** One entry of `projects` in ~/.railway/config.json (see railwayapp/cli src/config.rs). */
export interface LinkedProject {
  /** The directory key that matched, walking up from cwd. */
  dir: string;
  /** The config file it came from, as a path under HOME ("~/.railway/config.json"). */
  file: string;
  project?: string;
  name?: string;
  environment?: string;
  environmentName?: string;
  service?: string;
}

export type LinkLookup = { found: true; link: LinkedProject } | { found: false; file: string; why: string };

/** RAILWAY_ENV picks Railway's own backend, and with it the config file (Configs::new). */
export function railwayConfigFile(ctx: Context): string {
  const backend = (ctx.env['RAILWAY_ENV'] ?? '').toLowerCase();
  const name =
    backend === 'staging'
      ? 'config-staging.json'
      : backend === 'dev' || backend === 'develop'
        ? 'config-dev.json'
        : 'config.json';
  return posix.join(ctx.home, '.railway', name);
}

/** Shows a path under HOME as `~/…`, the way a person reads it. */
export function displayHomePath(path: string, ctx: Context): string {
  return path.startsWith(`${ctx.home}/`) ? `~/${path.slice(ctx.home.length + 1)}` : path;
}

/** The link the CLI would use: the first `projects` key found walking from the (physical) cwd up to `/`. */
export function findLinkedProject(ctx: Context): LinkLookup {
  const path = railwayConfigFile(ctx);
  const file = displayHomePath(path, ctx);
  const text = ctx.fs.readText(path);
  if (text === undefined) return { found: false, file, why: `${file} does not exist` };
  const projects = readProjects(text);
  if (!projects) return { found: false, file, why: `${file} could not be parsed (the CLI would ignore it)` };
  // The CLI walks std::env::current_dir(), which has symlinks resolved.
  const start = ctx.fs.realpath(ctx.cwd) ?? posix.resolve(ctx.cwd);
  for (let dir = start; ; dir = posix.dirname(dir)) {
    const entry = projects[dir];
    if (isRecord(entry)) return { found: true, link: { dir, file, ...pickStrings(entry) } };
    if (dir === '/') break;
  }
  return { found: false, file, why: `${file} links no directory from ${start} up to /` };
}

function readProjects(text: string): Record<string, unknown> | undefined {
  try {
    const root: unknown = JSON.parse(text);
    if (!isRecord(root)) return undefined;
    if (root['projects'] === undefined) return {};
    return isRecord(root['projects']) ? root['projects'] : undefined;
  } catch {
    return undefined;
  }
}

function pickStrings(entry: Record<string, unknown>): Omit<LinkedProject, 'dir' | 'file'> {
  const out: Omit<LinkedProject, 'dir' | 'file'> = {};
  for (const key of ['project', 'name', 'environment', 'environmentName', 'service'] as const) {
    const value = entry[key];
    if (typeof value === 'string' && value !== '') out[key] = value;
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
