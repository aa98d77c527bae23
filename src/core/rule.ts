import type { Context, Environment } from './types.js';

/** A documented example. argv[0] is the command name. */
export interface RuleExample {
  argv: string[];
  /** Fixture facts: default cwd /home/user/project, HOME /home/user. */
  cwd?: string;
  env?: Record<string, string>;
  /** Files that exist in the fixture filesystem (path → content). Directories are implied. */
  files?: Record<string, string>;
  /** Empty directories that exist. */
  dirs?: string[];
  /** Symlinks (link path → target). */
  links?: Record<string, string>;
  stdin?: string;
  /** Probe answers keyed by `file arg1 arg2…` (stand-ins for read-only probes). */
  probes?: Record<string, { code: number; stdout: string }>;
  /** For destructive examples: what the finding must name. */
  resource?: string;
  environment?: string;
  /** Why this example is here. */
  note?: string;
}

export interface RuleMatch {
  resource: string;
  /** Overrides the pack's environment (e.g. rm's target is always the local machine). */
  environment?: Environment;
  details?: string[];
  warnings?: string[];
}

export interface Rule<P> {
  /** `tool/kebab-case`, stable forever. */
  id: string;
  /** One line for `guard rules`. */
  summary: string;
  /** Why it is irreversible; may use {{resource}} and {{environment}}. */
  message: string;
  rationale: string;
  /** The safer alternative a person should consider. */
  safer: string;
  match(parsed: P, ctx: Context): RuleMatch | RuleMatch[] | null;
  /** The concrete command paths this rule covers (`zfs destroy`), for counting; absent = one. */
  operations?: string[];
  /** Benign look-alikes the rule leaves alone, each with its reason (catalogue `except`). */
  exceptions?: string[];
  examples: { destructive: RuleExample[]; benign: RuleExample[] };
}

/**
 * What the shim's shell pre-filter may treat as "certainly benign". Any condition that holds
 * sends the call to the full check. Must be conservative: every destructive example of the pack
 * has to trip at least one condition (a test enforces it).
 */
export interface PrefilterSpec {
  /** Always run the full check (except for a call that `clears` names). */
  always?: boolean;
  /**
   * A call whose only argument is one of these is certainly benign (`--version`, `--help`): checked
   * first, so even a pack that always needs the full check does not start Node for them.
   */
  clears?: string[];
  /** An argument equal to one of these. */
  words?: string[];
  /** An argument equal to one of these in any letter case (Redis commands: FLUSHALL, flushall, FlushAll). */
  wordsAnyCase?: string[];
  /** An argument starting with one of these. */
  prefixes?: string[];
  /** An argument ending with one of these (e.g. `.sqlite`: a database file named relative to cwd). */
  suffixes?: string[];
  /** A single-dash bundle (not `--…`) containing one of these letters, e.g. "rR". */
  shortFlagChars?: string;
  /** Standard input is not a terminal (SQL or a request body may arrive on it). */
  stdinNotTty?: boolean;
  /** Any operand that is absolute, contains `..` or starts with `~`, or a cwd inside a protected path. */
  pathOperands?: boolean;
  /** One of these environment variables is set. */
  envVars?: string[];
  /** The working directory is one of these paths, inside one, or above one (`~/` = HOME). */
  cwdPaths?: string[];
  /**
   * Files that mark a directory as data (e.g. PG_VERSION): one in the working directory or any
   * directory above it, or in any directory along a relative argument's path.
   */
  markerFiles?: string[];
}

export interface RulePack<P = unknown> {
  /** Family name; also the rules/ file name. */
  tool: string;
  /** Where the pack comes from: "built-in", or the config file that defined it. */
  source?: string;
  /** Executable names this pack guards, e.g. ['terraform', 'tofu']. */
  commands: string[];
  /** Whether stdin must be captured for analysis before the real tool runs. */
  readsStdin?: (args: readonly string[]) => boolean;
  prefilter: PrefilterSpec;
  /** argv without the command name; `command` is that name (`tofu` or `terraform`) for packs that probe it. */
  parse(args: readonly string[], ctx: Context, command?: string): P;
  /** The environment the command will hit, with its evidence. */
  environment(parsed: P, ctx: Context): Environment;
  rules: Rule<P>[];
}

/** Identity helper that keeps each pack's parsed type checked against its rules. */
export function definePack<P>(pack: RulePack<P>): RulePack<P> {
  return pack;
}
