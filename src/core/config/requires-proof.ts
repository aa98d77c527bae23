// Apart from the zod schema, so the confirmation path does not load zod.
import type { ProofAction, SystemPolicy } from './system-policy-schema.js';

/** Whether `action` needs a passphrase proof under `policy`. */
export function requiresProof(policy: SystemPolicy | undefined, action: ProofAction): boolean {
  if (!policy?.approvalKeys?.length) return false;
  return policy.requireProof?.[action] ?? true;
}
