import type { ProvenancePolicy } from '../../core/terminal/judge-terminal.js';

export interface TerminalPolicy extends ProvenancePolicy {
  /** Refuse, rather than allow, when provenance cannot be established. */
  requireProvenance: boolean;
}

/**
 * The provenance settings of the trusted system policy. Only a root-owned policy may set them:
 * user and project config, which an agent can write, never reach this.
 */
export function terminalPolicy(): TerminalPolicy {
  return { trustedDriverUids: [], requireProvenance: false };
}
