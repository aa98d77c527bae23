// heroku's options and its command, typed with colons (`pg:reset`) or spaces (`pg reset`).
import { parseOptions, type OptionSpec, type ParsedArgs } from '../../argv/parse-options.js';

const SPECS: OptionSpec[] = [
  { id: 'app', long: ['app'], short: ['a'], value: true },
  { id: 'remote', long: ['remote'], short: ['r'], value: true },
  { id: 'confirm', long: ['confirm'], short: ['c'], value: true },
  { id: 'help', long: ['help'], short: ['h'] },
];
const COMMANDS = ['apps:destroy', 'pg:reset', 'addons:destroy', 'addons:remove', 'pg:backups:delete'];

export interface HerokuParsed {
  args: ParsedArgs;
  /** `apps:destroy` whether typed with colons or spaces. */
  command: string;
  operands: string[];
}

export function parseHeroku(argv: readonly string[]): HerokuParsed {
  const args = parseOptions(argv, SPECS, { style: 'pflag' });
  const words = args.positionals;
  // The CLI accepts `pg backups delete` as well as `pg:backups:delete`.
  for (let n = 3; n >= 1; n--) {
    const command = words.slice(0, n).join(':');
    if (COMMANDS.includes(command) || n === 1) return { args, command, operands: words.slice(n) };
  }
  return { args, command: '', operands: [] };
}
