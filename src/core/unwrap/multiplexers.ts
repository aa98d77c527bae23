// tmux and screen: commands that start a program in a new pane/window, and send-keys / -X stuff,
// which type text into a pane's shell. What they run or type is judged as a shell line.
import type { PackIndex } from '../classify.js';
import type { Finding } from '../types.js';
import { deeper, type Invocation } from './invocation.js';
import { withPtyDriver } from './pty-driver-finding.js';
import { innerLine } from './pty-drivers.js';
import type { Recurse, WrapperHandler } from './simple-wrappers.js';

const TMUX_GLOBAL_VALUE = new Set(['-L', '-S', '-f', '-c', '-T']);
/** Options taking a value, per tmux command that runs a shell command; the command follows them. */
const RUNS: Record<string, string> = {
  'new-session': 'cefnstxyFX',
  new: 'cefnstxyFX',
  'new-window': 'cefntFS',
  neww: 'cefntFS',
  'split-window': 'cefltFp',
  splitw: 'cefltFp',
  'respawn-pane': 'cet',
  respawnp: 'cet',
  'respawn-window': 'cet',
  respawnw: 'cet',
  'run-shell': 'cdt',
  run: 'cdt',
  'display-popup': 'bcdehsStTwxy',
  popup: 'bcdehsStTwxy',
  'pipe-pane': 't',
  pipep: 't',
};
const SEND_VALUE = 'NtcT';
const KEY_TEXT: Record<string, string> = {
  Enter: '\n',
  'C-m': '\n',
  'C-j': '\n',
  KPEnter: '\n',
  Space: ' ',
  Tab: '\t',
  'C-i': '\t',
};

/** Splits `tmux [globals] cmd args \; cmd args` into commands. */
function tmuxCommands(args: readonly string[]): { global: string[]; commands: string[][] } {
  let i = 0;
  const global: string[] = [];
  for (; i < args.length && (args[i] as string).startsWith('-'); i++) {
    global.push(args[i] as string);
    if (TMUX_GLOBAL_VALUE.has(args[i] as string)) global.push(args[++i] ?? '');
  }
  const commands: string[][] = [[]];
  for (; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === ';' || arg === '\\;') commands.push([]);
    else if (arg.endsWith('\\;') || (arg.endsWith(';') && arg.length > 1)) {
      (commands[commands.length - 1] as string[]).push(arg.replace(/\\?;$/, ''));
      commands.push([]);
    } else (commands[commands.length - 1] as string[]).push(arg);
  }
  return { global, commands: commands.filter((c) => c.length > 0) };
}

/** Skips short options (with values from `valued`), returning the operands. */
function operands(args: readonly string[], valued: string): string[] {
  let i = 0;
  for (; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') return args.slice(i + 1);
    if (!arg.startsWith('-') || arg === '-') break;
    const letters = arg.slice(1);
    const at = [...letters].findIndex((ch) => valued.includes(ch));
    if (at >= 0 && at === letters.length - 1) i++;
  }
  return args.slice(i);
}

/** send-keys KEYS…: the text they would type, key names turned into what they type. */
export function typedText(keys: readonly string[], literal: boolean): string {
  return keys
    .map((k) =>
      literal ? k : (KEY_TEXT[k] ?? (/^(C-|M-|S-|Escape$|BSpace$|Up$|Down$|Left$|Right$|F\d+$)/.test(k) ? '' : k)),
    )
    .join('');
}

/** A shell command given as one word is a line; as several words, an argv. */
function runShellCommand(
  inv: Invocation,
  index: PackIndex,
  recurse: Recurse,
  words: string[],
  label: string,
): Finding[] {
  if (words.length === 0) return [];
  return words.length === 1 ? innerLine(inv, index, words[0] as string, label) : recurse(deeper(inv, words));
}

const tmux: WrapperHandler = (inv, recurse, index) => {
  const { global, commands } = tmuxCommands(inv.argv.slice(1));
  const inner: Finding[] = [];
  const shellCommand = global.indexOf('-c');
  if (shellCommand >= 0) inner.push(...innerLine(inv, index, global[shellCommand + 1] ?? '', 'tmux -c'));
  for (const [name, ...args] of commands) {
    if (name === undefined) continue;
    if (name === 'send-keys' || name === 'send') {
      const literal = args.some((a) => /^-[A-Za-z]*l/.test(a));
      inner.push(
        ...innerLine(inv, index, typedText(operands(args, SEND_VALUE), literal), 'tmux send-keys', {
          kind: 'terminal',
        }),
      );
    } else if (RUNS[name] !== undefined)
      inner.push(...runShellCommand(inv, index, recurse, operands(args, RUNS[name] as string), `tmux ${name}`));
  }
  return withPtyDriver('tmux', inner);
};

const SCREEN_VALUE = new Set(['-S', '-c', '-e', '-h', '-p', '-T', '-t', '-s', '-L', '-Logfile']);

/** screen [-dmS name] CMD ARGS, and screen [-S name] -X stuff TEXT / -X screen CMD. */
const screen: WrapperHandler = (inv, recurse, index) => {
  const args = inv.argv.slice(1);
  const inner: Finding[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '-X' || arg === '-Q') {
      const [command, ...rest] = args.slice(i + 1);
      if (command === 'stuff')
        inner.push(...innerLine(inv, index, screenText(rest.join(' ')), 'screen -X stuff', { kind: 'terminal' }));
      else if (command === 'screen' || command === 'exec')
        inner.push(...runShellCommand(inv, index, recurse, operands(rest, 'tnThT'), `screen -X ${command}`));
      break;
    }
    if (SCREEN_VALUE.has(arg)) i++;
    else if (arg === '-x' || arg === '-r' || arg === '-R' || arg === '-ls' || arg === '-list') break;
    else if (!arg.startsWith('-')) {
      inner.push(...recurse(deeper(inv, args.slice(i))));
      break;
    }
  }
  return withPtyDriver('screen', inner);
};

/** screen's string escapes: ^M and \r/\n end a line, \NNN is octal. */
function screenText(text: string): string {
  return text
    .replace(/\^[MJ]|\\[rn]|\\0?1[25]/g, '\n')
    .replace(/\\(\d{3})/g, (_m, o: string) => String.fromCharCode(parseInt(o, 8)));
}

export const MULTIPLEXERS: Record<string, WrapperHandler> = { tmux, screen };
