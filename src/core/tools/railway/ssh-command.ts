import type { RailwayReading } from './parse-railway.js';

// `railway ssh [-p P] [-s S] [-e E] [--] CMD…` (src/commands/ssh/mod.rs): CMD is a trailing
// var-arg joined with spaces and run by the container's shell, where no guard shim exists.

/** The remote command line of `railway ssh`, or undefined for an interactive shell. */
export function sshRemoteCommand(args: readonly string[], reading: RailwayReading): string | undefined {
  if (reading.words[0] !== 'ssh') return undefined;
  // clap's trailing_var_arg: everything from the first value after `ssh` on is the command.
  const start = reading.args.positionalIndexes[1];
  if (start === undefined) return undefined;
  return args.slice(start).join(' ');
}

const DELETING_PROGRAMS = new Set(['rm', 'rmdir', 'unlink', 'shred', 'wipefs', 'dd', 'truncate', 'dropdb', 'mkfs']);
// Words after which the next word is again a program name.
const PREFIX_COMMANDS = new Set([
  'sudo',
  'exec',
  'xargs',
  'nice',
  'nohup',
  'env',
  'command',
  'busybox',
  'time',
  'timeout',
  '-c',
]);
const SEPARATOR = /^(;|&&|\|\||\||\(|\)|`|\{|\})$/;
const DESTRUCTIVE_TEXT =
  /\b(drop\s+(table|database|schema|index|view)|truncate\s+table|flushall|flushdb|delete\s+from)\b/i;

/**
 * What makes a remote command line destructive, or undefined. Lexical and deliberately broad:
 * the command runs in the deployed container (volume mounts, databases) and guard sees no more.
 */
export function destructiveRemoteTrigger(commandLine: string): string | undefined {
  const text = DESTRUCTIVE_TEXT.exec(commandLine);
  if (text) return text[0];
  // Quotes only group words for the remote shell; `sh -c "rm -rf x"` still runs rm.
  const tokens = commandLine
    .replace(/["']/g, ' ')
    .split(/\s+|(;|&&|\|\||\||\(|\)|`|\{|\})/)
    .filter((t) => t !== undefined && t !== '');
  let programPosition = true;
  for (const token of tokens) {
    if (SEPARATOR.test(token)) {
      programPosition = true;
      continue;
    }
    if (token === '-delete' || token === '--delete') return token;
    const base = token.slice(token.lastIndexOf('/') + 1);
    if (programPosition && (DELETING_PROGRAMS.has(base) || base.startsWith('mkfs.'))) return base;
    // Variable assignments (`FOO=1 rm …`) keep the next word in program position.
    programPosition = PREFIX_COMMANDS.has(base) || (programPosition && /^[A-Za-z_][A-Za-z0-9_]*=/.test(token));
  }
  return undefined;
}
