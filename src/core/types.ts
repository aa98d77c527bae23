import type { AuditShipping } from './audit/shipping.js';
// Shared vocabulary of the pure core. Nothing here performs I/O.
import type { SystemPolicy } from './config/system-policy-schema.js';

/** How a piece of environment evidence was obtained, strongest first. */
export type EvidenceSource = 'flag' | 'env' | 'config' | 'tool-config' | 'probe' | 'target' | 'default' | 'unknown';

export interface Evidence {
  source: EvidenceSource;
  /** Human-readable: "-e production", "RAILWAY_TOKEN is set (project token)". */
  detail: string;
}

interface EnvironmentFacts {
  /** The source that finally decided the name. */
  source: EvidenceSource;
  /** True when the environment is production or could not be established. */
  production: boolean;
  /** The chain of evidence, the deciding item first. */
  evidence: Evidence[];
}

/**
 * Where a command lands: a named environment ("production", "staging", "default"…), this machine
 * (`local`), or one guard could not establish (`unknown`, treated as production). Code branches on
 * `kind`; `name` is what is shown.
 */
export type Environment =
  | (EnvironmentFacts & { kind: 'named'; name: string })
  | (EnvironmentFacts & { kind: 'local'; name: 'local'; production: true })
  | (EnvironmentFacts & { kind: 'unknown'; name: 'unknown'; source: 'unknown'; production: true });

interface FindingFacts {
  /** Stable rule id, `tool/kebab-case`. */
  rule: string;
  tool: string;
  resource: string;
  environment: Environment;
  /** Extra panel lines (other operands, CASCADE widening, …). */
  details: string[];
  /** Warnings shown in the panel (token hygiene, skip flags, …). */
  warnings: string[];
  /** Set when a user-config allowance let this finding through (it is then listed in Decision.allowed). */
  allowedBy?: AllowanceRef;
}

/** A rule matched. `message` is its template ({{resource}}, {{environment}}), filled in at presentation. */
export interface RuleFinding extends FindingFacts {
  kind: 'rule';
  message: string;
}

/** guard itself could not judge the command (its analysis failed): no allowance covers it. */
export interface GuardFinding extends FindingFacts {
  kind: 'guard';
  text: string;
}

/** What guard found: data only; finding-text.ts turns it into the sentence people read. */
export type Finding = RuleFinding | GuardFinding;

/** A narrow allowance from the user config: rule id + environment pattern + resource pattern. */
export interface AllowanceRef {
  rule: string;
  environment: string;
  resource: string;
  /** The config file that holds it. */
  file: string;
  reason?: string;
  /** Verified against a pinned approval key (a system policy may accept only signed ones). */
  signed?: boolean;
  /** The signature the config file carries (`guard sign allow …`). */
  signature?: { publicKey: string; signature: string };
}

export type Verdict = 'allow' | 'confirm';

export interface Decision {
  decision: Verdict;
  findings: Finding[];
  /** Findings a user-config allowance let through (each has `allowedBy`); they do not need confirmation. */
  allowed?: Finding[];
}

/** A read-only view of the filesystem, injected so the core stays pure. */
export interface FileView {
  readText(path: string): string | undefined;
  stat(path: string): FileStat | undefined;
  /** Resolves symlinks; undefined when the path does not exist. */
  realpath(path: string): string | undefined;
  readdir(path: string): string[] | undefined;
  /**
   * Present only on a snapshot view (batch classification, where nothing runs between lines): keeps a
   * value derived from the files alone (and from `key`, which must name everything else it depends on)
   * for the rest of the batch. Use through `derived()`.
   */
  memo?: <T>(key: string, compute: () => T) => T;
  /** Drops every value `memo` kept (something they depend on beyond the files changed: the SQL parser was loaded). */
  forgetDerived?: () => void;
}

export interface FileStat {
  isDirectory: boolean;
  isFile: boolean;
  isSymlink: boolean;
  /** Bytes, when known (lets readers notice that readText returned only a prefix). */
  size?: number;
}

export interface ProbeResult {
  ok: boolean;
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a read-only probe (e.g. `terraform show -json PLAN`), with a short timeout. */
export type ProbeRunner = (file: string, args: string[], options?: { cwd?: string; timeoutMs?: number }) => ProbeResult;

/** Standard input captured by the shell for tools that read commands from it (psql, redis-cli, curl @-). */
export interface StdinView {
  text: string;
  /** True when only a prefix was kept for analysis (the whole input is still replayed). */
  truncated: boolean;
}

export interface EnvironmentDefinition {
  name: string;
  production: boolean;
  /** Signal kind → patterns (`*` wildcard) that identify this environment. */
  match?: Partial<Record<string, string[]>>;
  /** The config file(s) that defined it, for evidence lines. */
  source?: string;
}

/** The effective configuration the core decides with. Defaults live in config-defaults.ts. */
export interface GuardConfig {
  /** Extra paths whose removal (recursive or not) needs confirmation. */
  protectedPaths: string[];
  /** Known environments; names not listed are judged by name (see environment.ts). */
  environments: EnvironmentDefinition[];
  /** API hosts (`*` wildcard) where an HTTP DELETE destroys something; environment absent = unknown. */
  apiHosts?: ApiHost[];
  /** Where the audit trail goes (user config only). Default: $XDG_STATE_HOME/guard/audit.jsonl. */
  audit?: { path?: string } & AuditShipping;
  /** Seconds of visible countdown after a confirmed production command (at least 5). */
  cooldownSeconds?: number;
  /** Burst lockout: more than `attempts` destructive attempts within `windowSeconds` locks guard. */
  lockout?: { attempts: number; windowSeconds: number };
  /** Run on every refusal and confirmed production command, without blocking. */
  alerts?: { command?: string; webhook?: string; timeoutSeconds?: number };
  /** Opt-in second factor for production: a salted scrypt hash of a passphrase only the human knows. */
  passphrase?: { salt: string; hash: string };
  /** Read-only probes of the real tool (e.g. to read its linked environment); a project may only turn them off. */
  probes?: { enabled: boolean; timeoutMs: number };
  /** The trusted system policy in force (src/io/system-policy/), if any. */
  system?: { source: string; policy: SystemPolicy };
}

export interface ApiHost {
  host: string;
  environment?: string;
}

export interface Context {
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  home: string;
  tmpdir: string;
  hostname: string;
  fs: FileView;
  /** Absent when probes are not allowed (pure tests, `check` without probes). */
  probe?: ProbeRunner;
  config: GuardConfig;
  stdin?: StdinView;
  /** The PostgreSQL parser (app/sql-parser-for.ts installs it; it is loaded only when SQL needs a parse). */
  sqlParser?: SqlParser;
  /** A deny-only channel (the agent hooks): SQL the lexical analysis already finds destructive is refused without a parse. */
  sqlLexicalFirst?: boolean;
}

/** A parse of PostgreSQL text: libpg-query's JSON tree (`{stmts: [...]}`) or the parser's error. */
export type SqlParseOutcome = { ok: true; tree: unknown } | { ok: false; message: string; position?: number };

/** Parses PostgreSQL SQL synchronously; must not throw (errors come back as `ok: false`). */
export type SqlParser = (sql: string) => SqlParseOutcome;
