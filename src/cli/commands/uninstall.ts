import { resolve } from 'node:path';
import type { Command } from 'commander';
import { uninstallProof } from '../../app/uninstall-proof.js';
import { EXIT } from '../../core/exit-codes.js';
import { removeShims } from '../../io/remove-shims.js';
import { existsSync } from 'node:fs';
import { manifestPath } from '../../io/shim-manifest.js';
import { typedAtTerminal } from '../../app/typed-at-terminal.js';
import type { CommandResult } from './index.js';
import { shimDirFrom } from './shim-dir-option.js';

export function registerUninstall(program: Command, done: (result: CommandResult) => void): void {
  program
    .command('uninstall')
    .description('remove exactly the shims `guard install` wrote (and its directory, if install created it)')
    .option('--dir <dir>', 'shim directory (default: the one guard install uses)')
    .option('--system', 'as root: remove exactly what `guard install --system` wrote')
    .option('--root <dir>', 'with --system: the directory it was installed below')
    .action(async (options: { dir?: string; system?: boolean; root?: string }) => {
      if (options.system) {
        const { uninstallSystem } = await import('../../app/system-install.js');
        const { systemLayout } = await import('../../io/system-install/system-layout.js');
        for (const line of uninstallSystem(systemLayout(resolve(options.root ?? '/'))))
          process.stderr.write(`guard: ${line}\n`);
        return done(EXIT.ok);
      }
      const dir = shimDirFrom(options.dir);
      // Removing the shims takes guard off the agent's PATH: a human does it, at a verified terminal
      // (and with the approval passphrase when the system policy asks for it).
      if (
        existsSync(manifestPath(dir)) &&
        !(await typedAtTerminal(
          'uninstall',
          `guard: uninstall removes guard's shims from ${dir}; commands there will no longer be checked.`,
        ))
      )
        return done(EXIT.refused);
      if (!(await uninstallProof())) return done(EXIT.refused);
      const result = removeShims(dir);
      if (!result.found) {
        process.stderr.write(`guard: no guard shims in ${result.dir}; nothing to remove\n`);
        done(EXIT.ok);
        return;
      }
      process.stderr.write(
        `guard: removed ${result.removed.length} shim(s) from ${result.dir}${result.dirRemoved ? ' and the directory' : ''}\n`,
      );
      for (const kept of result.kept)
        process.stderr.write(`guard: left ${kept} in place: it is no longer a file guard wrote\n`);
      process.stderr.write('guard: remove the PATH line (or `guard init`) from your shell profile too\n');
      done(EXIT.ok);
    });
}
