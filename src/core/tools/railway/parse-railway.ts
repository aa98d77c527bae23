import { hasOption, parseOptions, type OptionSpec, type ParsedArgs } from '../../argv/parse-options.js';

// Every option some railway command defines (railwayapp/cli src/commands/*.rs). Only the arity
// matters here: a value-taking option must swallow its value so the value is never read as a
// subcommand. Letters whose arity differs between commands (-d, -c, -w) are left out on purpose:
// unknown options are read both ways (see parseRailway).
export const RAILWAY_OPTIONS: readonly OptionSpec[] = [
  { id: 'environment', short: ['e'], long: ['environment'], value: true },
  { id: 'service', short: ['s'], long: ['service'], value: true },
  { id: 'project', short: ['p'], long: ['project'], value: true },
  { id: 'volume', short: ['v'], long: ['volume'], value: true },
  { id: 'bucket', short: ['b'], long: ['bucket'], value: true },
  { id: 'function', short: ['f'], long: ['function'], value: true },
  { id: 'name', short: ['n'], long: ['name'], value: true },
  { id: 'mount-path-or-message', short: ['m'], long: ['mount-path', 'message'], value: true },
  { id: 'identity-file', short: ['i'], long: ['identity-file'], value: true },
  { id: 'yes', short: ['y'], long: ['yes'], value: 'optional' },
  { id: 'help', short: ['h'], long: ['help'] },
  // propagate_version(true): every subcommand prints the version and exits on -V.
  { id: 'version', short: ['V'], long: ['version'] },
  { id: 'region', short: ['r'], long: ['region'], value: true },
  { id: 'kv', short: ['k'], long: ['kv'] },
  { id: 'json', long: ['json'] },
  { id: 'two-factor-code', long: ['2fa-code'], value: true },
  { id: 'set', long: ['set', 'set-from-stdin'], value: true },
  { id: 'file', long: ['file'], value: true },
  {
    id: 'other-value',
    long: [
      'local-dir',
      'path',
      'duplicate',
      'copy',
      'workspace',
      'cron',
      'at',
      'new-service-name',
      'source-repo-path',
      'lines',
      'filter',
    ],
    value: true,
  },
  { id: 'confirm-destructive', long: ['confirm-destructive'] },
  { id: 'other-flag', long: ['skip-deploys', 'stdin', 'detailed-exit-code', 'no-deploy'] },
];

/** One way of reading the argv: the command words (positionals before `--`) and the options. */
export interface RailwayReading {
  words: string[];
  args: ParsedArgs;
}

export interface RailwayCall {
  /** The argv as given (without `railway`), for trailing commands such as `railway ssh … CMD`. */
  args: readonly string[];
  /** First reading: unknown options take no value. Others: unknown options take one. */
  readings: RailwayReading[];
  /** Options no spec knows, verbatim. */
  unknown: string[];
  /** clap prints help (or the version) and exits before running anything, in every reading. */
  help: boolean;
}

// clap subcommand aliases (visible_alias/alias in railwayapp/cli), mapped to one canonical word.
const ALIASES: Readonly<Record<string, string>> = {
  rm: 'delete',
  remove: 'delete',
  delete: 'delete',
  env: 'environment',
  environment: 'environment',
  volumes: 'volume',
  volume: 'volume',
  variables: 'variable',
  vars: 'variable',
  var: 'variable',
  variable: 'variable',
  function: 'functions',
  fn: 'functions',
  func: 'functions',
  funcs: 'functions',
  fns: 'functions',
  functions: 'functions',
};

/** The canonical command word at `index` of the path, or undefined. */
export function commandWord(reading: RailwayReading, index: number): string | undefined {
  const word = reading.words[index];
  return word === undefined ? undefined : (ALIASES[word] ?? word);
}

/**
 * The positional at `index`, counting the command words; unlike the words, operands after `--`
 * count (`railway variable delete -- KEY` deletes KEY), as they do for clap.
 */
export function operandAt(reading: RailwayReading, index: number): string | undefined {
  return reading.args.positionals[index];
}

export function operandsFrom(reading: RailwayReading, index: number): string[] {
  return reading.args.positionals.slice(index);
}

/** True when the path starts with these canonical words. */
export function hasPath(reading: RailwayReading, ...words: string[]): boolean {
  return words.every((w, i) => commandWord(reading, i) === w);
}

export function parseRailway(args: readonly string[]): RailwayCall {
  const first = readArgs(args, RAILWAY_OPTIONS);
  const readings = [first];
  if (first.args.unknown.length > 0) {
    // An option guard does not know may take a value (a newer CLI) or be an error; read it both ways.
    const guessed = first.args.unknown.map(unknownAsValued);
    readings.push(readArgs(args, [...RAILWAY_OPTIONS, ...guessed]));
  }
  return {
    args,
    readings,
    unknown: first.args.unknown,
    help: readings.every((r) => hasOption(r.args, 'help') || hasOption(r.args, 'version')),
  };
}

function readArgs(args: readonly string[], specs: readonly OptionSpec[]): RailwayReading {
  const parsed = parseOptions(args, specs, { style: 'clap' });
  const end = doubleDashIndex(args, parsed);
  const words = parsed.positionals.filter((_, k) => (parsed.positionalIndexes[k] as number) < end);
  return { words, args: parsed };
}

/** Index of the `--` that ends options (not one consumed as an option's value), or argv length. */
function doubleDashIndex(args: readonly string[], parsed: ParsedArgs): number {
  for (let i = 0; i < args.length; i++) {
    if (args[i] !== '--') continue;
    const consumed = parsed.options.some((o) => o.index === i - 1 && o.value === '--' && o.raw.endsWith(' --'));
    if (!consumed) return i;
  }
  return args.length;
}

function unknownAsValued(raw: string): OptionSpec {
  const name = raw.replace(/^--?/, '').split('=')[0] as string;
  return raw.startsWith('--')
    ? { id: `unknown:${name}`, long: [name], value: true }
    : { id: `unknown:${name}`, short: [name], value: true };
}
