// Commands that build argv from input: xargs, parallel; and watch, which runs a line repeatedly.
import { hasOption, optionValue, type OptionSpec } from '../argv/parse-options.js';
import { analyseLine } from '../shell/analyse-line.js';
import { splitCommand } from './command-start.js';
import { deeper, UNKNOWN, type StdinSource } from './invocation.js';
import type { WrapperHandler } from './simple-wrappers.js';

const v = (id: string, short: string[], long: string[] = []): OptionSpec => ({ id, short, long, value: true });
const o = (id: string, short: string[], long: string[] = []): OptionSpec => ({ id, short, long, value: 'optional' });
const f = (id: string, short: string[], long: string[] = []): OptionSpec => ({ id, short, long });

const XARGS_SPECS = [
  v('arg-file', ['a'], ['arg-file']),
  v('delimiter', ['d'], ['delimiter']),
  v('eof', ['E']),
  o('eof-opt', ['e'], ['eof']),
  v('replace', ['I']),
  o('replace-opt', ['i'], ['replace']),
  v('max-lines', ['L']),
  o('max-lines-opt', ['l'], ['max-lines']),
  v('max-args', ['n'], ['max-args']),
  v('max-procs', ['P'], ['max-procs']),
  v('max-chars', ['s'], ['max-chars']),
  v('slot', [], ['process-slot-var']),
  f('null', ['0'], ['null']),
  f('no-run', ['r'], ['no-run-if-empty']),
  f('verbose', ['t'], ['verbose']),
  f('interactive', ['p'], ['interactive']),
  f('exit', ['x'], ['exit']),
  f('open-tty', ['o'], ['open-tty']),
  f('show-limits', [], ['show-limits']),
];

/** Input items xargs builds commands from, when guard knows them; more than this and they count as unknown. */
const MAX_ITEMS = 64;

/**
 * xargs [OPTIONS] [COMMAND [ARGS]]: input items become operands. Items guard can read (echo, printf, a
 * heredoc, a glob listed by ls, files found by find) are judged as they are; otherwise they are unknown.
 */
export const xargsHandler: WrapperHandler = (inv, recurse) => {
  const { options, command } = splitCommand(inv.argv.slice(1), XARGS_SPECS);
  const inner = command.length > 0 ? command : ['echo'];
  const replace =
    optionValue(options, 'replace') ??
    (hasOption(options, 'replace-opt') ? (optionValue(options, 'replace-opt') ?? '{}') : undefined);
  // No items (an empty or missing file, an empty echo): judged as unknown, as before guard read them.
  const read = knownItems(inv.stdin, hasOption(options, 'null') ? '\0' : optionValue(options, 'delimiter'));
  const items = read !== undefined && read.length > 0 ? read : undefined;
  if (items !== undefined && replace === undefined) return recurse(deeper(inv, [...inner, ...items]));
  if (items !== undefined && replace !== undefined) {
    return items.flatMap((item) =>
      recurse(
        deeper(
          inv,
          inner.map((a, k) => (k > 0 ? a.split(replace).join(item) : a)),
        ),
      ),
    );
  }
  // A replaced word that is a path becomes "a name under it"; inside a script (spaces) anything could appear.
  const argv =
    replace === undefined
      ? [...inner, UNKNOWN]
      : inner.map((a, k) =>
          k > 0 && a.includes(replace) ? a.split(replace).join(a === replace || /\s/.test(a) ? UNKNOWN : '{}') : a,
        );
  return recurse(deeper(inv, argv));
};

/** The items of a known input: split on blanks and newlines (quotes as xargs reads them), NULs (-0) or a delimiter (-d). */
function knownItems(stdin: StdinSource, delimiter: string | undefined): string[] | undefined {
  if (stdin.kind !== 'text' || stdin.text.includes(UNKNOWN)) return undefined;
  const text = stdin.text;
  const items =
    delimiter !== undefined
      ? text.split(delimiter === '\\n' ? '\n' : delimiter).filter((x, k, all) => x !== '' || k < all.length - 1)
      : blankSplit(text);
  return items === undefined || items.length > MAX_ITEMS ? undefined : items;
}

/** xargs' default reading: blanks separate items; single and double quotes and backslashes group them. */
function blankSplit(text: string): string[] | undefined {
  const items: string[] = [];
  let current = '';
  let has = false;
  for (let k = 0; k < text.length; k++) {
    const c = text[k] as string;
    if (c === "'" || c === '"') {
      const end = text.indexOf(c, k + 1);
      if (end < 0) return undefined;
      current += text.slice(k + 1, end);
      has = true;
      k = end;
    } else if (c === '\\' && k + 1 < text.length) {
      current += text[++k];
      has = true;
    } else if (/\s/.test(c)) {
      if (has) items.push(current);
      current = '';
      has = false;
      if (items.length > MAX_ITEMS) return items;
    } else {
      current += c;
      has = true;
    }
  }
  if (has) items.push(current);
  return items;
}

const PARALLEL_VALUES = ['j', 'a', 'd', 'I', 'n', 'N', 'S', 'C', 'E', 'P'];
const PARALLEL_LONG_VALUES = [
  'jobs',
  'arg-file',
  'delimiter',
  'sshlogin',
  'colsep',
  'results',
  'joblog',
  'tmpdir',
  'workdir',
  'max-args',
  'max-replace-args',
  'timeout',
  'retries',
  'delay',
  'halt',
  'memfree',
  'load',
  'basefile',
  'return',
];
const PARALLEL_SPECS: OptionSpec[] = [
  ...PARALLEL_VALUES.map((s) => v(s, [s])),
  ...PARALLEL_LONG_VALUES.map((l) => v(l, [], [l])),
];

/** parallel [OPTIONS] COMMAND ::: ARGS: the command (a shell line) runs once per argument. */
export const parallelHandler: WrapperHandler = (inv, _recurse, index) => {
  const { command } = splitCommand(inv.argv.slice(1), PARALLEL_SPECS);
  const sep = command.findIndex((a) => a.startsWith(':::'));
  const template = (sep === -1 ? command : command.slice(0, sep)).join(' ');
  if (template === '') return [];
  const inputs =
    sep === -1 || command[sep] !== ':::' ? [UNKNOWN] : command.slice(sep + 1).filter((a) => !a.startsWith(':::'));
  const findings = [];
  for (const input of inputs.length > 0 ? inputs : [UNKNOWN]) {
    const line = template.includes('{}') ? template.split('{}').join(quote(input)) : `${template} ${quote(input)}`;
    findings.push(...analyseLine(line, inv.ctx, index, { depth: inv.depth + 1, stdin: inv.stdin }));
  }
  return findings;
};

const WATCH_SPECS = [
  v('interval', ['n'], ['interval']),
  o('differences', ['d'], ['differences']),
  f('exec', ['x'], ['exec']),
  f(
    't',
    ['t', 'b', 'e', 'g', 'c', 'p', 'w', 'r', 'f'],
    ['no-title', 'beep', 'errexit', 'chgexit', 'color', 'precise', 'no-wrap', 'no-rerun', 'follow'],
  ),
];

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
