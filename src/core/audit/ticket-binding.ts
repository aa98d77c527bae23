import { sha256Hex } from './sha256.js';
import { canonicalJson } from './record.js';
import type { Decision } from '../types.js';

/** What a ticket is bound to: the exact argv, the directory, and every resource with its resolved environment. */
export function ticketBinding(argv: readonly string[], cwd: string, decision: Decision): string {
  const targets = decision.findings
    .map((f) => ({ rule: f.rule, resource: f.resource, environment: f.environment.name }))
    .sort((a, b) => canonicalJson(a).localeCompare(canonicalJson(b)));
  return sha256Hex(canonicalJson({ argv, cwd, targets }));
}
