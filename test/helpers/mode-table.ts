// The command table of the mode-equivalence tests: rule examples of every built-in pack, and lines
// written for the drifts and wrappers the modes once disagreed on.
import { builtinPacks } from '../../rules/index.js';
import type { RuleExample } from '../../src/core/rule.js';
import { packExamples } from './pack-inputs.js';

export interface TableRow {
  example: RuleExample;
  /** What the rule example says (undefined for our own lines, judged only for agreement). */
  expected?: 'confirm' | 'allow';
  /** True when the row needs nothing but argv and env (it can be run in a real process). */
  portable: boolean;
}

/** Commands written for this table: the two drifts of issue 18, wrappers, and benign look-alikes. */
export const OWN_LINES: readonly { argv: string[]; expected: 'confirm' | 'allow' }[] = [
  { argv: ['sudo', 'psql', '-c', 'DROP TABLE users'], expected: 'confirm' },
  { argv: ['psql', '-c', 'SELEC * FROM users'], expected: 'confirm' },
  { argv: ['psql', '-c', 'SELECT * FROM users'], expected: 'allow' },
  {
    argv: ['sudo', '-u', 'postgres', 'env', 'PGHOST=db.internal', 'psql', '-c', 'TRUNCATE orders'],
    expected: 'confirm',
  },
  { argv: ['nice', '-n', '5', 'terraform', 'destroy', '-auto-approve'], expected: 'confirm' },
  { argv: ['timeout', '30', 'kubectl', 'delete', 'namespace', 'prod'], expected: 'confirm' },
  { argv: ['bash', '-c', 'rm -rf /srv/data'], expected: 'confirm' },
  { argv: ['sh', '-c', 'echo hello && ls -la'], expected: 'allow' },
  { argv: ['env', 'FOO=1', 'ls'], expected: 'allow' },
  { argv: ['git', 'push', '--force', 'origin', 'main'], expected: 'confirm' },
  { argv: ['git', 'status'], expected: 'allow' },
  { argv: ['redis-cli', 'FLUSHALL'], expected: 'confirm' },
  { argv: ['redis-cli', 'GET', 'key'], expected: 'allow' },
  { argv: ['xargs', 'rm', '-rf'], expected: 'confirm' },
  { argv: ['find', '/', '-delete'], expected: 'confirm' },
  { argv: ['find', '/srv', '-name', '*.log', '-print'], expected: 'allow' },
];

/** Single-quotes what a POSIX shell would split or expand, so the line means exactly the argv. */
export function lineOf(argv: readonly string[]): string {
  return argv.map((a) => (a !== '' && /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}

/** Every distinct rule example (by argv, env and world), then our own lines. */
export function modeTable(): TableRow[] {
  const rows = new Map<string, TableRow>();
  for (const pack of builtinPacks) {
    for (const { kind, example } of packExamples(pack)) {
      const key = JSON.stringify(example);
      if (rows.has(key)) continue;
      const portable =
        !example.files &&
        !example.dirs &&
        !example.links &&
        !example.probes &&
        example.stdin === undefined &&
        example.cwd === undefined;
      rows.set(key, { example, expected: kind === 'destructive' ? 'confirm' : 'allow', portable });
    }
  }
  for (const own of OWN_LINES)
    rows.set(JSON.stringify(own.argv), { example: { argv: own.argv }, expected: own.expected, portable: true });
  return [...rows.values()];
}
