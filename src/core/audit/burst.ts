import type { AuditRecord } from './record.js';

const ATTEMPTS: ReadonlySet<string> = new Set(['confirm-ok', 'confirm-failed', 'refused']);

export interface BurstPolicy {
  attempts: number;
  windowSeconds: number;
}

export const DEFAULT_BURST: BurstPolicy = { attempts: 3, windowSeconds: 60 };

/** True when this attempt would be more than `attempts` destructive attempts within the window. */
export function isBurst(records: readonly AuditRecord[], nowMs: number, policy: BurstPolicy = DEFAULT_BURST): boolean {
  const since = nowMs - policy.windowSeconds * 1000;
  const recent = records.filter((r) => ATTEMPTS.has(r.decision) && r.how !== 'lock' && Date.parse(r.time) >= since).length;
  return recent + 1 > policy.attempts;
}
