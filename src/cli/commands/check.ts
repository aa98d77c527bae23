import type { Command } from 'commander';
import { isatty } from 'node:tty';
import { classifyArgv, packsFor } from '../../core/classify.js';
import { UsageError } from '../../core/errors.js';
import { EXIT } from '../../core/exit-codes.js';
import { panelLines } from '../../core/present.js';
import { configNotices, configRefusal, finishDecision, loadGuardSetup } from '../../app/config-setup.js';
import { captureStdin } from '../../io/capture-stdin.js';
import { processContext } from '../../io/context.js';
import { loadSqlParser } from '../../io/load-sql-parser.js';
import { decisionJson } from '../finding-json.js';
import type { CommandResult } from './index.js';

export function registerCheck(program: Command, done: (result: CommandResult) => void): void {
  program
    .command('check')
    .description('classify a command without running it: exit 0 = runs straight through, 77 = needs confirmation')
    .option('--json', 'print the decision as JSON')
    .argument('[command...]', 'the command, after --')
    .allowUnknownOption(true)
    .action(async (command: string[], options: { json?: boolean }) => {
      if (command.length === 0) throw new UsageError('check needs a command', 'usage: guard check [--json] -- TOOL [ARGS…]');
      const ctx = processContext();
      const setup = await loadGuardSetup(ctx);
      const packs = packsFor(setup.index, command[0] as string);
      // Like prefix mode: SQL or commands piped or redirected into the tool are part of what it would run.
      const captured = packs.some((p) => p.readsStdin?.(command.slice(1))) && !isatty(0) ? captureStdin() : undefined;
      if (captured) ctx.stdin = captured.view;
      captured?.dispose();
      if (packs.some((p) => p.usesSqlParser)) ctx.sqlParser = await loadSqlParser();
      const decision = finishDecision(classifyArgv(command, ctx, setup.index), setup, ctx);
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
