// Commands that build argv from input: xargs, parallel; and watch, which runs a line repeatedly.
import { hasOption, optionValue, type OptionSpec } from '../argv/parse-options.js';
import { analyseLine } from '../shell/analyse-line.js';
import { splitCommand } from './command-start.js';
import { deeper, UNKNOWN } from './invocation.js';
import type { WrapperHandler } from './simple-wrappers.js';

const v = (id: string, short: string[], long: string[] = []): OptionSpec => ({ id, short, long, value: true });
const o = (id: string, short: string[], long: string[] = []): OptionSpec => ({ id, short, long, value: 'optional' });
const f = (id: string, short: string[], long: string[] = []): OptionSpec => ({ id, short, long });

const XARGS_SPECS = [
  v('arg-file', ['a'], ['arg-file']), v('delimiter', ['d'], ['delimiter']), v('eof', ['E']), o('eof-opt', ['e'], ['eof']),
  v('replace', ['I']), o('replace-opt', ['i'], ['replace']), v('max-lines', ['L']), o('max-lines-opt', ['l'], ['max-lines']),
  v('max-args', ['n'], ['max-args']), v('max-procs', ['P'], ['max-procs']), v('max-chars', ['s'], ['max-chars']), v('slot', [], ['process-slot-var']),
  f('null', ['0'], ['null']), f('no-run', ['r'], ['no-run-if-empty']), f('verbose', ['t'], ['verbose']), f('interactive', ['p'], ['interactive']),
  f('exit', ['x'], ['exit']), f('open-tty', ['o'], ['open-tty']), f('show-limits', [], ['show-limits']),
];

/** xargs [OPTIONS] [COMMAND [ARGS]]: input lines become operands guard cannot see. */
export const xargsHandler: WrapperHandler = (inv, recurse) => {
  const { options, command } = splitCommand(inv.argv.slice(1), XARGS_SPECS);
  const inner = command.length > 0 ? command : ['echo'];
  const replace = optionValue(options, 'replace') ?? (hasOption(options, 'replace-opt') ? (optionValue(options, 'replace-opt') ?? '{}') : undefined);
  // A replaced word that is a path becomes "a name under it"; inside a script (spaces) anything could appear.
  const argv = replace === undefined ? [...inner, UNKNOWN] : inner.map((a, k) => (k > 0 && a.includes(replace) ? a.split(replace).join(a === replace || /\s/.test(a) ? UNKNOWN : '{}') : a));
  return recurse(deeper(inv, argv));
};

const PARALLEL_VALUES = ['j', 'a', 'd', 'I', 'n', 'N', 'S', 'C', 'E', 'P'];
const PARALLEL_LONG_VALUES = ['jobs', 'arg-file', 'delimiter', 'sshlogin', 'colsep', 'results', 'joblog', 'tmpdir', 'workdir', 'max-args', 'max-replace-args', 'timeout', 'retries', 'delay', 'halt', 'memfree', 'load', 'basefile', 'return'];
const PARALLEL_SPECS: OptionSpec[] = [...PARALLEL_VALUES.map((s) => v(s, [s])), ...PARALLEL_LONG_VALUES.map((l) => v(l, [], [l]))];

/** parallel [OPTIONS] COMMAND ::: ARGS: the command (a shell line) runs once per argument. */
export const parallelHandler: WrapperHandler = (inv, _recurse, index) => {
  const { command } = splitCommand(inv.argv.slice(1), PARALLEL_SPECS);
  const sep = command.findIndex((a) => a.startsWith(':::'));
  const template = (sep === -1 ? command : command.slice(0, sep)).join(' ');
  if (template === '') return [];
  const inputs = sep === -1 || command[sep] !== ':::' ? [UNKNOWN] : command.slice(sep + 1).filter((a) => !a.startsWith(':::'));
  const findings = [];
  for (const input of inputs.length > 0 ? inputs : [UNKNOWN]) {
    const line = template.includes('{}') ? template.split('{}').join(quote(input)) : `${template} ${quote(input)}`;
    findings.push(...analyseLine(line, inv.ctx, index, { depth: inv.depth + 1, stdin: inv.stdin }));
  }
  return findings;
};

const WATCH_SPECS = [v('interval', ['n'], ['interval']), o('differences', ['d'], ['differences']), f('exec', ['x'], ['exec']), f('t', ['t', 'b', 'e', 'g', 'c', 'p', 'w', 'r', 'f'], ['no-title', 'beep', 'errexit', 'chgexit', 'color', 'precise', 'no-wrap', 'no-rerun', 'follow'])];

/** watch [OPTIONS] COMMAND…: joined and run with sh -c, unless -x. */
export const watchHandler: WrapperHandler = (inv, recurse, index) => {
  const { options, command } = splitCommand(inv.argv.slice(1), WATCH_SPECS);
  if (command.length === 0) return [];
  if (hasOption(options, 'exec')) return recurse(deeper(inv, command));
  return analyseLine(command.join(' '), inv.ctx, index, { depth: inv.depth + 1, stdin: inv.stdin });
};

function quote(word: string): string {
  return word === UNKNOWN ? `"${UNKNOWN}"` : `'${word.replace(/'/g, `'\\''`)}'`;
}
