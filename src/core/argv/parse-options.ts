// One option parser for the syntaxes guarded CLIs use (see shared/reference/clis.md §0):
// - gnu:   bundled shorts (-rf, -tAc SQL, -cSQL), --long=value, unambiguous long prefixes, permutation, `--`.
// - pflag: like gnu but no long-prefix abbreviation (cobra: kubectl, helm, gh, fly, docker).
// - clap:  like pflag, plus `-e=value` (railway).
// - go:    Go's flag package: -flag and --flag identical, -flag=value, stops at the first positional (terraform).

export type OptionStyle = 'gnu' | 'pflag' | 'clap' | 'go';

export interface OptionSpec {
  /** Canonical id the rules refer to, e.g. "recursive". */
  id: string;
  /** Spellings: single letters for shorts ("r"), words for longs ("recursive"). */
  short?: string[];
  long?: string[];
  /**
   * Whether the option consumes a value. 'optional' takes only an attached `=value`;
   * 'attached' is getopt's `p::`: a value only when glued to the letter (`-psecret`), never the next word.
   */
  value?: boolean | 'optional' | 'attached';
}

export interface ParsedOption {
  id: string;
  value: string | undefined;
  /** The argv element(s) it came from, for messages. */
  raw: string;
  /** Index of the argv element where it started. */
  index: number;
}

export interface ParsedArgs {
  options: ParsedOption[];
  positionals: string[];
  /** Index in argv of each positional. */
  positionalIndexes: number[];
  /** Options that no spec knows, kept verbatim. */
  unknown: string[];
  /** True when `--` was seen. */
  sawDoubleDash: boolean;
}

export interface ParseSettings {
  style: OptionStyle;
  /** Options may follow operands (GNU permutation). Default: true except for 'go'. */
  permute?: boolean;
  /** Unknown options are assumed to take no value; list long names known to take one here. */
}

export function parseOptions(
  argv: readonly string[],
  specs: readonly OptionSpec[],
  settings: ParseSettings,
): ParsedArgs {
  const permute = settings.permute ?? settings.style !== 'go';
  const result: ParsedArgs = { options: [], positionals: [], positionalIndexes: [], unknown: [], sawDoubleDash: false };
  let onlyOperands = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (onlyOperands || arg === '-' || !arg.startsWith('-') || arg.length === 1) {
      result.positionals.push(arg);
      result.positionalIndexes.push(i);
      if (!permute) onlyOperands = true;
      continue;
    }
    if (arg === '--') {
      result.sawDoubleDash = true;
      onlyOperands = true;
      continue;
    }
    const consumed =
      settings.style === 'go'
        ? parseGoFlag(argv, i, specs, result)
        : parseDashed(argv, i, specs, settings.style, result);
    i += consumed;
  }
  return result;
}

/** Parses one `-x…` or `--name…` element; returns how many extra elements were consumed. */
function parseDashed(
  argv: readonly string[],
  i: number,
  specs: readonly OptionSpec[],
  style: OptionStyle,
  out: ParsedArgs,
): number {
  const arg = argv[i] as string;
  if (arg.startsWith('--')) {
    const body = arg.slice(2);
    const eq = body.indexOf('=');
    const name = eq === -1 ? body : body.slice(0, eq);
    const spec = findLong(specs, name, style === 'gnu');
    if (!spec) {
      out.unknown.push(arg);
      return 0;
    }
    if (eq !== -1) {
      out.options.push({ id: spec.id, value: body.slice(eq + 1), raw: arg, index: i });
      return 0;
    }
    if (spec.value === true) {
      const next = argv[i + 1];
      out.options.push({ id: spec.id, value: next, raw: next === undefined ? arg : `${arg} ${next}`, index: i });
      return next === undefined ? 0 : 1;
    }
    out.options.push({ id: spec.id, value: undefined, raw: arg, index: i });
    return 0;
  }
  // A bundle of shorts: -rf, -tAc SQL, -cSQL, -e=prod (clap).
  for (let j = 1; j < arg.length; j++) {
    const letter = arg[j] as string;
    const spec = specs.find((s) => s.short?.includes(letter));
    if (!spec) {
      out.unknown.push(`-${letter}`);
      continue;
    }
    if (spec.value === 'attached' && j + 1 < arg.length) {
      out.options.push({ id: spec.id, value: arg.slice(j + 1), raw: arg, index: i });
      return 0;
    }
    if (spec.value === true || (spec.value === 'optional' && arg[j + 1] === '=')) {
      let rest = arg.slice(j + 1);
      if (rest.startsWith('=') && (style === 'clap' || style === 'pflag' || spec.value === 'optional'))
        rest = rest.slice(1);
      if (rest.length > 0) {
        out.options.push({ id: spec.id, value: rest, raw: arg, index: i });
        return 0;
      }
      const next = argv[i + 1];
      out.options.push({ id: spec.id, value: next, raw: next === undefined ? arg : `${arg} ${next}`, index: i });
      return next === undefined ? 0 : 1;
    }
    out.options.push({ id: spec.id, value: undefined, raw: arg, index: i });
  }
  return 0;
}

function parseGoFlag(argv: readonly string[], i: number, specs: readonly OptionSpec[], out: ParsedArgs): number {
  const arg = argv[i] as string;
  const body = arg.replace(/^--?/, '');
  const eq = body.indexOf('=');
  const name = eq === -1 ? body : body.slice(0, eq);
  const spec = specs.find((s) => s.long?.includes(name) || s.short?.includes(name));
  if (!spec) {
    out.unknown.push(arg);
    return 0;
  }
  if (eq !== -1) {
    out.options.push({ id: spec.id, value: body.slice(eq + 1), raw: arg, index: i });
    return 0;
  }
  if (spec.value === true) {
    const next = argv[i + 1];
    out.options.push({ id: spec.id, value: next, raw: next === undefined ? arg : `${arg} ${next}`, index: i });
    return next === undefined ? 0 : 1;
  }
  out.options.push({ id: spec.id, value: undefined, raw: arg, index: i });
  return 0;
}

/** Exact long name, or (GNU) the unique spec that the abbreviation is a prefix of. */
function findLong(specs: readonly OptionSpec[], name: string, allowPrefix: boolean): OptionSpec | undefined {
  const exact = specs.find((s) => s.long?.includes(name));
  if (exact || !allowPrefix || name.length === 0) return exact;
  const candidates = specs.filter((s) => s.long?.some((l) => l.startsWith(name)));
  return candidates.length === 1 ? candidates[0] : undefined;
}

export function hasOption(parsed: ParsedArgs, id: string): boolean {
  return parsed.options.some((o) => o.id === id);
}

/** The last value given for an option (CLIs let later flags win). */
export function optionValue(parsed: ParsedArgs, id: string): string | undefined {
  for (let k = parsed.options.length - 1; k >= 0; k--) {
    const o = parsed.options[k] as ParsedOption;
    if (o.id === id && o.value !== undefined) return o.value;
  }
  return undefined;
}

export function optionValues(parsed: ParsedArgs, id: string): string[] {
  return parsed.options.filter((o) => o.id === id && o.value !== undefined).map((o) => o.value as string);
}

/** Go/`strconv.ParseBool`-style truthiness for flags like `-auto-approve=false`. */
export function isTruthyFlag(parsed: ParsedArgs, id: string): boolean {
  const matches = parsed.options.filter((o) => o.id === id);
  const last = matches[matches.length - 1];
  if (!last) return false;
  if (last.value === undefined) return true;
  return !/^(0|f|false|no)$/i.test(last.value);
}
