import { resolve } from 'node:path';
import type { Command } from 'commander';
import { EXIT } from '../../core/exit-codes.js';
import { pathLine } from '../../core/shim/path-line.js';
import { loadGuardSetup } from '../../app/config-setup.js';
import { guardedTools, shimTexts, thisGuard, withLauncher } from '../../app/shim-texts.js';
import { processContext } from '../../io/context.js';
import { pickShimShell } from '../../io/pick-shim-shell.js';
import { prepareShimDir, writeShims } from '../../io/write-shims.js';
import type { CommandResult } from './index.js';
import { shimDirFrom } from './shim-dir-option.js';

export function registerInstall(program: Command, done: (result: CommandResult) => void): void {
  program
    .command('install')
    .description('write a shim for each TOOL (default: every tool guard has rules for) and print the PATH line')
    .option('--dir <dir>', 'shim directory (default: $XDG_DATA_HOME/guard/shims or ~/.local/share/guard/shims)')
    .option(
      '--system',
      'as root: the package, shims and system policy root-owned, shims first on PATH via /etc/profile.d (docs/hardened.md)',
    )
    .option('--root <dir>', 'with --system: write below this directory instead of / (a sandbox or image build)')
    .argument('[tools...]', 'tools to shim')
    .action(async (tools: string[], options: { dir?: string; system?: boolean; root?: string }) => {
      // The configured packs (built-in and custom rules) and protected paths: their pre-filters are baked in.
      const ctx = processContext();
      const { packs } = await loadGuardSetup(ctx);
      if (options.system) {
        const { installSystem } = await import('../../app/system-install.js');
        const { systemLayout } = await import('../../io/system-install/system-layout.js');
        for (const line of installSystem(systemLayout(resolve(options.root ?? '/')), packs, ctx.config))
          process.stderr.write(`guard: ${line}\n`);
        return done(EXIT.ok);
      }
      const wanted = tools.length > 0 ? tools : guardedTools(packs);
      const { realDir, manifest } = prepareShimDir(shimDirFrom(options.dir));
      const texts = withLauncher(
        shimTexts(wanted, packs, { dir: realDir, ...thisGuard(), interpreter: pickShimShell(), config: ctx.config }),
      );
      const result = writeShims(realDir, manifest, texts);
      process.stderr.write(
        `guard: ${texts.size} shim(s) in ${realDir} (${result.written.length} written, ${result.unchanged.length} unchanged): ${[...texts.keys()].join(' ')}\n` +
          'guard: put the next line in your shell profile or the agent\'s environment (or use: eval "$(guard init bash)"):\n',
      );
      process.stdout.write(`${pathLine(realDir)}\n`);
      done(EXIT.ok);
    });
}
