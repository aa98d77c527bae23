import { posix } from 'node:path';
import { derived } from '../../cached-file-view.js';
import type { Context } from '../../types.js';
import { locateRepo } from '../git/git-repo.js';
import { isStrictlyWithin, isWithinOrSame } from './path-relations.js';
import { protectedBelowReason, protectedPathsOf, protectedReason, type ProtectedCheck } from './protected-paths.js';
import type { RmTarget } from './resolve-operand.js';
import { realDirectory } from './resolve-operand.js';
import { isSystemPath, isSystemRoot } from './system-paths.js';

/** Which rm rule a target falls under; each target gets at most one, the most specific. */
export type DangerKind =
  'protected-path' | 'system-directory' | 'home-directory' | 'current-directory' | 'git-repository' | 'outside-project';

export interface Danger {
  kind: DangerKind;
  /** One line saying why, for the panel. */
  why: string;
}

/** The places a removal is judged against, computed once per command. */
export interface RmPlaces {
  cwd: string;
  /** The repository the cwd is in (its root holds .git), when that is not home or a system path: the project. */
  project: string;
  home: string;
  temps: string[];
  protection: ProtectedCheck;
}

export function placesOf(ctx: Context): RmPlaces {
  // Derived from the files and these inputs only: one per batch of lines (its marker cache shared too).
  const key = ['rm-places', ctx.cwd, ctx.home, ctx.tmpdir, ...ctx.config.protectedPaths].join('\u0000');
  return derived(ctx.fs, key, () => computePlaces(ctx));
}

function computePlaces(ctx: Context): RmPlaces {
  const temps = [
    ...new Set([ctx.tmpdir, '/tmp', '/var/tmp'].flatMap((t) => [posix.resolve(t), realDirectory(t, ctx)])),
  ];
  const cwd = realDirectory(ctx.cwd, ctx);
  const home = realDirectory(ctx.home, ctx);
  return {
    cwd,
    project: repositoryRoot(cwd, home, ctx) ?? cwd,
    home,
    temps,
    protection: { paths: protectedPathsOf(ctx), markerCache: new Map() },
  };
}

/**
 * Judges one target. Protected data counts for any removal; the rest only for recursive removal of a
 * directory, except that removing a top-level entry such as the `/bin` symlink breaks the system either way.
 * A symlink rm removes without following (no trailing slash) is only the link: nothing below it is at risk.
 */
export function classifyTarget(
  target: RmTarget,
  recursive: boolean,
  places: RmPlaces,
  ctx: Context,
): Danger | undefined {
  const { path } = target;
  const linkOnly = target.symlink?.followed === false;
  const data = protectedReason(path, ctx, places.protection);
  if (data) return { kind: 'protected-path', why: data };
  if (path !== '/' && isSystemRoot(path) && (!recursive || linkOnly))
    return { kind: 'system-directory', why: `${path} is a top-level system entry` };
  if (!recursive || linkOnly) return undefined;
  if (path === '/') return { kind: 'system-directory', why: 'the root of the filesystem' };
  if (path === places.home) return { kind: 'home-directory', why: `${path} is your home directory (HOME)` };
  if (isSystemPath(path))
    return {
      kind: 'system-directory',
      why: isSystemRoot(path)
        ? `${path} is a top-level system directory`
        : `${path} is directly inside system directory ${posix.dirname(path)}`,
    };
  if (isWithinOrSame(places.cwd, path))
    return {
      kind: 'current-directory',
      why:
        path === places.cwd
          ? `${path} is the current directory`
          : `${path} contains the current directory ${places.cwd}`,
    };
  if (posix.dirname(path) === places.home)
    return { kind: 'home-directory', why: `${path} is directly inside your home directory` };
  const below = protectedBelowReason(path, ctx, places.protection);
  if (below) return { kind: 'protected-path', why: below };
  // Every entry of a temp directory (`rm -rf /tmp/*`) is scratch too; the directory itself is not.
  const inTemp = places.temps.some(
    (t) => isStrictlyWithin(path, t) || (target.wholeDirectory !== undefined && path === t),
  );
  // The project is the repository, not only the cwd: `rm -rf ../shared/dist` from packages/web stays inside it.
  const inProject =
    isWithinOrSame(path, places.cwd) ||
    (isStrictlyWithin(path, places.project) && !isWithinOrSame(places.project, path));
  // A scratch clone in the temp directory is fair game, unless you are working inside that tree.
  const git = inTemp && !inProject ? undefined : gitReason(path, ctx);
  if (git) return { kind: 'git-repository', why: git };
  if (!inProject && !inTemp) {
    return {
      kind: 'outside-project',
      why: `${path} is outside the current directory ${places.cwd} and not in a temporary directory`,
    };
  }
  return undefined;
}

/** The nearest directory at or above cwd holding .git, unless it is home, / or a system path (a dotfiles repository is not a project). */
function repositoryRoot(cwd: string, home: string, ctx: Context): string | undefined {
  const dir = locateRepo(cwd, ctx.fs)?.top;
  return dir === undefined || dir === '/' || dir === home || isSystemPath(dir) || isWithinOrSame(home, dir)
    ? undefined
    : dir;
}

/** A repository root (holds `.git`), its `.git`, or the object store and refs inside `.git`. */
function gitReason(path: string, ctx: Context): string | undefined {
  if (posix.basename(path) === '.git') return `${path} is a git repository's history`;
  if (/\/\.git\/(objects|refs)$/.test(path)) return `${path} holds a git repository's commits and branches`;
  if (ctx.fs.stat(path) !== undefined && ctx.fs.stat(posix.join(path, '.git')))
    return `${path} is a git repository (it holds .git)`;
  return undefined;
}
