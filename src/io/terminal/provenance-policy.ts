import type { ProvenancePolicy } from '../../core/terminal/judge-terminal.js';
import { systemPolicy } from '../system-policy/load-system-policy.js';

export interface TerminalPolicy extends ProvenancePolicy {
  /** Refuse, rather than allow, when provenance cannot be established. */
  requireProvenance: boolean;
}

/**
 * The provenance settings of the trusted (root-owned) system policy. User and project config,
 * which an agent can write, never reach them.
 */
export function terminalPolicy(env: NodeJS.ProcessEnv = process.env): TerminalPolicy {
  const policy = systemPolicy(env).policy;
  return {
    trustedDriverUids: policy?.humanDriverUids ?? [],
    requireProvenance: policy?.requireTerminalProvenance === true,
  };
}
