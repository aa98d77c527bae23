import { addHelpExamples } from './help-examples.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../core/errors.js';
import { EXIT } from '../core/exit-codes.js';
import { guardTool } from '../app/guard-tool.js';
import { commands, type CommandResult } from './commands/index.js';
import { checkShell } from './commands/check.js';
import { runHook } from './commands/hook.js';
import { reportError } from './report-error.js';
import { exitLikeChild } from '../io/run-foreground.js';
import { guardHome } from '../io/guard-home.js';
import { flushOutput } from '../io/flush-output.js';

const GUARD_OPTIONS = new Set(['--deny']);

/** `guard SUBCOMMAND …` goes to commander; anything else is prefix mode: `guard [--deny] [--] TOOL …`. */
export async function main(argv: string[]): Promise<void> {
  let code: CommandResult;
  try {
    const hot = hotPath(argv);
    code = hot ? await hot() : isSubcommand(argv) ? await runSubcommand(argv) : await runPrefix(argv);
  } catch (error) {
    code = reportError(error);
  }
  await flushOutput();
  exitLikeChild(code);
}

const CHECK_SHELL_STDIN_FLAGS = new Set(['--shell', '--stdin', '--json', '-z', '--null']);

/**
 * The forms an agent runs many times a minute (a hook per shell command, a batch check), reached
 * without commander (~8 ms of start-up): the same actions, for exactly these argv shapes only.
 * Anything else, including any other flag or a repeated one, goes through commander.
 */
function hotPath(argv: string[]): (() => Promise<CommandResult>) | undefined {
  if (argv.length === 2 && argv[0] === 'hook' && !(argv[1] as string).startsWith('-'))
    return () => runHook(argv[1] as string);
  const flags = argv.slice(1);
  if (
    argv[0] === 'check' &&
    flags.includes('--shell') &&
    flags.includes('--stdin') &&
    new Set(flags).size === flags.length &&
    flags.every((f) => CHECK_SHELL_STDIN_FLAGS.has(f))
  ) {
    return () =>
      checkShell([], {
        shell: true,
        stdin: true,
        json: flags.includes('--json'),
        null: flags.includes('-z') || flags.includes('--null'),
      });
  }
  return undefined;
}

function isSubcommand(argv: string[]): boolean {
  const first = argv[0];
  if (first === undefined) return true;
  if (['-h', '--help', '-V', '--version', 'help'].includes(first)) return true;
  return commands.some((c) => c.names.includes(first));
}

async function runPrefix(argv: string[]): Promise<CommandResult> {
  let deny = false;
  let i = 0;
  for (; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      i++;
      break;
    }
    if (!arg.startsWith('-')) break;
    if (!GUARD_OPTIONS.has(arg))
      throw new UsageError(`unknown option ${arg}`, 'usage: guard [--deny] [--] TOOL [ARGS…], or guard --help');
    if (arg === '--deny') deny = true;
  }
  const toolArgv = argv.slice(i);
  if (toolArgv.length === 0) throw new UsageError('no command given', 'usage: guard [--deny] [--] TOOL [ARGS…]');
  return guardTool({ argv: toolArgv, deny });
}

async function runSubcommand(argv: string[]): Promise<CommandResult> {
  // Loaded only here (bundled, so this is a lazy require): the hot paths never need it.
  const { Command, CommanderError } = await import('commander');
  const program = new Command('guard');
  let result: CommandResult = EXIT.ok;
  program
    .description(
      'Stops irreversible commands until a human types what will be destroyed, and where.\nPrefix mode: guard [--deny] TOOL [ARGS…]',
    )
    .version(readVersion())
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s.startsWith('error:') ? `guard: ${s}` : s) });
  for (const { register } of commands) register(program, (code) => (result = code));
  addHelpExamples(program);
  if (argv.length === 0) {
    process.stderr.write(program.helpInformation());
    return EXIT.usage;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code)) return EXIT.ok;
      return EXIT.usage;
    }
    throw error;
  }
  return result;
}

function readVersion(): string {
  const pkg = JSON.parse(readFileSync(join(guardHome(), 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

export { warmUpClassifier } from '../app/warm-up.js';
