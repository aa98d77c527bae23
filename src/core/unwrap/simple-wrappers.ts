// Commands that run another command in the same place: sudo, env, nice, timeout … The wrapped
// command is classified as if it were typed directly (with env changes and -C/-D directories).
import { resolve } from 'node:path';
import { hasOption, optionValue, optionValues, type OptionSpec } from '../argv/parse-options.js';
import type { PackIndex } from '../classify.js';
import type { Finding } from '../types.js';
import { splitWords } from '../shell/split-words.js';
import { splitAssignments, splitCommand } from './command-start.js';
import { deeper, type Invocation } from './invocation.js';

export type Recurse = (inv: Invocation) => Finding[];
/** Handles one wrapper: the findings of what it runs, or undefined to classify it as an ordinary command. */
export type WrapperHandler = (inv: Invocation, recurse: Recurse, index: PackIndex) => Finding[] | undefined;

const v = (id: string, short: string[], long: string[] = []): OptionSpec => ({ id, short, long, value: true });
const f = (id: string, short: string[], long: string[] = []): OptionSpec => ({ id, short, long });

/** A wrapper whose options are known; `noRun` options mean it runs nothing (sudo -l, command -v). */
function plain(specs: OptionSpec[], noRun: string[] = [], skipOperands = 0): WrapperHandler {
  return (inv, recurse) => {
    const { options, command } = splitCommand(inv.argv.slice(1), specs);
    if (noRun.some((id) => hasOption(options, id))) return [];
    const inner = command.slice(skipOperands);
    if (inner.length === 0) return [];
    return recurse(deeper(inv, inner));
  };
}

const SUDO_SPECS = [
  v('user', ['u'], ['user']),
  v('group', ['g'], ['group']),
  v('close-from', ['C'], ['close-from']),
  v('chdir', ['D'], ['chdir']),
  v('host', ['h'], ['host']),
  v('prompt', ['p'], ['prompt']),
  v('role', ['r'], ['role']),
  v('type', ['t'], ['type']),
  v('timeout', ['T'], ['command-timeout']),
  v('other-user', ['U'], ['other-user']),
  f('list', ['l'], ['list']),
  f('validate', ['v'], ['validate']),
  f('edit', ['e'], ['edit']),
  f('version', ['V'], ['version']),
  f('help', [], ['help']),
  f('remove-timestamp', ['K'], ['remove-timestamp']),
];

function sudo(inv: Invocation, recurse: Recurse): Finding[] | undefined {
  const { options, command } = splitCommand(inv.argv.slice(1), SUDO_SPECS);
  if (['list', 'validate', 'edit', 'version', 'help', 'remove-timestamp'].some((id) => hasOption(options, id)))
    return [];
  const { assignments, rest } = splitAssignments(command);
  if (rest.length === 0) return [];
  const dir = optionValue(options, 'chdir');
  const ctx = {
    ...inv.ctx,
    env: { ...inv.ctx.env, ...assignments },
    cwd: dir ? resolve(inv.ctx.cwd, dir) : inv.ctx.cwd,
  };
  return recurse(deeper(inv, rest, ctx));
}

const ENV_SPECS = [
  v('unset', ['u'], ['unset']),
  v('chdir', ['C'], ['chdir']),
  v('split', ['S'], ['split-string']),
  f('ignore', ['i'], ['ignore-environment']),
  f('null', ['0'], ['null']),
];

/** env [-i] [-u NAME] [-C DIR] [-S STRING] [NAME=VALUE…] COMMAND: the assignments feed the command's environment. */
function env(inv: Invocation, recurse: Recurse): Finding[] | undefined {
  const { options, command } = splitCommand(inv.argv.slice(1), ENV_SPECS);
  let words = command;
  const split = optionValue(options, 'split');
  if (split !== undefined) words = [...splitWords(split), ...command];
  const { assignments, rest } = splitAssignments(words);
  if (rest.length === 0) return [];
  const base: Record<string, string | undefined> = hasOption(options, 'ignore') ? {} : { ...inv.ctx.env };
  for (const name of optionValues(options, 'unset')) delete base[name];
  const dir = optionValue(options, 'chdir');
  const ctx = { ...inv.ctx, env: { ...base, ...assignments }, cwd: dir ? resolve(inv.ctx.cwd, dir) : inv.ctx.cwd };
  return recurse(deeper(inv, rest, ctx));
}

export const SIMPLE_WRAPPERS: Record<string, WrapperHandler> = {
  sudo,
  doas: plain([v('user', ['u']), v('config', ['C']), f('shell', ['s']), f('n', ['n'])], ['config']),
  env,
  command: plain([f('p', ['p']), f('v', ['v']), f('V', ['V'])], ['v', 'V']),
  builtin: plain([]),
  exec: plain([f('c', ['c']), f('l', ['l']), v('a', ['a'])]),
  nohup: plain([]),
  setsid: plain([f('c', ['c'], ['ctty']), f('f', ['f'], ['fork']), f('w', ['w'], ['wait'])]),
  time: plain([
    f('p', ['p'], ['portability']),
    v('format', ['f'], ['format']),
    v('output', ['o'], ['output']),
    f('append', ['a'], ['append']),
    f('verbose', ['v'], ['verbose']),
    f('quiet', ['q'], ['quiet']),
  ]),
  timeout: plain(
    [
      v('signal', ['s'], ['signal']),
      v('kill-after', ['k'], ['kill-after']),
      f('foreground', [], ['foreground']),
      f('preserve', [], ['preserve-status']),
      f('verbose', ['v'], ['verbose']),
    ],
    [],
    1,
  ),
  nice: plain([v('adjustment', ['n'], ['adjustment'])]),
  ionice: plain(
    [
      v('class', ['c'], ['class']),
      v('classdata', ['n'], ['classdata']),
      f('pid', ['p'], ['pid']),
      f('pgid', ['P'], ['pgid']),
      f('uid', ['u'], ['uid']),
      f('ignore', ['t'], ['ignore']),
    ],
    ['pid', 'pgid', 'uid'],
  ),
  stdbuf: plain([v('input', ['i'], ['input']), v('output', ['o'], ['output']), v('error', ['e'], ['error'])]),
  unbuffer: plain([f('p', ['p'])]),
  busybox: plain([]),
  chrt: plain([f('a', ['a'], ['all-tasks']), f('p', ['p'], ['pid'])], ['p'], 1),
  taskset: plain([f('a', ['a'], ['all-tasks']), f('p', ['p'], ['pid']), f('c', ['c'], ['cpu-list'])], ['p'], 1),
};
