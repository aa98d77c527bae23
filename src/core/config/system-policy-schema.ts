// The shape of the system policy (/etc/guard/policy.json|yaml): the top layer, written by root.
// User and project config can only tighten it (apply-system-policy.ts).
import { z } from 'zod';
import { allowanceSchema, cooldownSchema, environmentSchema, lockoutSchema } from './schema.js';

const text = z.string().trim().min(1, 'expected a non-empty string');

/** One pinned approval key, as printed by `guard passphrase`. */
export const approvalKeySchema = z.strictObject({
  /** Ed25519 public key, raw 32 bytes in base64url. */
  publicKey: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'expected the base64url public key printed by `guard passphrase`'),
  salt: z.string().regex(/^[0-9a-f]{32,}$/, 'expected the hex salt printed by `guard passphrase`'),
  scrypt: z.strictObject({
    N: z
      .number()
      .int()
      .min(2 ** 14)
      .max(2 ** 22),
    r: z.number().int().min(8).max(32),
    p: z.number().int().min(1).max(16),
  }),
  label: z.string().optional(),
});

const proofSchema = z.strictObject({
  approve: z.boolean().optional(),
  unlock: z.boolean().optional(),
  production: z.boolean().optional(),
  uninstall: z.boolean().optional(),
});

export const systemPolicySchema = z.strictObject({
  version: z.literal(1).optional(),
  environments: z.array(environmentSchema).optional(),
  protectedPaths: z.array(text).optional(),
  cooldownSeconds: cooldownSchema.optional(),
  /** A ceiling: the user or a project may only lower attempts and lengthen the window. */
  lockout: lockoutSchema.optional(),
  /** What a user config's `allow` and `disable` may do: apply, apply only when signed with a pinned key, or nothing. */
  loosening: z.enum(['allow', 'signed', 'forbid']).optional(),
  /** Allowances root grants to every user (the only unsigned loosening a hardened policy keeps). */
  allow: z.array(allowanceSchema).optional(),
  /** Which human-only actions need the passphrase (default: all of them once a key is pinned). */
  requireProof: proofSchema.optional(),
  approvalKeys: z.array(approvalKeySchema).optional(),
  /** Passphrase attempts before guard waits; the wait doubles with each further failure. */
  passphraseAttempts: z
    .strictObject({ max: z.number().int().min(1).max(20), windowSeconds: z.number().int().min(10).max(86400) })
    .optional(),
  /** An audit sink that replaces the user config's audit path, and whether to copy records to syslog. */
  audit: z.strictObject({ path: text.optional(), syslog: z.boolean().optional() }).optional(),
  /**
   * Locate state and user config from HOME / XDG_* instead of the account database. For test
   * harnesses only: it lets whoever sets those variables relocate guard's state.
   */
  locationsFromEnvironment: z.boolean().optional(),
  /** Uids whose processes count as a human's terminal driver (a test harness running as root). */
  humanDriverUids: z.array(z.number().int().min(0)).optional(),
  /** Refuse every human-only prompt when guard cannot tell who drives its terminal (no /proc, holder invisible). */
  requireTerminalProvenance: z.boolean().optional(),
});

export type SystemPolicy = z.infer<typeof systemPolicySchema>;
export type ApprovalKey = z.infer<typeof approvalKeySchema>;
export type ProofAction = keyof z.infer<typeof proofSchema>;
