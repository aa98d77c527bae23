import { posix } from 'node:path';
import type { Context } from '../../types.js';

/** The `.git/config` of the repository containing `dir`, found upward (worktree `.git` files followed). */
export function findGitConfig(ctx: Context, dir: string = ctx.cwd): { path: string; text: string } | undefined {
  for (let d = posix.resolve(ctx.cwd, dir); ; d = posix.dirname(d)) {
    const dotGit = posix.join(d, '.git');
    const stat = ctx.fs.stat(dotGit);
    if (stat?.isDirectory) {
      const path = posix.join(dotGit, 'config');
      const text = ctx.fs.readText(path);
      return text === undefined ? undefined : { path, text };
    }
    if (stat?.isFile) return readWorktreeConfig(ctx, d, ctx.fs.readText(dotGit) ?? '');
    if (d === '/') return undefined;
  }
}

// A worktree's `.git` file points at .git/worktrees/NAME; remotes live in the common dir's config.
function readWorktreeConfig(ctx: Context, dir: string, pointer: string): { path: string; text: string } | undefined {
  const gitdir = /^gitdir:\s*(.+)$/m.exec(pointer)?.[1]?.trim();
  if (!gitdir) return undefined;
  const common = posix.resolve(dir, gitdir, '..', '..');
  const path = posix.join(common, 'config');
  const text = ctx.fs.readText(path);
  return text === undefined ? undefined : { path, text };
}

/** Remote name → url from a git config text. */
export function parseRemotes(configText: string): Map<string, string> {
  const remotes = new Map<string, string>();
  let current: string | undefined;
  for (const line of configText.split(/\r?\n/)) {
    const section = /^\s*\[\s*remote\s+"([^"]+)"\s*\]/.exec(line);
    if (section) {
      current = section[1];
      continue;
    }
    if (/^\s*\[/.test(line)) current = undefined;
    const url = /^\s*url\s*=\s*(.+?)\s*$/.exec(line);
    if (current && url && !remotes.has(current)) remotes.set(current, url[1] as string);
  }
  return remotes;
}

export function gitRemoteUrl(ctx: Context, remote: string): { url: string; path: string } | undefined {
  const config = findGitConfig(ctx);
  const url = config ? parseRemotes(config.text).get(remote) : undefined;
  return config && url ? { url, path: config.path } : undefined;
}

/** `owner/repo` from a GitHub-style remote URL (https, ssh, scp-like). */
export function ownerRepoOf(url: string): string | undefined {
  const m = /[:/]([^/:]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url);
  return m ? `${m[1]}/${m[2]}` : undefined;
}
