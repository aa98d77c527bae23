// Shells given a command string (bash -c, sh -c, eval) or a script on stdin (… | sh, sh <<EOF).
// The string is analysed as a shell line of its own, one level deeper.
import type { PackIndex } from '../classify.js';
import type { Finding } from '../types.js';
import { analyseLine } from '../shell/analyse-line.js';
import { hasUnknown, type Invocation } from './invocation.js';
import { opaqueFinding } from './shell-findings.js';
import type { WrapperHandler } from './simple-wrappers.js';
import { followScriptFile } from '../follow/script.js';

export const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'ash', 'mksh', 'yash', 'fish', 'rbash']);

/** Options of sh/bash that take the next word as their value. */
const VALUE_OPTIONS = new Set(['-o', '+o', '-O', '+O', '--rcfile', '--init-file']);

interface ShellArgs {
  script?: string;
  /** $0, $1 … given after the -c string. */
  params: string[];
  file?: string;
  readsStdin: boolean;
}

export function parseShellArgs(args: readonly string[]): ShellArgs {
  let command = false;
  let stdin = false;
  let i = 0;
  for (; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--' || arg === '-') {
      i++;
      break;
    }
    if (VALUE_OPTIONS.has(arg)) {
      i++;
      continue;
    }
    if (arg.startsWith('--')) {
      if (arg === '--command') command = true;
      continue;
    }
    if (/^[-+][A-Za-z]+$/.test(arg)) {
      if (arg.startsWith('-') && arg.includes('c')) command = true;
      if (arg.startsWith('-') && arg.includes('s')) stdin = true;
      continue;
    }
    break;
  }
  const rest = args.slice(i);
  if (command) return { script: rest[0] ?? '', params: rest.slice(1), readsStdin: false };
  if (stdin || rest.length === 0) return { params: rest, readsStdin: true };
  return { file: rest[0], params: rest.slice(1), readsStdin: false };
}

export const shellHandler: WrapperHandler = (inv, _recurse, index) => {
  const name = inv.argv[0] ?? 'sh';
  const args = parseShellArgs(inv.argv.slice(1));
  if (args.script !== undefined) {
    if (hasUnknown(args.script))
      return [
        opaqueFinding(`${baseName(name)}-c`, `the script given to ${baseName(name)} -c comes from a variable or $(…)`),
      ];
    return analyseLine(args.script, inv.ctx, index, {
      depth: inv.depth + 1,
      stdin: inv.stdin,
      params: [args.params[0] ?? name, ...args.params.slice(1)],
    });
  }
  if (args.readsStdin || args.file === '/dev/stdin') return scriptOnStdin(inv, baseName(name), index);
  if (args.file !== undefined && isProcessSubstitution(args.file))
    return [
      opaqueFinding(
        `${baseName(name)}-script`,
        `${baseName(name)} runs the output of another command, which guard cannot see`,
      ),
    ];
  // A script file: read at check time and followed (a missing one runs nothing).
  if (args.file !== undefined) return followScriptFile(args.file, inv, index, [args.file, ...args.params]);
  return [];
};

/** A shell or interpreter reading its program from stdin. */
export function scriptOnStdin(
  inv: Invocation,
  name: string,
  index: PackIndex,
  analyse?: (text: string) => Finding[],
): Finding[] {
  const stdin = inv.stdin;
  if (stdin.kind === 'terminal') return [];
  if (stdin.kind === 'opaque')
    return [
      opaqueFinding(
        `stdin-of-${name}`,
        `${name} runs whatever ${stdin.from} writes into the pipe, which guard cannot see`,
      ),
    ];
  return analyse ? analyse(stdin.text) : analyseLine(stdin.text, inv.ctx, index, { depth: inv.depth + 1 });
}

/** eval ARGS: the words are joined and run as a line. */
export const evalHandler: WrapperHandler = (inv, _recurse, index) => {
  const text = inv.argv.slice(1).join(' ');
  if (hasUnknown(text))
    return [opaqueFinding('eval', 'eval runs text from a variable or $(…), which guard cannot see')];
  return analyseLine(text, inv.ctx, index, { depth: inv.depth + 1, stdin: inv.stdin });
};

/** A script path that is really a pipe from another command: <(curl …) becomes /dev/fd/63. */
export function isProcessSubstitution(path: string): boolean {
  return path.startsWith('/dev/fd/') || path.startsWith('/proc/self/fd/');
}

function baseName(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1);
}

/** source FILE / . FILE: a process substitution or stdin is code guard cannot see; a file is read and followed. */
export const sourceHandler: WrapperHandler = (inv, _recurse, index) => {
  const file = inv.argv[1];
  if (file === undefined) return [];
  if (file.startsWith('/dev/fd/') || file === '/dev/stdin')
    return [opaqueFinding('source', `${inv.argv[0]} runs the output of another command, which guard cannot see`)];
  return followScriptFile(file, inv, index, [file, ...inv.argv.slice(2)]);
};
