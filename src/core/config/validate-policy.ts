import { systemPolicySchema, type SystemPolicy } from './system-policy-schema.js';
import type { ConfigProblem } from './problem.js';
import { keyPath } from './validate.js';

export type ValidatedPolicy = { ok: true; policy: SystemPolicy } | { ok: false; problems: ConfigProblem[] };

/** Checks the system policy's data; a policy root wrote that does not validate refuses destructive commands. */
export function validatePolicyData(data: unknown, file: string): ValidatedPolicy {
  const result = systemPolicySchema.safeParse(data ?? {});
  if (result.success) return { ok: true, policy: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      file,
      layer: 'system',
      key: keyPath(issue.path),
      message: issue.message.replace(/^[A-Z]/, (c) => c.toLowerCase()),
    })),
  };
}
