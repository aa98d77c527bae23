// Finds the repository a git command acts on and reads its config (remotes, branches) via ctx.fs.
import { posix } from 'node:path';
import { derived } from '../../cached-file-view.js';
import type { Context } from '../../types.js';

export interface GitRepo {
  /** Working tree top level (or the git dir of a bare repository). */
  top: string;
  gitDir: string;
  /** Current branch, undefined when HEAD is detached. */
  branch?: string;
  /** `section.subsection.key` (lower-cased section and key) → last value. */
  config: Map<string, string>;
}

export function findRepo(start: string, ctx: Context): GitRepo | undefined {
  for (let dir = start; ; dir = posix.dirname(dir)) {
    const dotGit = posix.join(dir, '.git');
    const stat = ctx.fs.stat(dotGit);
    let gitDir: string | undefined;
    if (stat?.isDirectory) gitDir = dotGit;
    else if (stat?.isFile) {
      const pointer = /^gitdir:\s*(.+)$/m.exec(ctx.fs.readText(dotGit) ?? '');
      if (pointer) gitDir = posix.resolve(dir, (pointer[1] as string).trim());
    }
    if (gitDir) {
      const found = gitDir;
      return derived(ctx.fs, `git-repo\u0000${dir}\u0000${found}`, () => readRepo(dir, found, ctx));
    }
    if (dir === '/') return undefined;
  }
}

function readRepo(top: string, gitDir: string, ctx: Context): GitRepo {
  const head = ctx.fs.readText(posix.join(gitDir, 'HEAD')) ?? '';
  const ref = /^ref:\s*refs\/heads\/(.+)$/m.exec(head);
  // Worktrees keep config in the common dir.
  const common = ctx.fs.readText(posix.join(gitDir, 'commondir'));
  const configDir = common ? posix.resolve(gitDir, common.trim()) : gitDir;
  const config = parseGitConfig(ctx.fs.readText(posix.join(configDir, 'config')) ?? '');
  return { top, gitDir, ...(ref ? { branch: (ref[1] as string).trim() } : {}), config };
}

/** Minimal git-config reader: `[section "sub"]` / `[section.sub]`, `key = value`, comments. */
export function parseGitConfig(text: string): Map<string, string> {
  const values = new Map<string, string>();
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
    values.set(`${section}.${(kv[1] as string).toLowerCase()}`, value);
  }
  return values;
}

/** The remote `git push` with no remote argument uses. */
export function defaultPushRemote(repo: GitRepo): string {
  const b = repo.branch;
  return (b && repo.config.get(`branch.${b}.pushremote`)) || repo.config.get('remote.pushdefault') || (b && repo.config.get(`branch.${b}.remote`)) || 'origin';
}
