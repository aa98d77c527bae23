// Expands a git alias (`alias.pf = push --force`) from the repository and user config, as git
// does for non-builtin names. Shell aliases (`!…`) are left alone: guard cannot see into them.
import { posix } from 'node:path';
import type { Context } from '../../types.js';
import { parseGitConfig, type GitRepo } from './git-repo.js';

const BUILTINS = new Set(
  (
    'add am annotate apply archive bisect blame branch bundle cat-file check-ignore checkout cherry cherry-pick clean clone commit config ' +
    'describe diff fetch filter-branch format-patch fsck gc grep help init log ls-files ls-remote merge mv notes pull push range-diff rebase ' +
    'reflog remote repack replace reset restore revert rev-parse rm shortlog show sparse-checkout stash status submodule switch tag worktree'
  ).split(' '),
);

export function expandAlias(
  subcommand: string,
  args: string[],
  repo: GitRepo | undefined,
  ctx: Context,
): { subcommand: string; args: string[]; alias?: string } {
  if (BUILTINS.has(subcommand)) return { subcommand, args };
  const key = `alias.${subcommand.toLowerCase()}`;
  const globalFiles = [
    ctx.env.XDG_CONFIG_HOME
      ? posix.join(ctx.env.XDG_CONFIG_HOME, 'git/config')
      : posix.join(ctx.home, '.config/git/config'),
    posix.join(ctx.home, '.gitconfig'),
  ];
  let value = repo?.config.get(key);
  for (const file of globalFiles) {
    if (value !== undefined) break;
    const text = ctx.fs.readText(file);
    if (text !== undefined) value = parseGitConfig(text).get(key);
  }
  if (value === undefined || value.trim().startsWith('!')) return { subcommand, args };
  const words = splitCommandLine(value);
  const [first, ...rest] = words;
  if (first === undefined) return { subcommand, args };
  return { subcommand: first, args: [...rest, ...args], alias: `${subcommand} = ${value}` };
}

/** git's split_cmdline: whitespace separates, single and double quotes group, backslash escapes. */
export function splitCommandLine(text: string): string[] {
  const words: string[] = [];
  let current = '';
  let quote: string | undefined;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '\\' && i + 1 < text.length && quote !== "'") {
      current += text[++i];
      inWord = true;
    } else if (quote) {
      if (c === quote) quote = undefined;
      else current += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) words.push(current);
      current = '';
      inWord = false;
    } else {
      current += c;
      inWord = true;
    }
  }
  if (inWord) words.push(current);
  return words;
}
