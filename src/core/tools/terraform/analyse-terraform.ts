import { isTruthyFlag, parseOptions, type ParsedArgs } from '../../argv/parse-options.js';
import type { Context } from '../../types.js';
import type { InjectedArgs } from './env-args.js';
import { SUBCOMMAND_OPTIONS } from './subcommand-options.js';
import { splitTerraformArgv } from './terraform-argv.js';
import { moduleName, rootModuleDir } from './workspace.js';

export interface TerraformAnalysis {
  /** `terraform` or `tofu`: the executable probes must run. */
  command: string;
  chdir: string | undefined;
  rootDir: string;
  /** How a person names the root module (for whole-module destroys). */
  module: string;
  /** "destroy", "state rm", … ; "" when there is none. */
  subcommand: string;
  help: boolean;
  parsed: ParsedArgs;
  injected: InjectedArgs[];
}

export function analyseTerraform(argv: readonly string[], ctx: Context, command = 'terraform'): TerraformAnalysis {
  const split = splitTerraformArgv(argv, ctx.env);
  const subcommand = split.subcommand.join(' ');
  const parsed = parseOptions(split.args, SUBCOMMAND_OPTIONS[subcommand] ?? [], { style: 'go' });
  const rootDir = rootModuleDir(split.chdir, ctx);
  return {
    command,
    chdir: split.chdir,
    rootDir,
    module: moduleName(rootDir, ctx),
    subcommand,
    help: split.help,
    parsed,
    injected: split.injected,
  };
}

/** True for `destroy` and for `apply -destroy` (any truthy spelling). */
export function isDestroy(a: TerraformAnalysis): boolean {
  if (a.help) return false;
  return a.subcommand === 'destroy' || (a.subcommand === 'apply' && isTruthyFlag(a.parsed, 'destroy'));
}

/** Warnings every terraform finding carries: skipped prompts and injected arguments. */
export function terraformWarnings(a: TerraformAnalysis): string[] {
  const warnings: string[] = [];
  if (isTruthyFlag(a.parsed, 'auto-approve'))
    warnings.push('-auto-approve skips terraform\'s own "Enter a value: yes" prompt; guard is the only check');
  // Weakening a protection: another run can write the same state while this one destroys.
  if (a.parsed.options.some((o) => o.id === 'lock' && o.value === 'false'))
    warnings.push(
      '-lock=false: the state is not locked, so another run can write it while this one destroys (a protection turned off)',
    );
  for (const x of a.injected)
    warnings.push(
      `${x.variable} adds arguments terraform will use but the command line does not show: ${x.args.join(' ')}`,
    );
  return warnings;
}
