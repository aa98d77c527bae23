import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { guardLine } from '../../app/guard-line.js';
import type { CommandResult } from './index.js';

export function registerRun(program: Command, done: (result: CommandResult) => void): void {
  program
    .command('run')
    .description(
      'run a whole shell line with your shell ($SHELL -c LINE), asking for confirmation first if it is destructive',
    )
    .requiredOption('--shell <line>', 'the shell line to run')
    .option('--deny', 'refuse instead of asking (exit 77)')
    .action(async (options: { shell: string; deny?: boolean }) => {
      if (options.shell.trim() === '')
        throw new UsageError('run --shell needs a line', "usage: guard run [--deny] --shell 'LINE'");
      done(await guardLine({ line: options.shell, deny: options.deny === true }));
    });
}
