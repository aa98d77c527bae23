// The shape of one config file (user or project), validated with zod. Layer rules (what a
// project may not say) are checked afterwards in project-limits.ts; this is only the shape.
import { z } from 'zod';
import {
  LOCKOUT_RANGE,
  MAX_ALERT_TIMEOUT_SECONDS,
  MAX_COOLDOWN_SECONDS,
  MIN_COOLDOWN_SECONDS,
  PROBE_TIMEOUT_RANGE_MS,
} from '../config-defaults.js';
import type { SignalKind } from '../environment.js';
import { SIGNAL_KINDS } from './signal-kinds.js';

export { SIGNAL_KINDS };

const ID = /^[a-z0-9]+(-[a-z0-9]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/;
const text = z.string().trim().min(1, 'expected a non-empty string');
const patterns = z.array(text);
const ruleId = z.string().regex(ID, 'expected a rule id like "tool/kebab-case"');
// `-name` is a long option for tools with Go-style flags (`style: "go"`).
const flagName = z
  .string()
  .regex(/^(--?[A-Za-z0-9][\w-]*)$/, 'expected a flag like "--name", "-n" or (go style) "-name"');
/** A word, or alternatives; `*` matches any run of characters (`delete-*`). */
const wordPattern = z.union([text, z.array(text).min(1)]);
const oneOrMany = <T extends z.ZodTypeAny>(item: T) =>
  z.union([item, z.array(item).min(1)], {
    errorMap: () => ({ message: 'expected a flag such as "--name" or a non-empty list of them' }),
  });

/** The bounds the user config and the system policy share (config-defaults.ts holds the numbers). */
export const cooldownSchema = z
  .number()
  .int()
  .min(MIN_COOLDOWN_SECONDS, `expected at least ${MIN_COOLDOWN_SECONDS} seconds (the minimum cooldown)`)
  .max(MAX_COOLDOWN_SECONDS);
const { attempts, windowSeconds } = LOCKOUT_RANGE;
export const lockoutSchema = z.strictObject({
  attempts: z.number().int().min(attempts.min).max(attempts.max),
  windowSeconds: z.number().int().min(windowSeconds.min).max(windowSeconds.max),
});

const envVarName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'expected an environment variable name');
const matchSchema = z.record(z.enum(SIGNAL_KINDS), patterns);

export const environmentSchema = z
  .object({
    name: text,
    production: z.boolean(),
    match: matchSchema.optional(),
  })
  .strict();

/** A human's signature from `guard sign` (a system policy may accept only signed loosening). */
const proofSchema = z.strictObject({ publicKey: z.string(), signature: z.string() });

export const allowanceSchema = z
  .object({
    rule: ruleId,
    environment: text,
    resource: text,
    reason: z.string().optional(),
    signature: proofSchema.optional(),
  })
  .strict();

const exampleSchema = z
  .object({
    argv: z.array(z.string()).min(1, 'expected the command as a list of words, command name first'),
    env: z.record(z.string(), z.string()).optional(),
    cwd: z.string().optional(),
    resource: z.string().optional(),
    environment: z.string().optional(),
    note: z.string().optional(),
    /** What arrives on standard input (SQL piped into a client). */
    stdin: z.string().optional(),
  })
  .strict();

export const customRuleSchema = z
  .object({
    id: ruleId,
    /** Pack (tool family) name; defaults to the id's prefix, which it must equal. */
    tool: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case tool name')
      .optional(),
    /** Executable names; defaults to [tool]. */
    commands: z
      .array(z.string().regex(/^[\w.+-]+$/, 'expected an executable name'))
      .min(1)
      .optional(),
    when: z.strictObject({
      /** The positional words the command starts with, in order (`db drop`); a word may list alternatives or use `*`. */
      args: z.array(wordPattern).optional(),
      /** Each item must be present: a flag, or a list of alternative spellings. */
      flags: z.array(oneOrMany(flagName)).optional(),
      /** At least one argument equals one of these. */
      anyArg: z.array(text).min(1).optional(),
      /** None of these flags is present (`--dry-run`, `--help`). */
      unlessFlags: z.array(flagName).optional(),
      /** Benign look-alikes: a command that also matches one of these is not this operation; say why. */
      except: z
        .array(
          z.strictObject({
            args: z.array(wordPattern).optional(),
            flags: z.array(flagName).optional(),
            anyArg: z.array(text).min(1).optional(),
            reason: text,
          }),
        )
        .optional(),
    }),
    /** How the tool spells options: gnu/pflag (`--name`, bundled `-rf`) or go (`-name` = `--name`). */
    style: z.enum(['gnu', 'pflag', 'go']).optional(),
    /** The command carries SQL (in a flag's value, a file a flag names, or the operands from this position on): it matches only what the SQL analysis finds destructive; a file guard cannot read matches (fail closed). */
    sql: z
      .strictObject({
        flag: oneOrMany(flagName).optional(),
        file: oneOrMany(flagName).optional(),
        positional: z.number().int().min(0).optional(),
        dialect: z.enum(['postgres', 'mysql']).optional(),
        stdin: z.boolean().optional(),
      })
      .optional(),
    /** What brings the resource back (a grace period, a snapshot, versioning), or "no undo". */
    undo: text.optional(),
    /** Flags that take a value, so that their value is not taken as a positional word. */
    valueFlags: z.array(flagName).optional(),
    resource: z.union(
      [
        z.strictObject({ positional: z.number().int(), default: text.optional() }), // negative: from the end
        z.strictObject({ flag: oneOrMany(flagName), default: text.optional() }),
        z.strictObject({ value: text }),
      ],
      { errorMap: () => ({ message: 'expected {positional: N}, {flag: "--name"} or {value: "name"}' }) },
    ),
    environment: z
      .strictObject({
        flag: oneOrMany(flagName).optional(),
        envVar: z
          .union([envVarName, z.array(envVarName).min(1)], {
            errorMap: () => ({ message: 'expected a variable name or a non-empty list of them' }),
          })
          .optional(),
        /** An operand names the target (a database file, a host). */
        positional: z.number().int().min(0).optional(),
        kind: z.enum(SIGNAL_KINDS).optional(),
      })
      .optional(),
    summary: text,
    message: text,
    rationale: text,
    safer: text,
    examples: z.strictObject({
      destructive: z.array(exampleSchema).min(1, 'expected at least one destructive example'),
      benign: z.array(exampleSchema).min(1, 'expected at least one benign example'),
    }),
  })
  .strict();

