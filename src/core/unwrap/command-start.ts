import { parseOptions, type OptionSpec, type ParsedArgs, type OptionStyle } from '../argv/parse-options.js';

export interface Split {
  options: ParsedArgs;
  /** The wrapped command (argv[0] first); empty when there is none. */
  command: string[];
}

/** Splits `WRAPPER [OPTIONS] COMMAND [ARGS…]`: options stop at the first operand or `--`. */
export function splitCommand(args: readonly string[], specs: readonly OptionSpec[], style: OptionStyle = 'gnu'): Split {
  const options = parseOptions(args, specs, { style, permute: false });
  const first = options.positionalIndexes[0];
  return { options, command: first === undefined ? [] : args.slice(first) };
}

/** Leading NAME=VALUE words (env, sudo): returns them and the rest. */
export function splitAssignments(argv: readonly string[]): { assignments: Record<string, string>; rest: string[] } {
  const assignments: Record<string, string> = {};
  let i = 0;
  for (; i < argv.length; i++) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(argv[i] as string);
    if (!m) break;
    assignments[m[1] as string] = m[2] as string;
  }
  return { assignments, rest: argv.slice(i) };
}
