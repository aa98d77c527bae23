// Splits `git [global options] SUBCOMMAND [args]` and locates the repository (-C, --git-dir, --work-tree).
import { posix } from 'node:path';
import type { Context } from '../../types.js';
import { expandAlias } from './git-alias.js';
import { findRepo, type GitRepo } from './git-repo.js';

export interface GitInvocation {
  subcommand?: string;
  args: string[];
  /** Directory git runs in after -C. */
  cwd: string;
  repo?: GitRepo;
  /** `pf = push --force` when the subcommand was an alias. */
  alias?: string;
}

const GLOBAL_WITH_VALUE = new Set([
  '-C',
  '-c',
  '--git-dir',
  '--work-tree',
  '--namespace',
  '--exec-path',
  '--super-prefix',
  '--config-env',
  '--list-cmds',
  '--attr-source',
]);

export function parseGitInvocation(args: readonly string[], ctx: Context): GitInvocation {
  let cwd = ctx.cwd;
  let gitDir: string | undefined;
  let i = 0;
  for (; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith('-')) break;
    const [name, attached] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    if (!GLOBAL_WITH_VALUE.has(name)) continue;
    const value = attached ?? (args[++i] as string | undefined) ?? '';
    if (name === '-C' && value !== '') cwd = posix.resolve(cwd, value);
    if (name === '--git-dir') gitDir = posix.resolve(cwd, value);
  }
  const start = gitDir ? posix.dirname(gitDir) : cwd;
  const repo = findRepo(start, ctx);
  const given = args[i];
  if (given === undefined) return { args: [], cwd, ...(repo ? { repo } : {}) };
  const expanded = expandAlias(given, args.slice(i + 1), repo, ctx);
  return {
    subcommand: expanded.subcommand,
    args: expanded.args,
    cwd,
    ...(repo ? { repo } : {}),
    ...(expanded.alias ? { alias: expanded.alias } : {}),
  };
}
