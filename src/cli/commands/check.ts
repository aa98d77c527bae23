import type { Command } from 'commander';
import { classifyArgv, indexPacks } from '../../core/classify.js';
import { UsageError } from '../../core/errors.js';
import { EXIT } from '../../core/exit-codes.js';
import { panelLines } from '../../core/present.js';
import { builtinPacks } from '../../../rules/index.js';
import { processContext } from '../../io/context.js';
import { decisionJson } from '../finding-json.js';
import type { CommandResult } from './index.js';

export function registerCheck(program: Command, done: (result: CommandResult) => void): void {
  program
    .command('check')
    .description('classify a command without running it: exit 0 = runs straight through, 77 = needs confirmation')
    .option('--json', 'print the decision as JSON')
    .argument('[command...]', 'the command, after --')
    .allowUnknownOption(true)
    .action((command: string[], options: { json?: boolean }) => {
      if (command.length === 0) throw new UsageError('check needs a command', 'usage: guard check [--json] -- TOOL [ARGS…]');
      const decision = classifyArgv(command, processContext(), indexPacks(builtinPacks));
      if (options.json) process.stdout.write(`${JSON.stringify(decisionJson(decision), null, 2)}\n`);
      else if (decision.decision === 'allow') process.stdout.write('guard: allow: no rule matches; it would run straight through\n');
      else process.stdout.write(`${panelLines(command, decision).join('\n')}\n`);
      done(decision.decision === 'allow' ? EXIT.ok : EXIT.refused);
    });
}
