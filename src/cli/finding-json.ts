import { findingReason } from '../core/finding-text.js';
import type { Decision, Finding } from '../core/types.js';

/** The stable JSON shape of `guard check --json`. */
export function decisionJson(decision: Decision): object {
  return {
    decision: decision.decision,
    findings: decision.findings.map(findingJson),
    ...(decision.allowed
      ? { allowed: decision.allowed.map((f) => ({ ...findingJson(f), allowedBy: f.allowedBy })) }
      : {}),
  };
}

function findingJson(f: Finding): object {
  return {
    rule: f.rule,
    tool: f.tool,
    resource: f.resource,
    environment: {
      name: f.environment.name,
      source: f.environment.source,
      production: f.environment.production,
      evidence: f.environment.evidence,
    },
    reason: findingReason(f),
    details: f.details,
    warnings: f.warnings,
  };
}
