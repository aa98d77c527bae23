import { posix } from 'node:path';
import type { Context } from '../../types.js';
import { gitConfigEntries, locateRepo } from './git-repo.js';

/** The config of the repository containing `dir`, found upward (worktree `.git` files followed). */
export function findGitConfig(ctx: Context, dir: string = ctx.cwd): { path: string; text: string } | undefined {
  const where = locateRepo(posix.resolve(ctx.cwd, dir), ctx.fs);
  const text = where && ctx.fs.readText(where.configPath);
  return where && text !== undefined ? { path: where.configPath, text } : undefined;
}

/** Remote name → url from a git config text (a remote's first url: the one git fetches from). */
export function parseRemotes(configText: string): Map<string, string> {
  const remotes = new Map<string, string>();
  for (const [key, value] of gitConfigEntries(configText)) {
    const remote = /^remote\.(.+)\.url$/.exec(key)?.[1];
    if (remote !== undefined && !remotes.has(remote)) remotes.set(remote, value);
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
