// Read-only probes of what a local git operation would lose.
import { posix } from 'node:path';
import { hasOption, optionValues, parseOptions, type ParsedArgs } from '../../argv/parse-options.js';
import type { Context } from '../../types.js';
import type { GitInvocation } from './git-invocation.js';

export type ProbeAnswer = { ok: true; lines: string[] } | { ok: false; why: string };

export function probeLines(inv: GitInvocation, args: string[], ctx: Context): ProbeAnswer {
  if (!ctx.probe) return { ok: false, why: `guard could not run \`git ${args.join(' ')}\` here` };
  const result = ctx.probe('git', args, { cwd: inv.cwd });
  if (!result.ok)
    return {
      ok: false,
      why: `\`git ${args.join(' ')}\` failed (${result.stderr.trim().split('\n')[0] || `exit ${result.code}`})`,
    };
  return { ok: true, lines: result.stdout.split('\n').filter((l) => l.trim() !== '') };
}

/** What a human calls the repository: its top-level directory's name. */
export function repoName(inv: GitInvocation): string {
  return posix.basename(inv.repo?.top ?? inv.cwd) || '/';
}

export function listSome(items: string[], max = 5): string {
  return items.length <= max ? items.join(', ') : `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

export function parseClean(args: readonly string[]): ParsedArgs {
  return parseOptions(
    args,
    [
      { id: 'force', short: ['f'], long: ['force'] },
      { id: 'dirs', short: ['d'] },
      { id: 'ignored', short: ['x'] },
      { id: 'only-ignored', short: ['X'] },
      { id: 'dry-run', short: ['n'], long: ['dry-run'] },
      { id: 'interactive', short: ['i'], long: ['interactive'] },
      { id: 'exclude', short: ['e'], long: ['exclude'], value: true },
      { id: 'quiet', short: ['q'], long: ['quiet'] },
    ],
    { style: 'gnu' },
  );
}

/** The `git clean -n …` that lists exactly what this clean would delete. */
export function cleanDryRunArgs(parsed: ParsedArgs): string[] {
  const flags = [
    hasOption(parsed, 'dirs') ? '-d' : '',
    hasOption(parsed, 'ignored') ? '-x' : '',
    hasOption(parsed, 'only-ignored') ? '-X' : '',
  ].filter(Boolean);
  const forces = parsed.options.filter((o) => o.id === 'force').length;
  return [
    'clean',
    '-n',
    ...(forces >= 2 ? ['-f', '-f'] : []),
    ...flags,
    ...optionValues(parsed, 'exclude').flatMap((e) => ['-e', e]),
    ...(parsed.positionals.length > 0 ? ['--', ...parsed.positionals] : []),
  ];
}
