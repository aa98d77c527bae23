// An unknown command whose arguments spell a guarded command (`somewrapper rm -rf ~`): it most
// likely runs them, so they are judged as if it did. Commands that only print or search text do not.
import { packFor, type PackIndex } from '../classify.js';
import { commandName } from '../command-name.js';
import type { Finding } from '../types.js';
import { deeper, type Invocation } from './invocation.js';
import type { Recurse } from './simple-wrappers.js';

/** Commands whose arguments are text, patterns, names or files, never a command they run. */
const TEXT_COMMANDS = new Set([
  'echo',
  'printf',
  'print',
  'grep',
  'egrep',
  'fgrep',
  'rg',
  'ag',
  'ack',
  'git',
  'man',
  'info',
  'whatis',
  'apropos',
  'which',
  'whereis',
  'type',
  'help',
  'hash',
  'cat',
  'less',
  'more',
  'head',
  'tail',
  'wc',
  'sort',
  'uniq',
  'tr',
  'cut',
  'paste',
  'column',
  'fold',
  'test',
  '[',
  '[[',
  'true',
  'false',
  ':',
  'read',
  'export',
  'declare',
  'typeset',
  'local',
  'readonly',
  'alias',
  'unalias',
  'unset',
  'set',
  'shift',
  'let',
  'complete',
  'compgen',
  'touch',
  'mkdir',
  'ls',
  'stat',
  'file',
  'cd',
  'pushd',
  'popd',
  'diff',
  'cmp',
  'comm',
  'basename',
  'dirname',
  'realpath',
  'readlink',
  'printenv',
  'tldr',
  'cheat',
  'apt',
  'apt-get',
  'apt-cache',
  'dpkg',
  'brew',
  'pip',
  'pip3',
  'cargo',
  'go',
  'npm',
  'yarn',
  'pnpm',
  'npx',
  'say',
  'notify-send',
  'logger',
  'wall',
  'write',
  'mail',
  'jq',
  'yq',
  'kill',
  'pkill',
  'pgrep',
  'killall',
  'history',
  'fc',
  'dirs',
]);

export function spelledCommand(
  inv: Invocation,
  recurse: Recurse,
  index: PackIndex,
  isWrapper: (name: string) => boolean,
): Finding[] {
  const name = commandName(inv.argv[0] ?? '');
  if (TEXT_COMMANDS.has(name) || packFor(index, name)) return [];
  for (let i = 1; i < inv.argv.length; i++) {
    const word = inv.argv[i] as string;
    if (word.startsWith('-') || word === '') continue;
    const inner = commandName(word);
    if (!packFor(index, inner) && !isWrapper(inner)) continue;
    const note = `${name} is not a command guard knows, and its arguments spell \`${inv.argv.slice(i).join(' ').slice(0, 80)}\`: judged as if it runs it`;
    return recurse(deeper(inv, inv.argv.slice(i))).map((f) => ({ ...f, details: [note, ...f.details] }));
  }
  return [];
}
