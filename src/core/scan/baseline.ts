// A baseline file lets a team adopt `guard scan` on an existing repository: known findings are
// listed (without line numbers, so edits above them do not matter) and only new ones fail.
import { fingerprint, findingRule, type ScanFinding } from './scan-finding.js';

export interface BaselineEntry {
  file: string;
  rule: string;
  /** The finding's key: see fingerprint(). Credential entries never hold any part of the value. */
  key: string;
}

export interface Baseline {
  version: 1;
  findings: BaselineEntry[];
}

export function toBaseline(findings: readonly ScanFinding[]): Baseline {
  return { version: 1, findings: findings.map((f) => ({ file: f.file, rule: findingRule(f), key: fingerprint(f) })) };
}

/** Parses a baseline file's text; throws a readable message when it is not one. */
export function parseBaseline(text: string): Baseline {
  const data = JSON.parse(text) as Partial<Baseline>;
  if (
    data.version !== 1 ||
    !Array.isArray(data.findings) ||
    !data.findings.every((e) => e && typeof e.key === 'string')
  )
    throw new Error('not a guard scan baseline (version 1 with a findings list)');
  return { version: 1, findings: data.findings };
}

/** Findings not in the baseline; each baseline entry absorbs one finding (a second copy is new). */
export function newFindings(findings: readonly ScanFinding[], baseline: Baseline): ScanFinding[] {
  const known = new Map<string, number>();
  for (const e of baseline.findings) known.set(e.key, (known.get(e.key) ?? 0) + 1);
  return findings.filter((f) => {
    const key = fingerprint(f);
    const left = known.get(key) ?? 0;
    if (left === 0) return true;
    known.set(key, left - 1);
    return false;
  });
}
