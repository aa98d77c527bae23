// Framework consoles that take code on the command line: `python manage.py shell -c CODE`,
// `php artisan tinker --execute=CODE`, `rails runner CODE` (also bin/rails and bundle exec rails).
import { commandName } from '../command-name.js';
import type { Language } from './interpreter-code.js';
import { judgeCode } from './interpreters.js';
import { deeper } from './invocation.js';
import type { WrapperHandler } from './simple-wrappers.js';

/** The value of `--long VALUE`, `--long=VALUE` or `-s VALUE` among args. */
function valueOf(args: readonly string[], long: string, short?: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg.startsWith(`${long}=`)) return arg.slice(long.length + 1);
    if (arg === long || (short !== undefined && arg === short)) return args[i + 1] ?? '';
  }
  return undefined;
}

/** The code a console runs, given the interpreter's arguments (manage.py shell -c …, artisan tinker --execute …). */
export function consoleCode(args: readonly string[], language: Language): string | undefined {
  const at = args.findIndex((a) => !a.startsWith('-'));
  const script = at === -1 ? '' : commandName(args[at] as string);
  const rest = args.slice(at + 1);
  if (language === 'python' && script === 'manage.py' && rest[0] === 'shell') return valueOf(rest, '--command', '-c');
  if (language === 'php' && script === 'artisan' && rest[0] === 'tinker') return valueOf(rest, '--execute');
  return undefined;
}

/** rails runner CODE | rails r CODE: the code is Ruby (a file name is left to the rails pack). */
export const railsHandler: WrapperHandler = (inv, recurse, index) => {
  const sub = inv.argv[1];
  if (sub !== 'runner' && sub !== 'r') return undefined;
  const code = inv.argv.slice(2).find((a) => !a.startsWith('-'));
  if (code === undefined || /^[\w./-]+\.rb$/.test(code)) return undefined;
  return judgeCode(code, 'ruby', 'rails runner', inv, index, recurse);
};

/** bundle exec rails runner …: the same as rails runner. */
export const bundleHandler: WrapperHandler = (inv, recurse) => {
  if (
    inv.argv[1] !== 'exec' ||
    commandName(inv.argv[2] ?? '') !== 'rails' ||
    !['runner', 'r'].includes(inv.argv[3] ?? '')
  )
    return undefined;
  return recurse(deeper(inv, inv.argv.slice(2)));
};
