import type { Command } from 'commander';
import { isatty } from 'node:tty';
import { classifyArgv, indexPacks, packFor } from '../../core/classify.js';
import { UsageError } from '../../core/errors.js';
import { EXIT } from '../../core/exit-codes.js';
import { panelLines } from '../../core/present.js';
import { builtinPacks } from '../../../rules/index.js';
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
      const index = indexPacks(builtinPacks);
      const ctx = processContext();
      const pack = packFor(index, command[0] as string);
      // Like prefix mode: SQL or commands piped or redirected into the tool are part of what it would run.
      const captured = pack?.readsStdin?.(command.slice(1)) && !isatty(0) ? captureStdin() : undefined;
      if (captured) ctx.stdin = captured.view;
      captured?.dispose();
      if (pack?.usesSqlParser) ctx.sqlParser = await loadSqlParser();
      const decision = classifyArgv(command, ctx, index);
      if (options.json) process.stdout.write(`${JSON.stringify(decisionJson(decision), null, 2)}\n`);
      else if (decision.decision === 'allow') process.stdout.write('guard: allow: no rule matches; it would run straight through\n');
      else process.stdout.write(`${panelLines(command, decision).join('\n')}\n`);
      done(decision.decision === 'allow' ? EXIT.ok : EXIT.refused);
    });
}
