import { matchesPattern } from '../environment.js';
import type { AllowanceRef, Decision, Finding } from '../types.js';

/** Whether a user allowance covers a finding. Never for an unknown environment or guard's own findings. */
export function allowanceFor(finding: Finding, allowances: readonly AllowanceRef[]): AllowanceRef | undefined {
  if (finding.environment.kind === 'unknown' || finding.kind === 'guard') return undefined;
  return allowances.find(
    (a) =>
      a.rule === finding.rule &&
      matchesPattern(a.environment, finding.environment.name) &&
      matchesPattern(a.resource, finding.resource),
  );
}

/** Moves allowed findings to `allowed` (each with `allowedBy`); the verdict follows what is left. */
export function applyAllowances(decision: Decision, allowances: readonly AllowanceRef[]): Decision {
  if (allowances.length === 0 || decision.findings.length === 0) return decision;
  const findings: Finding[] = [];
  const allowed: Finding[] = [...(decision.allowed ?? [])];
  for (const finding of decision.findings) {
    const by = allowanceFor(finding, allowances);
    if (by) allowed.push({ ...finding, allowedBy: by });
    else findings.push(finding);
  }
  return {
    ...decision,
    decision: findings.length > 0 ? 'confirm' : 'allow',
    findings,
    ...(allowed.length > 0 ? { allowed } : {}),
  };
}

/** The `guard:` line shown on stderr for each allowance used. */
export function allowanceNotice(finding: Finding): string {
  const a = finding.allowedBy;
  if (!a) return '';
  const production = finding.environment.production ? ' [production]' : '';
  return `guard: allowed without confirmation by your allowance {rule: ${a.rule}, environment: ${a.environment}, resource: ${a.resource}} in ${a.file}: ${finding.environment.name}/${finding.resource}${production}${a.reason ? ` (${a.reason})` : ''}`;
}

/** For the audit record: each allowance used, with its file. */
export function allowedByForAudit(decision: Decision | undefined): { allowedBy?: string[] } {
  const allowed = decision?.allowed ?? [];
  if (allowed.length === 0) return {};
  return {
    allowedBy: allowed.map(
      (f) =>
        `${f.rule} on ${f.environment.name}/${f.resource} by {rule: ${f.allowedBy?.rule}, environment: ${f.allowedBy?.environment}, resource: ${f.allowedBy?.resource}} in ${f.allowedBy?.file}`,
    ),
  };
}
