// The exact bytes a human's passphrase signs. Each message names what it approves and carries a
// nonce, so a signature for one ticket, lock or allowance is worthless for any other.
import { canonicalJson } from './record.js';

export interface TicketFields {
  id: string;
  binding: string;
  argv: readonly string[];
  cwd: string;
  targets: readonly { rule: string; resource: string; environment: string }[];
  expires: string;
  nonce?: string;
}

export function ticketMessage(t: TicketFields): string {
  return canonicalJson(['guard-ticket-v1', t.id, t.binding, t.argv, t.cwd, t.targets, t.expires, t.nonce ?? '']);
}

/** An unlock is bound to the one lock it lifts (its time and nonce). */
export function unlockMessage(lock: { since: string; reason: string; nonce?: string }): string {
  return canonicalJson(['guard-unlock-v1', lock.since, lock.reason, lock.nonce ?? '']);
}

export function allowanceMessage(a: { rule: string; environment: string; resource: string }): string {
  return canonicalJson(['guard-allow-v1', a.rule, a.environment, a.resource]);
}

export function disableMessage(rule: string): string {
  return canonicalJson(['guard-disable-v1', rule]);
}

/** A production confirmation: the command's binding and the moment it was confirmed. */
export function confirmMessage(binding: string, at: string): string {
  return canonicalJson(['guard-confirm-v1', binding, at]);
}
