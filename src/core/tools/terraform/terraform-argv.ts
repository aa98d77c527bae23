import { injectedArgs, type InjectedArgs } from './env-args.js';

/** Subcommands with their own subcommands (mitchellh/cli nests them by spaces: "state rm"). */
const NESTED: Readonly<Record<string, readonly string[]>> = {
  state: ['list', 'mv', 'pull', 'push', 'replace-provider', 'rm', 'show', 'identities'],
  workspace: ['delete', 'list', 'new', 'select', 'show'],
  providers: ['lock', 'mirror', 'schema'],
  metadata: ['functions'],
};

export interface TerraformArgv {
  /** The last `-chdir=DIR` before the subcommand (terraform switches there before anything else). */
  chdir: string | undefined;
  /** ["destroy"], ["state", "rm"], or [] when there is none. */
  subcommand: string[];
  /** The subcommand's arguments, with TF_CLI_ARGS words inserted where terraform inserts them. */
  args: string[];
  injected: InjectedArgs[];
  /** -h / -help / --help anywhere before `--`: terraform prints help and runs nothing. */
  help: boolean;
}

/** Splits terraform's argv (without `terraform`) into global options, subcommand and its arguments. */
export function splitTerraformArgv(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): TerraformArgv {
  let chdir: string | undefined;
  let i = 0;
  for (; i < argv.length && (argv[i] as string).startsWith('-'); i++) {
    const arg = argv[i] as string;
    const m = /^--?chdir=(.*)$/.exec(arg);
    if (m) chdir = m[1];
  }
  const subcommand: string[] = [];
  const first = argv[i];
  if (first !== undefined) {
    subcommand.push(first);
    const second = argv[i + 1];
    if (second !== undefined && NESTED[first]?.includes(second)) subcommand.push(second);
  }
  const rest = argv.slice(i + subcommand.length);
  const injected = injectedArgs(subcommand, env);
  const args = [...injected.flatMap((x) => x.args), ...rest];
  const beforeDashes = [...argv.slice(0, i), ...args];
  const dashes = beforeDashes.indexOf('--');
  const help = (dashes === -1 ? beforeDashes : beforeDashes.slice(0, dashes)).some(
    (a) => a === '-h' || a === '-help' || a === '--help',
  );
  return { chdir, subcommand, args, injected, help };
}
