// A client that lets the model open a terminal session and type into it (Codex `exec_command` with a tty
// then `write_stdin`, tmux-driven tools) fires the hook only for the command that OPENS the session:
// what is typed later is never seen. So a bare interactive opener is judged as opaque, in an unknown
// environment: guard cannot know what will be sent through it.
import { opaqueFinding } from '../unwrap/shell-findings.js';
import { parseShell } from '../shell/parse.js';
import { ShellSyntaxError, type Command, type List, type SimpleCommand } from '../shell/syntax.js';
import type { Finding } from '../types.js';

const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'fish', 'ash', 'mksh', 'tcsh', 'csh']);
const REPLS: Record<string, string[]> = {
  python: ['-c', '-m'],
  python3: ['-c', '-m'],
  node: ['-e', '--eval', '-p', '--print'],
  ruby: ['-e'],
  irb: [],
  perl: ['-e', '-E'],
  psql: ['-c', '--command', '-f', '--file', '-l', '--list', '-V', '--version'],
  mysql: ['-e', '--execute', '-V', '--version'],
  mariadb: ['-e', '--execute'],
  mongosh: ['--eval', '-f', '--file', '--version'],
  sqlite3: ['-cmd', '-version'],
  'redis-cli': ['-v', '--version'],
};
const WRAPPERS = new Set(['exec', 'env', 'command', 'sudo', 'nohup', 'stdbuf', 'time']);

/** The finding for a line that opens an interactive session, or undefined. */
export function interactiveOpener(line: string): Finding | undefined {
  let list: List;
  try {
    list = parseShell(line);
  } catch (error) {
    if (error instanceof ShellSyntaxError || error instanceof RangeError) return undefined; // judged unparsable elsewhere
    throw error;
  }
  for (const pipeline of list.pipelines) {
    // Only a command whose standard input is still the session's own: a piped or redirected one reads that instead.
    const first = pipeline.commands[0];
    const opened = first && openedBy(first);
    if (opened)
      return opaqueFinding(
        opened,
        'it opens an interactive session, and what is typed into it later never reaches the hook',
      );
  }
  return undefined;
}

function openedBy(command: Command): string | undefined {
  if (command.kind !== 'simple') return undefined;
  if (command.redirects.some((r) => r.op.startsWith('<') || r.heredoc)) return undefined;
  const words = literalWords(command);
  while (words.length > 0 && WRAPPERS.has(words[0] ?? '')) words.shift();
  const name = (words[0] ?? '').split('/').pop() ?? '';
  const args = words.slice(1);
  const operands = args.filter((a) => !a.startsWith('-'));
  if (SHELLS.has(name))
    return args.includes('-c') || (operands.length > 0 && !args.includes('-s')) ? undefined : words.join(' ');
  const scripted = REPLS[name];
  if (scripted) {
    if (
      args.some((a) =>
        scripted.some((flag) => a === flag || a.startsWith(`${flag}=`) || (flag.length === 2 && a.startsWith(flag))),
      )
    )
      return undefined;
    // python FILE, node FILE, sqlite3 DB "SQL": a program runs and exits. psql/mysql take the database as an operand.
    const repl =
      name === 'psql' || name === 'mysql' || name === 'mariadb' || name === 'redis-cli' || name === 'mongosh'
        ? operands.length <= 1
        : operands.length === 0;
    return repl ? words.join(' ') : undefined;
  }
  if (name === 'railway' && (args[0] === 'ssh' || args[0] === 'connect') && !args.includes('--'))
    return words.join(' ');
  if (
    (name === 'kubectl' || name === 'docker' || name === 'podman') &&
    args[0] === 'exec' &&
    args.some(isInteractiveFlag)
  )
    return words.join(' ');
  if (name === 'ssh' && operands.length === 1) return words.join(' ');
  return undefined;
}

function isInteractiveFlag(arg: string): boolean {
  return arg === '--stdin' || arg === '--interactive' || arg === '--tty' || /^-[a-z]*[it][a-z]*$/.test(arg);
}

function literalWords(command: SimpleCommand): string[] {
  return command.words.map((w) =>
    w.parts.map((p) => (p.kind === 'text' ? p.text : p.kind === 'tilde' ? '~' : '…')).join(''),
  );
}
