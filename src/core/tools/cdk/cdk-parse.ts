import { hasOption, parseOptions, type ParsedArgs } from '../../argv/parse-options.js';

const SPECS = [
  { id: 'profile', long: ['profile'], value: true },
  { id: 'app', long: ['app'], short: ['a'], value: true },
  { id: 'context', long: ['context'], short: ['c'], value: true },
  { id: 'output', long: ['output'], short: ['o'], value: true },
  { id: 'role-arn', long: ['role-arn'], short: ['r'], value: true },
  { id: 'all', long: ['all'] },
  { id: 'force', long: ['force'], short: ['f'] },
  { id: 'exclusively', long: ['exclusively'], short: ['e'] },
  { id: 'help', long: ['help'], short: ['h'] },
];

export function parseCdk(args: readonly string[]): ParsedArgs {
  return parseOptions(args, SPECS, { style: 'pflag' });
}

/** The stacks `cdk destroy` would delete, or undefined when it is another command. */
export function destroyedStacks(p: ParsedArgs): string[] | undefined {
  if (hasOption(p, 'help') || p.positionals[0] !== 'destroy') return undefined;
  if (hasOption(p, 'all')) return ['all-stacks'];
  const stacks = p.positionals.slice(1);
  return stacks.length > 0 ? stacks : ['the-only-stack'];
}
