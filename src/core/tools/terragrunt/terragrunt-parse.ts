import { posix } from 'node:path';
import type { Context } from '../../types.js';
import { gitToplevel } from '../git/git-toplevel.js';

const VALUED = new Set([
  '--terragrunt-working-dir',
  '--working-dir',
  '--terragrunt-config',
  '--config',
  '--terragrunt-include-dir',
  '--terragrunt-exclude-dir',
  '--queue-include-dir',
  '--queue-exclude-dir',
  '--terragrunt-parallelism',
  '--parallelism',
  '--terragrunt-iam-role',
  '--iam-assume-role',
  '--terragrunt-source',
  '--source',
  '--terragrunt-tfpath',
  '--tf-path',
  '--terragrunt-log-level',
  '--log-level',
  '-var',
  '-var-file',
  '-target',
]);

export interface TerragruntParsed {
  /** Every unit under the working directory (run-all, destroy-all, run --all). */
  all: boolean;
  destroy: boolean;
  help: boolean;
  workingDir?: string;
  autoApprove: boolean;
}

export function parseTerragrunt(args: readonly string[]): TerragruntParsed {
  const words: string[] = [];
  const flags = new Set<string>();
  let workingDir: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') continue;
    if (!arg.startsWith('-')) {
      words.push(arg);
      continue;
    }
    const [name, inline] = arg.split('=', 2) as [string, string | undefined];
    const value = inline ?? (VALUED.has(name) ? args[++i] : undefined);
    if (name === '--terragrunt-working-dir' || name === '--working-dir') workingDir = value;
    flags.add(name.replace(/^--?/, ''));
  }
  const all = words.includes('run-all') || words.includes('destroy-all') || flags.has('all') || flags.has('graph');
  const command = words.filter((w) => !['run', 'run-all'].includes(w));
  const destroy =
    command[0] === 'destroy' || command[0] === 'destroy-all' || (command[0] === 'apply' && flags.has('destroy'));
  return {
    all,
    destroy,
    help: flags.has('help') || flags.has('h') || words.includes('help'),
    workingDir,
    autoApprove: flags.has('auto-approve') || flags.has('non-interactive') || flags.has('terragrunt-non-interactive'),
  };
}

/** The directory as a person knows it: `repo/live/prod` inside a repository, else the absolute path. */
export function displayDir(dir: string, ctx: Context): string {
  const abs = posix.resolve(ctx.cwd, dir);
  const top = gitToplevel(ctx, abs);
  if (!top) return abs;
  const rel = posix.relative(top, abs);
  return rel ? `${posix.basename(top)}/${rel}` : posix.basename(top);
}
