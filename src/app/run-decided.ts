import { EXIT } from '../core/exit-codes.js';
import { exited, statusOf, type Outcome } from '../core/outcome.js';
import type { Decision } from '../core/types.js';
import { writeStderr } from '../io/write-stderr.js';
import type { AuditTrail } from './audit-trail.js';
import { configNotices, configRefusal } from './config-setup.js';
import { gateDestructive } from './gate-destructive.js';
import type { Session } from './session.js';

/**
 * What prefix mode and `guard run --shell` share once a decision is made: a broken config refuses
 * destructive work, allowances are shown, benign runs at once, destructive goes through the gate;
 * every outcome is audited with the tool's exit status.
 */
export async function runDecided(
  argv: readonly string[],
  decision: Decision,
  session: Session,
  trail: AuditTrail,
  deny: boolean,
  run: () => Promise<Outcome>,
): Promise<Outcome> {
  const brokenConfig = configRefusal(decision, session.setup);
  if (brokenConfig) {
    writeStderr(`${brokenConfig}\n`);
    trail.tryAppend({ decision: 'refused', how: 'config-invalid' });
    return exited(EXIT.config);
  }
  for (const line of configNotices(decision)) writeStderr(`${line}\n`);
  if (decision.decision === 'allow') {
    const outcome = await run();
    trail.tryAppend({ decision: 'allow', exitCode: statusOf(outcome) });
    return outcome;
  }
  const gate = await gateDestructive(argv, decision, session.ctx, trail, deny);
  if (!gate.proceed) return exited(gate.code);
  const outcome = await run();
  trail.tryAppend({ decision: 'exit', ref: gate.ref, exitCode: statusOf(outcome) });
  return outcome;
}
