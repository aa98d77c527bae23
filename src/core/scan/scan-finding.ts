// What `guard scan` reports: a destructive command at a place in a file, or a committed credential.
import type { CredentialFind } from '../credentials/find-credentials.js';

export interface CommandFinding {
  type: 'command';
  file: string;
  line: number;
  command: string;
  rule: string;
  resource: string;
  environment: string;
  /** How the environment was established (the deciding evidence). */
  environmentSource: string;
  reason: string;
}

export interface CredentialFinding extends CredentialFind {
  type: 'credential';
  file: string;
}

export type ScanFinding = CommandFinding | CredentialFinding;

/** The rule id a finding is reported under (credentials under one id per kind). */
export function findingRule(f: ScanFinding): string {
  return f.type === 'command' ? f.rule : 'scan/committed-credential';
}

/**
 * A line-independent key: the same finding still matches its baseline entry after lines move.
 * Credentials are keyed by file, kind and name, never by any part of the value.
 */
export function fingerprint(f: ScanFinding): string {
  return f.type === 'command'
    ? ['command', f.file, f.rule, f.resource, f.command].join('\u0000')
    : ['credential', f.file, f.kind, f.name ?? ''].join('\u0000');
}
