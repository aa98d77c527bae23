import { existsSync, realpathSync } from 'node:fs';
import type { Command } from 'commander';
import { EXIT } from '../../core/exit-codes.js';
import { loadGuardSetup } from '../../app/config-setup.js';
import { doctorReport } from '../../app/doctor-report.js';
import { hardeningChecks, hardeningLine } from '../../app/hardening-level.js';
import { systemPolicy } from '../../io/system-policy/load-system-policy.js';
import { processContext } from '../../io/context.js';
import type { CommandResult } from './index.js';
import { shimDirFrom } from './shim-dir-option.js';

export function registerDoctor(program: Command, done: (result: CommandResult) => void): void {
  program
    .command('doctor')
    .description('check the shims, PATH and the credentials an agent would inherit: exit 0 healthy, 1 problems')
    .option('--dir <dir>', 'shim directory (default: the one guard install uses)')
    .action(async (options: { dir?: string }) => {
      const wanted = shimDirFrom(options.dir);
      const dir = existsSync(wanted) ? realpathSync(wanted) : wanted;
      const ctx = processContext();
      const { packs } = await loadGuardSetup(ctx);
      const report = doctorReport(dir, packs, ctx);
      const policyWarnings = systemPolicy(ctx.env).warnings;
      report.lines.push(...policyWarnings.map((w) => `problem: ${w}`), hardeningLine(hardeningChecks(ctx, dir)));
      report.problems += policyWarnings.length;
      for (const line of report.lines) process.stdout.write(`guard: ${line}\n`);
      process.stdout.write(report.problems === 0 ? 'guard: healthy\n' : `guard: ${report.problems} problem(s)\n`);
      done(report.problems === 0 ? EXIT.ok : 1);
    });
}