export const configFileSchema = z
  .object({
    environments: z.array(environmentSchema).optional(),
    protectedPaths: z.array(text).optional(),
    rules: z.array(customRuleSchema).optional(),
    /** User config only: narrow allowances. */
    allow: z.array(allowanceSchema).optional(),
    /** User config only: rule ids switched off. */
    disable: z.array(z.union([ruleId, z.strictObject({ rule: ruleId, signature: proofSchema })])).optional(),
    cooldownSeconds: cooldownSchema.optional(),
    /** User config only. */
    audit: z
      .strictObject({
        path: text.optional(),
        /** Every record (and so the chain head) also to syslog: local, unix:PATH, udp://HOST:PORT or tcp://HOST:PORT. */
        syslog: z
          .strictObject({
            to: z
              .string()
              .regex(
                /^(local|unix:\/.+|(udp|tcp):\/\/.+)$/,
                'expected local, unix:/path, udp://host:port or tcp://host:port',
              ),
            tag: z
              .string()
              .regex(/^[\w.-]{1,48}$/)
              .optional(),
            readBack: text.optional(),
          })
          .optional(),
        /** Every record also as an OpenTelemetry log record (OTLP/HTTP JSON). */
        otlp: z
          .strictObject({
            endpoint: z.string().url('expected the collector URL, e.g. http://collector:4318/v1/logs'),
            headers: z.record(z.string()).optional(),
          })
          .optional(),
      })
      .optional(),
    /** API hosts (`*` wildcard) where an HTTP DELETE destroys something; environment absent = unknown. */
    apiHosts: z.array(z.strictObject({ host: text, environment: text.optional() })).optional(),
    /** Burst lockout; a project may only make it stricter (fewer attempts, longer window). */
    lockout: lockoutSchema.optional(),
    /** User config only: a command or webhook told about refusals and confirmed production commands. */
    alerts: z
      .strictObject({
        command: text.optional(),
        webhook: z.string().url('expected a URL').optional(),
        timeoutSeconds: z.number().int().min(1).max(MAX_ALERT_TIMEOUT_SECONDS).optional(),
      })
      .optional(),
    /** User config only: salted scrypt hash from `guard passphrase`. */
    passphrase: z
      .strictObject({
        salt: z.string().regex(/^[0-9a-f]{16,}$/, 'expected the hex salt printed by `guard passphrase`'),
        hash: z.string().regex(/^[0-9a-f]{32,}$/, 'expected the hex hash printed by `guard passphrase`'),
      })
      .optional(),
    probes: z
      .strictObject({
        enabled: z.boolean().optional(),
        timeoutMs: z.number().int().min(PROBE_TIMEOUT_RANGE_MS.min).max(PROBE_TIMEOUT_RANGE_MS.max).optional(),
      })
      .optional(),
  })
  .strict();

export type ConfigFileData = z.infer<typeof configFileSchema>;
export type CustomRuleSpec = z.infer<typeof customRuleSchema>;
export type AllowanceSpec = z.infer<typeof allowanceSchema>;
export type EnvironmentSpec = z.infer<typeof environmentSchema>;

// Compile-time: SIGNAL_KINDS lists exactly the SignalKinds of environment.ts.
type MissingKind = Exclude<SignalKind, (typeof SIGNAL_KINDS)[number]>;
type ExtraKind = Exclude<(typeof SIGNAL_KINDS)[number], SignalKind>;
export const SIGNAL_KINDS_COMPLETE: [MissingKind | ExtraKind] extends [never] ? true : never = true;
