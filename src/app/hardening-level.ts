// `guard doctor`'s one-line hardening level: which of the five protections hold, and what each
// missing one lets an agent do.
import type { Context } from '../core/types.js';
import { separateFromLoginUser, shimsRootOwned, terminalProvenanceAvailable } from '../io/hardening-probes.js';

export interface HardeningCheck {
  name: string;
  holds: boolean;
  /** What an agent can do while it does not hold. */
  gap: string;
}

export function hardeningChecks(ctx: Context, shimDir: string): HardeningCheck[] {
  const policy = ctx.config.system?.policy;
  return [
    {
      name: 'root-owned shims',
      holds: shimsRootOwned(shimDir),
      gap: 'the agent can rewrite or remove the shims that send its commands to guard',
    },
    {
      name: 'system policy',
      holds: policy !== undefined,
      gap: "the agent account's own config decides what guard allows (allowances, disabled rules)",
    },
    {
      name: 'pinned approval keys',
      holds: (policy?.approvalKeys?.length ?? 0) > 0,
      gap: "an agent that edits guard's state files can forge approvals and unlocks",
    },
    {
      name: 'agent as a separate user',
      holds: separateFromLoginUser() === true,
      gap: 'an agent running as you can write your guard files and drive your terminals',
    },
    {
      name: 'terminal provenance',
      holds: terminalProvenanceAvailable(),
      gap: 'a program driving a pseudo-terminal cannot be told apart from you typing',
    },
  ];
}

export function hardeningLine(checks: readonly HardeningCheck[]): string {
  const held = checks.filter((c) => c.holds).length;
  const parts = checks.map((c) => (c.holds ? `${c.name}: yes` : `${c.name}: no (${c.gap})`));
  return `hardening ${held}/${checks.length}: ${parts.join('; ')}`;
}
