import { closeSync, fstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The audit trail rotates when the current file passes this size; the hash chain continues in the next file. */
export const ROTATE_AT_BYTES = 64 * 1024 * 1024;

/**
 * The files of one audit trail, oldest first: rotated `audit.jsonl.1`, `.2`, … then the current
 * `audit.jsonl`. A missing directory is an empty trail; any other read error is thrown, never
 * taken for "no trail".
 */
export function auditFiles(path: string): { rotated: string[]; current: string } {
  const name = basename(path);
  let entries: string[];
  try {
    entries = readdirSync(dirname(path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { rotated: [], current: path };
    throw error;
  }
  const numbered = entries
    .map((entry) => ({ entry, n: entry.startsWith(`${name}.`) ? Number(entry.slice(name.length + 1)) : Number.NaN }))
    .filter((f) => Number.isInteger(f.n) && f.n > 0)
    .sort((a, b) => a.n - b.n);
  return { rotated: numbered.map((f) => join(dirname(path), f.entry)), current: path };
}

/** The name the current file takes when it is rotated: one past the highest number so far. */
export function nextRotatedName(path: string): string {
  const { rotated } = auditFiles(path);
  const last = rotated[rotated.length - 1];
  const n = last === undefined ? 1 : Number(last.slice(path.length + 1)) + 1;
  return `${path}.${n}`;
}

/**
 * Calls `visit` with each line of a file in order (without its newline; the last one may be empty),
 * reading 1 MiB at a time: memory stays bounded whatever the file's size. Returns false when the
 * file does not exist; other errors are thrown.
 */
export function forEachLine(file: string, visit: (line: string, last: boolean) => void): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  try {
    const chunk = Buffer.alloc(1024 * 1024);
    let carry = Buffer.alloc(0);
    for (;;) {
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      let data = carry.length > 0 ? Buffer.concat([carry, chunk.subarray(0, read)]) : chunk.subarray(0, read);
      let start = 0;
      for (let nl = data.indexOf(0x0a, start); nl !== -1; nl = data.indexOf(0x0a, start)) {
        visit(data.toString('utf8', start, nl), false);
        start = nl + 1;
      }
      data = data.subarray(start);
      carry = Buffer.from(data);
    }
    visit(carry.toString('utf8'), true);
    return true;
  } finally {
    closeSync(fd);
  }
}

/**
 * Calls `visit` with each line of a file from the last to the first, 64 KiB at a time, until it
 * returns false. Returns false when it stopped early or the file does not exist.
 */
export function forEachLineBackwards(file: string, visit: (line: string) => boolean): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw error;
  }
  try {
    const block = 64 * 1024;
    let end = fstatSync(fd).size;
    let carry = Buffer.alloc(0);
    while (end > 0) {
      const start = Math.max(0, end - block);
      const chunk = Buffer.alloc(end - start);
      readSync(fd, chunk, 0, chunk.length, start);
      const text = Buffer.concat([chunk, carry]);
      // The first line of a block may be cut: keep it for the next (earlier) block.
      const firstNewline = start === 0 ? -1 : text.indexOf(0x0a);
      carry = firstNewline === -1 ? Buffer.alloc(0) : Buffer.from(text.subarray(0, firstNewline));
      const lines = text
        .subarray(firstNewline + 1)
        .toString('utf8')
        .split('\n');
      for (let i = lines.length - 1; i >= 0; i--) if (!visit(lines[i] as string)) return false;
      end = start;
    }
    return true;
  } finally {
    closeSync(fd);
  }
}
