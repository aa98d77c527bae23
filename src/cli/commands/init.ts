import { existsSync, realpathSync } from 'node:fs';
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { EXIT } from '../../core/exit-codes.js';
import { initSnippet, type ShellName } from '../../core/shim/path-line.js';
import { isShimDir } from '../../io/find-real-tool.js';
import type { CommandResult } from './index.js';
import { shimDirFrom } from './shim-dir-option.js';

const SHELLS: readonly ShellName[] = ['bash', 'zsh', 'fish', 'sh'];

export function registerInit(program: Command, done: (result: CommandResult) => void): void {
  program
    .command('init')
    .description('print the snippet that puts guard\'s shims first on PATH: eval "$(guard init bash)"')
    .option('--dir <dir>', 'shim directory (default: the one guard install uses)')
    .argument('<shell>', SHELLS.join('|'))
    .action((shell: string, options: { dir?: string }) => {
      if (!SHELLS.includes(shell as ShellName)) throw new UsageError(`unknown shell "${shell}"`, `usage: guard init ${SHELLS.join('|')}`);
      const wanted = shimDirFrom(options.dir);
      const dir = existsSync(wanted) ? realpathSync(wanted) : wanted;
      if (!isShimDir(dir)) process.stderr.write(`guard: ${dir} holds no guard shims yet: run \`guard install\` first\n`);
      process.stdout.write(initSnippet(shell as ShellName, dir));
      done(EXIT.ok);
    });
}
