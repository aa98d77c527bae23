import { EXIT } from '../core/exit-codes.js';
import type { Context, Decision } from '../core/types.js';
import { writeStderr } from '../io/write-stderr.js';
import type { AuditTrail } from './audit-trail.js';
import { configNotices, configRefusal, type GuardSetup } from './config-setup.js';
import { gateDestructive } from './gate-destructive.js';

/**
 * What prefix mode and `guard run --shell` share once a decision is made: a broken config refuses
 * destructive work, allowances are shown, benign runs at once, destructive goes through the gate;
 * every outcome is audited with the tool's exit code.
 */
export async function runDecided(argv: readonly string[], decision: Decision, setup: GuardSetup, ctx: Context, trail: AuditTrail, deny: boolean, run: () => Promise<number>): Promise<number> {
  const brokenConfig = configRefusal(decision, setup);
  if (brokenConfig) {
    writeStderr(`${brokenConfig}\n`);
    trail.tryAppend({ decision: 'refused', how: 'config-invalid' });
    return EXIT.config;
  }
  for (const line of configNotices(decision)) writeStderr(`${line}\n`);
  if (decision.decision === 'allow') {
    const code = await run();
    trail.tryAppend({ decision: 'allow', exitCode: code });
    return code;
  }
  const gate = await gateDestructive(argv, decision, ctx, trail, deny);
  if (!gate.proceed) return gate.code;
  const code = await run();
  trail.tryAppend({ decision: 'exit', ref: gate.ref, exitCode: code });
  return code;
}
