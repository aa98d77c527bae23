// The one reader of git repositories: finds the repository holding a directory (a `.git` directory,
// or a worktree's `.git` file) and reads its config; every other git lookup goes through here.
import { posix } from 'node:path';
import { derived } from '../../cached-file-view.js';
import type { Context, FileView } from '../../types.js';

export interface GitRepo {
  /** Working tree top level (or the git dir of a bare repository). */
  top: string;
  gitDir: string;
  /** Current branch, undefined when HEAD is detached. */
  branch?: string;
  /** `section.subsection.key` (lower-cased section and key) → last value. */
  config: Map<string, string>;
}

/** Where a repository is: its top level and its git dir. The one upward walk for `.git`. */
export interface RepoLocation {
  top: string;
  gitDir: string;
  /** Where its config lives (a worktree's is in the common dir). */
  configPath: string;
}

export function locateRepo(start: string, fs: FileView): RepoLocation | undefined {
  // The kernel resolves no path this long (ENAMETOOLONG); walking its thousands of ancestors costs quadratic time.
  if (start.length >= 4096) return undefined;
  for (let dir = start; ; dir = posix.dirname(dir)) {
    const dotGit = posix.join(dir, '.git');
    const stat = fs.stat(dotGit);
    let gitDir: string | undefined;
    if (stat?.isDirectory) gitDir = dotGit;
    else if (stat?.isFile) {
      const pointer = /^gitdir:\s*(.+)$/m.exec(fs.readText(dotGit) ?? '');
      if (pointer) gitDir = posix.resolve(dir, (pointer[1] as string).trim());
    }
    if (gitDir) {
      // Worktrees keep config in the common dir (`commondir`, else two levels above .git/worktrees/NAME).
      const common = fs.readText(posix.join(gitDir, 'commondir'));
      const configDir = common
        ? posix.resolve(gitDir, common.trim())
        : stat?.isFile && /\/worktrees\/[^/]+$/.test(gitDir)
          ? posix.resolve(gitDir, '..', '..')
          : gitDir;
      return { top: dir, gitDir, configPath: posix.join(configDir, 'config') };
    }
    if (dir === '/') return undefined;
  }
}

export function findRepo(start: string, ctx: Context): GitRepo | undefined {
  const where = locateRepo(start, ctx.fs);
  return where && derived(ctx.fs, `git-repo\u0000${where.top}\u0000${where.gitDir}`, () => readRepo(where, ctx));
}

function readRepo(where: RepoLocation, ctx: Context): GitRepo {
  const head = ctx.fs.readText(posix.join(where.gitDir, 'HEAD')) ?? '';
  const ref = /^ref:\s*refs\/heads\/(.+)$/m.exec(head);
  const config = parseGitConfig(ctx.fs.readText(where.configPath) ?? '');
  return { top: where.top, gitDir: where.gitDir, ...(ref ? { branch: (ref[1] as string).trim() } : {}), config };
}

/** Every `key = value` of a git config text, in order: `section.subsection.key` (section and key lower-cased). */
export function gitConfigEntries(text: string): [string, string][] {
  const entries: [string, string][] = [];
  let section = '';
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const header = /^\[\s*([^\s\]"]+)(?:\s+"((?:\\.|[^"])*)")?\s*\]/.exec(line);
    if (header) {
      const name = (header[1] as string).toLowerCase();
      section = header[2] !== undefined ? `${name}.${header[2].replace(/\\(.)/g, '$1')}` : name;
      continue;
    }
    const kv = /^([A-Za-z][\w-]*)\s*(?:=\s*(.*))?$/.exec(line);
    if (!kv) continue;
    const value = (kv[2] ?? 'true').replace(/\s+[#;].*$/, '').replace(/^"(.*)"$/, '$1');
    entries.push([`${section}.${(kv[1] as string).toLowerCase()}`, value]);
  }
  return entries;
}

/** A git config as git reads a single-valued key: the last value wins. */
export function parseGitConfig(text: string): Map<string, string> {
  return new Map(gitConfigEntries(text));
}

/** The remote `git push` with no remote argument uses. */
export function defaultPushRemote(repo: GitRepo): string {
  const b = repo.branch;
  return (
    (b && repo.config.get(`branch.${b}.pushremote`)) ||
    repo.config.get('remote.pushdefault') ||
    (b && repo.config.get(`branch.${b}.remote`)) ||
    'origin'
  );
}
