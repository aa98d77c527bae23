import { hasOption, parseOptions, type OptionSpec, type ParsedArgs } from '../../argv/parse-options.js';

// GNU coreutils rm: getopt "dfirvIR" plus its long options (src/rm.c).
const RM_OPTIONS: readonly OptionSpec[] = [
  { id: 'dir', short: ['d'], long: ['dir'] },
  { id: 'force', short: ['f'], long: ['force'] },
  { id: 'interactive-always', short: ['i'] },
  { id: 'interactive-once', short: ['I'] },
  { id: 'interactive', long: ['interactive'], value: 'optional' },
  { id: 'one-file-system', long: ['one-file-system'] },
  { id: 'no-preserve-root', long: ['no-preserve-root'] },
  { id: 'preserve-root', long: ['preserve-root'], value: 'optional' },
  { id: 'recursive', short: ['r', 'R'], long: ['recursive'] },
  { id: 'presume-input-tty', long: ['-presume-input-tty'] },
  { id: 'verbose', short: ['v'], long: ['verbose'] },
  { id: 'help', long: ['help'] },
  { id: 'version', long: ['version'] },
];

export interface RmOptions {
  recursive: boolean;
  /** rm prints help or version and removes nothing. */
  informational: boolean;
  /** rm will not ask before removing (-f, or --interactive=never as the last prompt option). */
  skipsPrompts: boolean;
  noPreserveRoot: boolean;
  operands: string[];
  /** The spelling that made it recursive, for messages ("-rf", "--rec"). */
  recursiveSpelling: string | undefined;
}

/** Parses rm's argv (without `rm`). POSIXLY_CORRECT turns off permutation, as in getopt. */
export function parseRmOptions(args: readonly string[], env: Readonly<Record<string, string | undefined>>): RmOptions {
  const parsed = parseOptions(args, RM_OPTIONS, { style: 'gnu', permute: env.POSIXLY_CORRECT === undefined });
  const recursive = parsed.options.find((o) => o.id === 'recursive');
  return {
    recursive: recursive !== undefined,
    informational: hasOption(parsed, 'help') || hasOption(parsed, 'version'),
    skipsPrompts: lastPromptMode(parsed) === 'never',
    // rm rejects an abbreviated --no-preserve-root, so only the full spelling counts.
    noPreserveRoot: parsed.options.some((o) => o.id === 'no-preserve-root' && o.raw === '--no-preserve-root'),
    operands: parsed.positionals,
    recursiveSpelling: recursive?.raw,
  };
}

/** The last of -f / -i / -I / --interactive[=WHEN] wins, as in rm.c. */
function lastPromptMode(parsed: ParsedArgs): 'never' | 'prompt' | undefined {
  let mode: 'never' | 'prompt' | undefined;
  for (const o of parsed.options) {
    if (o.id === 'force') mode = 'never';
    if (o.id === 'interactive-always' || o.id === 'interactive-once') mode = 'prompt';
    if (o.id === 'interactive') mode = o.value !== undefined && isNeverWhen(o.value) ? 'never' : 'prompt';
  }
  return mode;
}

/** argmatch accepts unambiguous prefixes; never/no/none share a meaning, so any prefix of them counts. */
function isNeverWhen(when: string): boolean {
  return when.length > 0 && ['never', 'no', 'none'].some((w) => w.startsWith(when));
}

// GNU unlink: exactly one operand, only --help and --version; it never recurses or prompts.
const UNLINK_OPTIONS: readonly OptionSpec[] = [
  { id: 'help', long: ['help'] },
  { id: 'version', long: ['version'] },
];

export function parseUnlinkOptions(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): RmOptions {
  const parsed = parseOptions(args, UNLINK_OPTIONS, { style: 'gnu', permute: env.POSIXLY_CORRECT === undefined });
  return {
    recursive: false,
    informational: hasOption(parsed, 'help') || hasOption(parsed, 'version'),
    skipsPrompts: false,
    noPreserveRoot: false,
    operands: parsed.positionals,
    recursiveSpelling: undefined,
  };
}
