import { parse } from 'shell-quote';

/** One TF_CLI_ARGS* variable and the words it injects. */
export interface InjectedArgs {
  variable: string;
  args: string[];
}

/** Splits a TF_CLI_ARGS value into words the way terraform does (shell-style quotes, no variable expansion). */
export function splitEnvArgs(value: string): string[] {
  return parse(value, (name) => `$${name}`).map((entry) => (typeof entry === 'string' ? entry : 'op' in entry ? entry.op : String(entry)));
}

/**
 * The variables terraform reads for this subcommand, in the order their words end up after the
 * subcommand: TF_CLI_ARGS_<sub> first, then TF_CLI_ARGS (terraform inserts TF_CLI_ARGS right after the
 * subcommand, then TF_CLI_ARGS_<sub> right after the subcommand again; main.go mergeEnvArgs).
 */
export function injectedArgs(subcommand: readonly string[], env: Readonly<Record<string, string | undefined>>): InjectedArgs[] {
  const suffix = subcommand.join('_').replace(/-/g, '_');
  const out: InjectedArgs[] = [];
  for (const variable of [`TF_CLI_ARGS_${suffix}`, 'TF_CLI_ARGS']) {
    const value = env[variable];
    if (value !== undefined && value.trim() !== '' && subcommand.length > 0) out.push({ variable, args: splitEnvArgs(value) });
  }
  return out;
}
