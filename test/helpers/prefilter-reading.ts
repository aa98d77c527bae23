// The one reading of PrefilterSpec for tests: what the shim's generated sh pre-filter decides, in an
// example's fixture world, computed without a shell. Every field of the spec is read here; the
// agreement test (test/core/shim/prefilter-reading.test.ts) runs the real shell on the same calls.
import { posix } from 'node:path';
import { EXAMPLE_CWD, EXAMPLE_HOME } from '../../src/core/example-context.js';
import type { PrefilterSpec } from '../../src/core/rule.js';

/** The facts the pre-filter sees: a RuleExample is one (cwd, env, stdin, files, dirs, links). */
export interface PrefilterWorld {
  cwd?: string;
  env?: Record<string, string>;
  /** Defined: standard input is not a terminal. */
  stdin?: string;
  files?: Record<string, string>;
  dirs?: string[];
  links?: Record<string, string>;
  /** Protected paths from the configuration at install time (`~/` = HOME). */
  protectedPaths?: readonly string[];
}

/** The file every example world holds (example-context.ts): the project is a repository. */
const DEFAULT_FILES = { '/home/user/project/.git/HEAD': 'ref: refs/heads/main\n' };
/** Operand spellings whose target only the full check can resolve (prefilter-script.ts pathChecks). */
const UNCLEAR = /^\/|\.\.|^~|=\/|=~|[*?[]|^\.git$|^\.git\/|\/\.git$|\/\.git\//;

/** True when the call goes to the full check: some condition of `spec` holds for `args` in `world`. */
export function trips(spec: PrefilterSpec, args: readonly string[], world: PrefilterWorld = {}): boolean {
  if (args.length === 1 && spec.clears?.includes(args[0] as string)) return false;
  if (spec.always) return true;
  const cwd = world.cwd ?? EXAMPLE_CWD;
  const home = world.env?.HOME ?? EXAMPLE_HOME;
  const exists = existence(world, cwd);
  if (spec.stdinNotTty && world.stdin !== undefined) return true;
  const env: Record<string, string> = { PATH: '/usr/bin:/bin', HOME: home, ...(world.env ?? {}) };
  if (spec.envVars?.some((v) => env[v] !== undefined)) return true;
  if (spec.pathOperands && sensitiveCwd(cwd, home)) return true;
  const places = [...(spec.cwdPaths ?? []), ...(spec.pathOperands ? (world.protectedPaths ?? []) : [])];
  if (places.some((place) => near(cwd, spelled(place, home)))) return true;
  const markers = spec.markerFiles ?? [];
  if (ancestors(cwd).some((dir) => markers.some((m) => exists(posix.join(dir, m))))) return true;
  const links = new Set(Object.keys(world.links ?? {}).map((l) => posix.resolve(cwd, l)));
  return args.some((a) =>
    tripsOn(
      spec,
      a,
      (p) => exists(posix.resolve(cwd, p)),
      (p) => links.has(posix.resolve(cwd, p)),
    ),
  );
}

function tripsOn(
  spec: PrefilterSpec,
  a: string,
  exists: (p: string) => boolean,
  isLink: (p: string) => boolean,
): boolean {
  if (spec.words?.includes(a)) return true;
  if (spec.wordsAnyCase?.some((w) => w.toLowerCase() === a.toLowerCase())) return true;
  if (spec.prefixes?.some((p) => a.startsWith(p))) return true;
  if (spec.suffixes?.some((s) => a.endsWith(s))) return true;
  if (spec.shortFlagChars && /^-[^-]/.test(a) && [...spec.shortFlagChars].some((c) => a.slice(1).includes(c)))
    return true;
  if (spec.pathOperands) {
    // Only dots and slashes (`.`, `./`, `..`): the cwd or above it.
    if (UNCLEAR.test(a) || /^[./]*$/.test(a)) return true;
    if (isLink(a) || isLink(a.replace(/\/$/, '')) || exists(posix.join(a, '.git'))) return true;
  }
  // A marker file in a directory along a relative (or absolute) argument's path.
  for (let d = a; d.includes('/');) {
    d = d.slice(0, d.lastIndexOf('/'));
    if (d !== '' && spec.markerFiles?.some((m) => exists(posix.join(d, m)))) return true;
  }
  return false;
}

/** Whether a path exists in the world: a file, a listed directory, or a directory holding one. */
function existence(world: PrefilterWorld, cwd: string): (path: string) => boolean {
  const known = [
    ...Object.keys({ ...DEFAULT_FILES, ...(world.files ?? {}) }),
    ...(world.dirs ?? []),
    ...Object.keys(world.links ?? {}),
    cwd,
  ].map((p) => posix.resolve(cwd, p));
  return (path) => known.some((k) => k === path || k.startsWith(`${path === '/' ? '' : path}/`));
}

/** `/`, a top-level directory, HOME or a directory above HOME: a relative operand there can mean them. */
function sensitiveCwd(cwd: string, home: string): boolean {
  return !/^\/.*\//.test(cwd) || cwd === home || home.startsWith(`${cwd}/`);
}

function spelled(place: string, home: string): string {
  const path = place.startsWith('~/') ? `${home}${place.slice(1)}` : place;
  return path.replace(/\/+$/, '') || '/';
}

/** The working directory is the place, inside it, or above it. */
function near(cwd: string, place: string): boolean {
  return cwd === place || cwd.startsWith(`${place}/`) || place.startsWith(`${cwd}/`);
}

function ancestors(dir: string): string[] {
  const out = [dir];
  while (dir !== '/') out.push((dir = posix.dirname(dir)));
  return out;
}
