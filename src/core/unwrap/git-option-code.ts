// git runs code named in its options: -c core.fsmonitor=CMD, core.sshCommand, alias.NAME=!CMD,
// core.hooksPath=DIR, rebase --exec CMD, bisect run CMD. Each command is judged as a shell line.
import { FOLLOWERS } from '../follow/index.js';
import type { Finding } from '../types.js';
import { analyseLine } from '../shell/analyse-line.js';
import { deeper } from './invocation.js';
import { classifyLeaf } from './leaf.js';
import { opaqueFinding } from './shell-findings.js';
import type { WrapperHandler } from './simple-wrappers.js';

/** Config keys whose value git runs as a shell command. */
const COMMAND_KEYS =
  /^(?:core\.(?:fsmonitor|sshcommand|editor|pager|askpass)|sequence\.editor|diff\.external|gpg(?:\.\w+)?\.program|(?:merge|diff)tool\.[^.]+\.cmd|filter\.[^.]+\.(?:clean|smudge|process)|remote\.[^.]+\.(?:uploadpack|receivepack)|uploadpack\.packobjectshook|credential\.helper|pager\.[^.]+)$/;
const GLOBAL_VALUES = new Set([
  '-C',
  '-c',
  '--git-dir',
  '--work-tree',
  '--namespace',
  '--config-env',
  '--exec-path',
  '--super-prefix',
]);

export const gitOptionCode: WrapperHandler = (inv, recurse, index) => {
  const args = inv.argv.slice(1);
  const configs: [string, string][] = [];
  let i = 0;
  for (; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith('-')) break;
    if (arg === '-c') {
      const pair = args[i + 1] ?? '';
      const eq = pair.indexOf('=');
      configs.push(eq === -1 ? [pair.toLowerCase(), 'true'] : [pair.slice(0, eq).toLowerCase(), pair.slice(eq + 1)]);
    }
    if (GLOBAL_VALUES.has(arg)) i++;
  }
  const sub = args[i];
  const rest = args.slice(i + 1);
  const line = (text: string): Finding[] => analyseLine(text, inv.ctx, index, { depth: inv.depth + 1 });
  const findings: Finding[] = [];
  for (const [key, value] of configs) {
    if (COMMAND_KEYS.test(key) && !/^(?:true|false|yes|no|on|off|0|1|)$/i.test(value))
      findings.push(...line(value.replace(/^!/, '')));
    else if (key === 'core.hookspath')
      findings.push(
        opaqueFinding(
          'git-hooks-path',
          `git -c core.hooksPath=${value} runs hooks from a directory guard does not read`,
        ),
      );
    else if (key === `alias.${sub?.toLowerCase()}` && value.startsWith('!'))
      findings.push(...line([value.slice(1), ...rest.map(quote)].join(' ')));
  }
  if (sub === 'rebase') {
    for (let k = 0; k < rest.length; k++) {
      const arg = rest[k] as string;
      if (arg === '--exec' || arg === '-x') findings.push(...line(rest[k + 1] ?? ''));
      else if (arg.startsWith('--exec=')) findings.push(...line(arg.slice(7)));
      else if (/^-x./.test(arg)) findings.push(...line(arg.slice(2)));
    }
  }
  if (sub === 'bisect' && rest[0] === 'run' && rest.length > 1) findings.push(...recurse(deeper(inv, rest.slice(1))));
  // git config alias.… is followed by the follow work; classify-invocation adds git's own pack for a follower.
  const followed = FOLLOWERS.git?.(inv, recurse, index);
  if (findings.length === 0) return followed;
  return [...findings, ...(followed ?? []), ...(FOLLOWERS.git ? [] : classifyLeaf(inv, index))];
};

function quote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
