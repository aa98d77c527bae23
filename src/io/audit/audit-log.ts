import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  chainRecord,
  chainVerifier,
  GENESIS,
  type AuditRecord,
  type ChainedRecord,
  type ChainProblem,
} from '../../core/audit/record.js';
import { auditFiles, forEachLine, forEachLineBackwards, nextRotatedName, ROTATE_AT_BYTES } from './audit-files.js';
import { withFileLock } from './file-lock.js';

/**
 * Appends one hash-chained record. The lock makes read-last-hash + append atomic across
 * processes; the line goes out in a single O_APPEND write. Past `rotateAt` bytes the current file
 * is renamed to the next `audit.jsonl.N` first, and the chain goes on in a fresh file. Throws when
 * it cannot write: callers refuse destructive work in that case.
 */
export function appendAudit(path: string, record: AuditRecord, rotateAt = ROTATE_AT_BYTES): ChainedRecord {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  return withFileLock(`${path}.lock`, () => {
    const chained = chainRecord(record, lastHash(path));
    if ((statSync(path, { throwIfNoEntry: false })?.size ?? 0) >= rotateAt) renameSync(path, nextRotatedName(path));
    appendFileSync(path, `${JSON.stringify(chained)}\n`, { mode: 0o600 });
    return chained;
  });
}

/** The hash of the trail's last line: the current file's tail, or the newest rotated file's. */
function lastHash(path: string): string {
  const fromCurrent = tailHash(path);
  if (fromCurrent !== undefined) return fromCurrent;
  const { rotated } = auditFiles(path);
  const newest = rotated[rotated.length - 1];
  return (newest && tailHash(newest)) ?? GENESIS;
}

/** The hash on a file's last line, read backwards from its end (undefined for a missing or empty file). */
function tailHash(file: string): string | undefined {
  let last: string | undefined;
  forEachLineBackwards(file, (line) => {
    if (line.trim() === '') return true;
    last = line;
    return false;
  });
  if (last === undefined) return undefined;
  const hash = (JSON.parse(last) as { hash?: unknown }).hash;
  if (typeof hash !== 'string') throw new Error('the last audit line has no hash');
  return hash;
}

/** Newest first over every file of the trail, until `visit` returns false. Read errors are thrown. */
function visitNewestFirst(path: string, visit: (record: ChainedRecord) => boolean): void {
  const { rotated, current } = auditFiles(path);
  for (const file of [current, ...rotated.reverse()]) {
    const finished = forEachLineBackwards(file, (line) => {
      if (line.trim() === '') return true;
      let record: ChainedRecord;
      try {
        record = JSON.parse(line) as ChainedRecord;
      } catch {
        return true; // reported by verify
      }
      return visit(record);
    });
    if (!finished) return;
  }
}

/**
 * The newest `limit` records that `keep` accepts, oldest first, read backwards from the end of the
 * trail: `guard log` costs the same whatever the trail's length. Unparseable lines are skipped here
 * (`guard log verify` reports them); read errors are thrown.
 */
export function readAuditTail(path: string, keep: (record: ChainedRecord) => boolean, limit: number): ChainedRecord[] {
  const records: ChainedRecord[] = [];
  visitNewestFirst(path, (record) => {
    if (keep(record)) records.push(record);
    return records.length < limit;
  });
  return records.reverse();
}

/**
 * Records newer than `sinceMs`, read backwards from the end of the trail, so a long audit trail
 * does not slow down every destructive command (the burst lockout needs only a minute).
 */
export function readRecentAudit(path: string, sinceMs: number): ChainedRecord[] {
  const records: ChainedRecord[] = [];
  try {
    visitNewestFirst(path, (record) => {
      if (Date.parse(record.time) < sinceMs) return false;
      records.push(record);
      return true;
    });
  } catch {
    // unreadable: appending will fail too, and a destructive command is refused there
  }
  return records.reverse();
}

export interface TrailVerification {
  /** False when no file of the trail exists. */
  exists: boolean;
  files: string[];
  records: number;
  /** The first problems found (at most 100), with the file they are in. */
  problems: (ChainProblem & { file: string })[];
  /** The hash of the last record: what an anchor outside the file must match. */
  head: string;
  /** Every record's hash, when asked for (the syslog anchor check looks each anchored record up). */
  hashes?: Set<string>;
}

/**
 * Verifies the whole trail (every rotated file, then the current one) as one chain, streaming, in
 * bounded memory. Read errors are thrown, never reported as an empty trail.
 */
export function verifyAuditTrail(
  path: string,
  hash?: (text: string) => string,
  collectHashes = false,
): TrailVerification {
  const { rotated, current } = auditFiles(path);
  const files = [...rotated, current];
  const verifier = chainVerifier(hash);
  const result: TrailVerification = {
    exists: false,
    files: [],
    records: 0,
    problems: [],
    head: GENESIS,
    ...(collectHashes ? { hashes: new Set<string>() } : {}),
  };
  for (const file of files) {
    let line = 0;
    const found = forEachLine(file, (text, last) => {
      line++;
      if (text.trim() !== '') result.records++;
      for (const problem of verifier.push(text, line, last))
        if (result.problems.length < 100) result.problems.push({ ...problem, file });
      if (result.hashes && text.trim() !== '' && verifier.head !== '') result.hashes.add(verifier.head);
    });
    if (found) {
      result.exists = true;
      result.files.push(file);
    }
  }
  result.head = verifier.head;
  return result;
}
