import { appendFileSync, closeSync, fstatSync, mkdirSync, openSync, readFileSync, readSync } from 'node:fs';
import { dirname } from 'node:path';
import { chainRecord, GENESIS, type AuditRecord, type ChainedRecord } from '../../core/audit/record.js';
import { withFileLock } from './file-lock.js';

/**
 * Appends one hash-chained record. The lock makes read-last-hash + append atomic across
 * processes; the line goes out in a single O_APPEND write. Throws when it cannot write:
 * callers refuse destructive work in that case.
 */
export function appendAudit(path: string, record: AuditRecord): ChainedRecord {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  return withFileLock(`${path}.lock`, () => {
    const chained = chainRecord(record, lastHash(path));
    appendFileSync(path, `${JSON.stringify(chained)}\n`, { mode: 0o600 });
    return chained;
  });
}

/** The hash of the last line, read from the file's tail. */
function lastHash(path: string): string {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return GENESIS;
  }
  try {
    const size = fstatSync(fd).size;
    if (size === 0) return GENESIS;
    const length = Math.min(size, 256 * 1024);
    const buffer = Buffer.alloc(length);
    readSync(fd, buffer, 0, length, size - length);
    const lines = buffer.toString('utf8').split('\n').filter((l) => l.trim() !== '');
    const last = lines[lines.length - 1];
    if (last === undefined) return GENESIS;
    const hash = (JSON.parse(last) as { hash?: unknown }).hash;
    if (typeof hash !== 'string') throw new Error('the last audit line has no hash');
    return hash;
  } finally {
    closeSync(fd);
  }
}

/** Every record (unparseable lines are skipped here; `guard log verify` reports them). */
export function readAudit(path: string): ChainedRecord[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return [];
  }
  const records: ChainedRecord[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      records.push(JSON.parse(line) as ChainedRecord);
    } catch {
      // reported by verify
    }
  }
  return records;
}

export function readAuditLines(path: string): string[] | undefined {
  try {
    return readFileSync(path, 'utf8').split('\n');
  } catch {
    return undefined;
  }
}

/**
 * Records newer than `sinceMs`, read backwards from the end of the file in blocks, so a long
 * audit trail does not slow down every destructive command (the burst lockout needs only a minute).
 */
export function readRecentAudit(path: string, sinceMs: number): ChainedRecord[] {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return [];
  }
  try {
    return readBackwards(fd, sinceMs);
  } catch {
    return []; // unreadable: appending will fail too, and a destructive command is refused there
  } finally {
    closeSync(fd);
  }
}

function readBackwards(fd: number, sinceMs: number): ChainedRecord[] {
  const size = fstatSync(fd).size;
  const block = 64 * 1024;
  let end = size;
  let carry = Buffer.alloc(0);
  const records: ChainedRecord[] = [];
  while (end > 0) {
    const start = Math.max(0, end - block);
    const chunk = Buffer.alloc(end - start);
    readSync(fd, chunk, 0, chunk.length, start);
    const text = Buffer.concat([chunk, carry]);
    // The first line of a block may be cut: keep it for the next (earlier) block.
    const firstNewline = start === 0 ? -1 : text.indexOf(0x0a);
    carry = firstNewline === -1 ? Buffer.alloc(0) : text.subarray(0, firstNewline);
    const lines = text.subarray(firstNewline + 1).toString('utf8').split('\n').reverse();
    for (const line of lines) {
      if (line.trim() === '') continue;
      let record: ChainedRecord;
      try {
        record = JSON.parse(line) as ChainedRecord;
      } catch {
        continue;
      }
      if (Date.parse(record.time) < sinceMs) return records.reverse();
      records.push(record);
    }
    end = start;
  }
  return records.reverse();
}
