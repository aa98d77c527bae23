// What `git checkout`, `git restore` and `git switch` would overwrite in the working tree: the paths
// they restore from the index or a commit, or every local change when forced. git keeps no copy of
// an edit that was never staged or committed, so these are the commands that lose work silently.
import { posix } from 'node:path';
import { hasOption, parseOptions, type OptionSpec, type ParsedArgs } from '../../argv/parse-options.js';
import type { Context } from '../../types.js';
import type { GitInvocation } from './git-invocation.js';

/** Pathspecs whose local changes are overwritten, 'all' for every change, or undefined for none. */
export type Discarded = { paths: string[] } | 'all' | undefined;

const CHECKOUT: OptionSpec[] = [
  { id: 'force', short: ['f'], long: ['force'] },
  { id: 'new-branch', short: ['b', 'B'], value: true },
  { id: 'orphan', long: ['orphan'], value: true },
  { id: 'patch', short: ['p'], long: ['patch'] },
  { id: 'pathspec-from-file', long: ['pathspec-from-file'], value: true },
  { id: 'conflict', long: ['conflict'], value: true },
];
const RESTORE: OptionSpec[] = [
  { id: 'source', short: ['s'], long: ['source'], value: true },
  { id: 'staged', short: ['S'], long: ['staged'] },
  { id: 'worktree', short: ['W'], long: ['worktree'] },
  { id: 'patch', short: ['p'], long: ['patch'] },
  { id: 'pathspec-from-file', long: ['pathspec-from-file'], value: true },
  { id: 'conflict', long: ['conflict'], value: true },
];
const SWITCH: OptionSpec[] = [
  { id: 'force', short: ['f'], long: ['force', 'discard-changes'] },
  { id: 'create', short: ['c', 'C'], long: ['create', 'force-create'], value: true },
  { id: 'orphan', long: ['orphan'], value: true },
];

export function discardedBy(inv: GitInvocation, ctx: Context): Discarded {
  if (inv.subcommand === 'checkout') return checkout(inv, ctx);
  if (inv.subcommand === 'restore') return restore(inv.args);
  if (inv.subcommand === 'rm') return forcedRemove(inv.args);
  if (inv.subcommand === 'switch')
    return hasOption(parseOptions(inv.args, SWITCH, { style: 'gnu' }), 'force') ? 'all' : undefined;
  return undefined;
}

/** `git checkout [-f] [<tree-ish>] [--] <pathspec>…`: without `--`, a first operand that exists as a path is a path. */
function checkout(inv: GitInvocation, ctx: Context): Discarded {
  const parsed = parseOptions(inv.args, CHECKOUT, { style: 'gnu' });
  // -p asks hunk by hunk; an option git does not know makes it refuse, so neither may clear the command.
  if (hasOption(parsed, 'patch') && parsed.unknown.length === 0) return undefined;
  if (hasOption(parsed, 'pathspec-from-file')) return 'all';
  const [before, after] = split(parsed, inv.args);
  const first = before[0];
  const firstIsPath = first !== undefined && !parsed.sawDoubleDash && isPath(first, inv.cwd, ctx);
  const paths = [...(firstIsPath ? before : before.slice(1)), ...after];
  if (paths.length > 0) return { paths };
  return hasOption(parsed, 'force') && !hasOption(parsed, 'new-branch') && !hasOption(parsed, 'orphan')
    ? 'all'
    : undefined;
}

/** `git restore [--source] [--staged] [--worktree] <pathspec>…`: only --staged alone leaves the files alone. */
function restore(args: readonly string[]): Discarded {
  const parsed = parseOptions(args, RESTORE, { style: 'gnu' });
  const onlyIndex = hasOption(parsed, 'patch') || (hasOption(parsed, 'staged') && !hasOption(parsed, 'worktree'));
  if (onlyIndex && parsed.unknown.length === 0) return undefined;
  if (hasOption(parsed, 'pathspec-from-file')) return 'all';
  return parsed.positionals.length > 0 ? { paths: parsed.positionals } : undefined;
}

const RM: OptionSpec[] = [
  { id: 'force', short: ['f'], long: ['force'] },
  { id: 'cached', long: ['cached'] },
  { id: 'dry-run', short: ['n'], long: ['dry-run'] },
  { id: 'recursive', short: ['r'] },
  { id: 'quiet', short: ['q'], long: ['quiet'] },
  { id: 'pathspec-from-file', long: ['pathspec-from-file'], value: true },
];

/** `git rm -f PATHS`: without -f git refuses to remove a file with changes; with it they are gone (--cached keeps the file). */
function forcedRemove(args: readonly string[]): Discarded {
  const parsed = parseOptions(args, RM, { style: 'gnu' });
  if (!hasOption(parsed, 'force') || hasOption(parsed, 'cached') || hasOption(parsed, 'dry-run')) return undefined;
  if (hasOption(parsed, 'pathspec-from-file')) return 'all';
  return parsed.positionals.length > 0 ? { paths: parsed.positionals } : undefined;
}

/** Operands before and after `--`. */
function split(parsed: ParsedArgs, args: readonly string[]): [string[], string[]] {
  const dash = args.indexOf('--');
  if (dash < 0) return [parsed.positionals, []];
  const at = parsed.positionalIndexes.findIndex((i) => i > dash);
  return at < 0 ? [parsed.positionals, []] : [parsed.positionals.slice(0, at), parsed.positionals.slice(at)];
}

function isPath(operand: string, cwd: string, ctx: Context): boolean {
  return (
    operand === '.' ||
    /[*?[]/.test(operand) ||
    operand.startsWith(':') ||
    ctx.fs.stat(posix.resolve(cwd, operand)) !== undefined
  );
}
