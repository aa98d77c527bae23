import { optionValue, type ParsedArgs } from '../../argv/parse-options.js';
import { resolveEnvironment, type EnvironmentSignal } from '../../environment.js';
import { findGitConfig, ownerRepoOf, parseRemotes } from '../git/read-remotes.js';
import type { Context, Environment } from '../../types.js';

/** -R/--repo > GH_REPO > the cwd's git remotes (upstream before origin, as gh prefers). */
export function ghRepoSignals(args: ParsedArgs, ctx: Context): EnvironmentSignal[] {
  const flag = optionValue(args, 'repo');
  if (flag) return [{ kind: 'git-remote', value: flag, source: 'flag', detail: `--repo ${flag}` }];
  const env = ctx.env.GH_REPO;
  if (env) return [{ kind: 'git-remote', value: env, source: 'env', detail: `GH_REPO=${env}` }];
  const config = findGitConfig(ctx);
  if (!config) return [];
  const remotes = parseRemotes(config.text);
  for (const name of ['upstream', 'github', 'origin', ...remotes.keys()]) {
    const url = remotes.get(name);
    const repo = url ? ownerRepoOf(url) : undefined;
    if (url && repo)
      return [{ kind: 'git-remote', value: repo, source: 'tool-config', detail: `git remote "${name}" (${url})` }];
  }
  return [];
}

export function repoEnvironment(repo: string, ctx: Context): Environment {
  return resolveEnvironment(
    [{ kind: 'git-remote', value: repo, source: 'target', detail: `the repository itself: ${repo}` }],
    ctx,
  );
}

/** `repos/OWNER/REPO/...` in an API path, with {owner}/{repo} filled from the current repository. */
export function apiRepo(path: string, current: string | undefined): string | undefined {
  const [owner, repo] = (current ?? '').split('/');
  const filled = path.replace(/\{owner\}/g, owner ?? '{owner}').replace(/\{repo\}/g, repo ?? '{repo}');
  const m = /^\/?repos\/([^/]+)\/([^/?]+)/.exec(filled);
  return m ? `${m[1]}/${m[2]}` : undefined;
}

export function fillPlaceholders(path: string, current: string | undefined): string {
  const [owner, repo] = (current ?? '').split('/');
  return owner && repo ? path.replace(/\{owner\}/g, owner).replace(/\{repo\}/g, repo) : path;
}
