import { sha256Hex } from './sha256.js';
import type { Evidence } from '../types.js';

export type AuditDecision =
  'allow' | 'confirm-ok' | 'confirm-failed' | 'refused' | 'approved' | 'ticket-used' | 'exit' | 'lock' | 'unlock';

export interface AuditRecord {
  time: string;
  decision: AuditDecision;
  user: string;
  cwd: string;
  argv: string[];
  tool?: string;
  toolPath?: string;
  rules?: string[];
  resources?: string[];
  environment?: { name: string; source: string; production: boolean; evidence: Evidence[] }[];
  /** How the decision was reached: terminal, ticket, deny-mode, ci, no-terminal, lock, burst, … */
  how?: string;
  exitCode?: number;
  ticket?: string;
  agent?: string;
  /** The hash of the record this one completes (an `exit` record points at its decision). */
  ref?: string;
  allowedBy?: string[];
  note?: string;
}

export interface ChainedRecord extends AuditRecord {
  prev: string;
  hash: string;
}

export const GENESIS = '0'.repeat(64);

/** Canonical JSON: keys sorted, so the hash does not depend on insertion order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function chainRecord(record: AuditRecord, prev: string): ChainedRecord {
  const body = { ...record, prev };
  const hash = sha256Hex(canonicalJson(body));
  return { ...body, hash };
}

export interface ChainProblem {
  line: number;
  message: string;
}

/**
 * Checks a chain one line at a time, so a log of millions of records is verified in bounded memory.
 * `hash` is injectable: the io layer passes node:crypto's SHA-256, far faster for a whole log.
 */
export function chainVerifier(
  hash: (text: string) => string = sha256Hex,
  start = GENESIS,
): {
  push(text: string, line: number, last: boolean): ChainProblem[];
  readonly head: string;
} {
  let prev = start;
  return {
    get head() {
      return prev;
    },
    push(text, line, last) {
      if (text.trim() === '') return last ? [] : [{ line, message: 'empty line inside the log' }];
      let record: ChainedRecord;
      try {
        record = JSON.parse(text) as ChainedRecord;
      } catch {
        prev = '';
        return [{ line, message: 'not valid JSON (edited or truncated)' }];
      }
      const problems: ChainProblem[] = [];
      const { hash: stated, ...body } = record;
      if (hash(canonicalJson(body)) !== stated)
        problems.push({ line, message: 'content does not match its hash (the line was edited)' });
      if (record.prev !== prev)
        problems.push({
          line,
          message: 'does not follow the previous line (a line was deleted, inserted or reordered)',
        });
      prev = stated;
      return problems;
    },
  };
}

/** Verifies a whole log: every line parses, hashes match their content, and each links to the one before. */
export function verifyChain(lines: readonly string[]): ChainProblem[] {
  const verifier = chainVerifier();
  return lines.flatMap((text, i) => verifier.push(text, i + 1, i === lines.length - 1));
}
