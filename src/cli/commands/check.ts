import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { packsFor } from '../../core/classify.js';
import { cachedFileView } from '../../core/cached-file-view.js';
import { classifyCommand } from '../../core/unwrap/classify-command.js';
import { innermostArgv } from '../../core/unwrap/classify-invocation.js';
import { withSqlParser } from '../../app/sql-parser-for.js';
import { checkShellLine, checkShellStdin } from './check-shell.js';
import { UsageError } from '../../core/errors.js';
import { EXIT } from '../../core/exit-codes.js';
import { panelLines } from '../../core/present.js';
import { configNotices, configRefusal, finishDecision, loadGuardSetup } from '../../app/config-setup.js';
import { captureStdin } from '../../io/capture-stdin.js';
import { processContext } from '../../io/context.js';
import { isTerminal } from '../../io/is-terminal.js';
import { decisionJson } from '../finding-json.js';
import type { CommandResult } from './index.js';
import type { Decision } from '../../core/types.js';
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
      if (command.length === 0) throw new UsageError('check needs a command', 'usage: guard check [--json] -- TOOL [ARGS…]');
      const ctx = processContext();
      const setup = await loadGuardSetup(ctx);
      // Wrappers are seen through (sudo env psql …): the wrapped tool decides whether stdin is read.
      const inner = innermostArgv(command, ctx);
      const packs = packsFor(setup.index, inner[0] as string);
      // Like prefix mode: SQL or commands piped or redirected into the tool are part of what it would run.
      const captured = packs.some((p) => p.readsStdin?.(inner.slice(1))) && !isTerminal(0) ? captureStdin() : undefined;
      if (captured) ctx.stdin = captured.view;
      captured?.dispose();
      const decision = finishDecision(await withSqlParser(ctx, () => classifyCommand(command, ctx, setup.index)), setup, ctx);
      const brokenConfig = configRefusal(decision, setup);
      if (brokenConfig) process.stderr.write(`${brokenConfig}\n`);
      for (const line of configNotices(decision)) process.stderr.write(`${line}\n`);
      if (options.json) process.stdout.write(`${JSON.stringify({ ...decisionJson(decision), ...(setup.problems.length > 0 ? { configProblems: setup.problems } : {}) }, null, 2)}\n`);
      else if (decision.decision === 'allow' && decision.allowed) process.stdout.write('guard: allow: what matched is covered by your allowances (see above); it would run straight through\n');
      else if (decision.decision === 'allow') process.stdout.write('guard: allow: no rule matches; it would run straight through\n');
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
  const base = processContext();
  // A plain env copy (process.env is a slow accessor) and, for a batch, cached file lookups.
  const ctx = { ...base, env: { ...process.env }, fs: options.stdin ? cachedFileView(base.fs) : base.fs };
  const setup = await loadGuardSetup(ctx);
  const finish = (decision: Decision): Decision => finishDecision(decision, setup, ctx);
  let code: number;
  if (options.stdin) {
    const input = readFileSync(0, 'utf8');
    code = await checkShellStdin(input, options.json === true, ctx, setup.index, options.null === true, finish);
  } else {
    const line = typeof options.shell === 'string' ? options.shell : command.join(' ');
    if (line.trim() === '') throw new UsageError('check --shell needs a line', "usage: guard check [--json] --shell 'LINE', or guard check --shell --stdin < lines.txt");
    code = await checkShellLine(line, options.json === true, ctx, setup.index, finish);
  }
  // A broken config refuses destructive commands (78), as for an argv.
  if (code === EXIT.refused && setup.problems.length > 0) {
    process.stderr.write(`${configRefusalParagraph(setup.problems)}\n`);
    return EXIT.config;
  }
  return code;
}
