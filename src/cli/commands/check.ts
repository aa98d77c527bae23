import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { cachedFileView } from '../../core/cached-file-view.js';
import { checkShellLine, checkShellStdin } from './check-shell.js';
import { UsageError } from '../../core/errors.js';
import { EXIT } from '../../core/exit-codes.js';
import { panelLines } from '../../core/present.js';
import { configNotices, configRefusal } from '../../app/config-setup.js';
import { stdinForArgv } from '../../app/argv-stdin.js';
import { openSession, processWorld } from '../../app/session.js';
import { decisionJson } from '../finding-json.js';
import type { CommandResult } from './index.js';
import { configRefusalParagraph } from '../../core/config/problem.js';

export function registerCheck(program: Command, done: (result: CommandResult) => void): void {
  program
    .command('check')
    .description('classify a command without running it: exit 0 = runs straight through, 77 = needs confirmation')
    .option('--json', 'print the decision as JSON')
    .option('--shell [line]', 'classify a whole shell line (as an agent would send it) instead of an argv')
    .option('--stdin', 'with --shell: classify each line of standard input; exit 77 if any needs confirmation')
    .option('-z, --null', 'with --stdin: commands are separated by NUL instead of newline (for multi-line commands)')
    .argument('[command...]', 'the command, after --')
    .allowUnknownOption(true)
    .action(async (command: string[], options: CheckOptions) => {
      if (options.shell !== undefined) return done(await checkShell(command, options));
      if (command.length === 0)
        throw new UsageError('check needs a command', 'usage: guard check [--json] -- TOOL [ARGS…]');
      const session = await openSession();
      const setup = session.setup;
      // Like prefix mode: SQL or commands piped or redirected into the tool are part of what it would run.
      const { stdin, captured } = stdinForArgv(command, session);
      captured?.dispose();
      // check runs nothing: a pipe into it that the tool would not read for commands is judged as a terminal.
      const { decision } = await session.judge({
        kind: 'argv',
        argv: command,
        stdin: stdin.kind === 'opaque' ? { kind: 'terminal' } : stdin,
      });
      const brokenConfig = configRefusal(decision, setup);
      if (brokenConfig) process.stderr.write(`${brokenConfig}\n`);
      for (const line of configNotices(decision)) process.stderr.write(`${line}\n`);
      if (options.json)
        process.stdout.write(
          `${JSON.stringify({ ...decisionJson(decision), ...(setup.problems.length > 0 ? { configProblems: setup.problems } : {}) }, null, 2)}\n`,
        );
      else if (decision.decision === 'allow' && decision.allowed)
        process.stdout.write(
          'guard: allow: what matched is covered by your allowances (see above); it would run straight through\n',
        );
      else if (decision.decision === 'allow')
        process.stdout.write('guard: allow: no rule matches; it would run straight through\n');
      else process.stdout.write(`${panelLines(command, decision).join('\n')}\n`);
      done(brokenConfig ? EXIT.config : decision.decision === 'allow' ? EXIT.ok : EXIT.refused);
    });
}

export interface CheckOptions {
  json?: boolean;
  shell?: string | boolean;
  stdin?: boolean;
  null?: boolean;
}

/** `guard check --shell LINE` and `--shell --stdin`: same exit codes and JSON as for an argv. */
export async function checkShell(command: string[], options: CheckOptions): Promise<number> {
  // A plain env copy (process.env is a slow accessor) and, for a batch, cached file lookups.
  const base = processWorld({ env: { ...process.env } });
  const session = await openSession(options.stdin ? { ...base, fs: cachedFileView(base.fs) } : base);
  let code: number;
  if (options.stdin) {
    const input = readFileSync(0, 'utf8');
    code = await checkShellStdin(input, options.json === true, session, options.null === true);
  } else {
    const line = typeof options.shell === 'string' ? options.shell : command.join(' ');
    if (line.trim() === '')
      throw new UsageError(
        'check --shell needs a line',
        "usage: guard check [--json] --shell 'LINE', or guard check --shell --stdin < lines.txt",
      );
    code = await checkShellLine(line, options.json === true, session);
  }
  // A broken config refuses destructive commands (78), as for an argv.
  if (code === EXIT.refused && session.setup.problems.length > 0) {
    process.stderr.write(`${configRefusalParagraph(session.setup.problems)}\n`);
    return EXIT.config;
  }
  return code;
}
