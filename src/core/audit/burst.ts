import { DEFAULT_BURST } from '../config-defaults.js';
import type { AuditRecord } from './record.js';

export interface BurstPolicy {
  attempts: number;
  windowSeconds: number;
}

export { DEFAULT_BURST };

/**
 * Attempts that count towards the lockout: refusals without a human (no terminal, a driven one,
 * deny mode, a hook). A human who confirms, cancels or mistypes at a verified terminal is not an
 * agent probing, and refusals caused by the lock itself are its consequence, not new attempts.
 */
function countsAsAttempt(record: AuditRecord): boolean {
  return record.decision === 'refused' && record.how !== 'lock' && record.how !== 'burst';
}

/** True when this attempt would be more than `attempts` destructive attempts within the window. */
export function isBurst(records: readonly AuditRecord[], nowMs: number, policy: BurstPolicy = DEFAULT_BURST): boolean {
  const since = nowMs - policy.windowSeconds * 1000;
  // `guard unlock` starts a fresh window: the attempts that caused the lock do not lock again.
  let start = 0;
  records.forEach((r, i) => {
    if (r.decision === 'unlock') start = i + 1;
  });
  const recent = records.slice(start).filter((r) => countsAsAttempt(r) && Date.parse(r.time) >= since).length;
  return recent + 1 > policy.attempts;
}
