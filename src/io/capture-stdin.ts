import { createReadStream, mkdtempSync, openSync, readSync, rmSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { StdinView } from '../core/types.js';

/** Kept in memory up to this size; beyond it the input spills to a private temp file. */
const MEMORY_LIMIT = 8 * 1024 * 1024;
/** How much of the input the analysis sees as text. */
const ANALYSIS_LIMIT = 64 * 1024 * 1024;

export interface CapturedStdin {
  view: StdinView;
  /** A fresh stream of exactly the bytes that were read, for the real tool. */
  open(): Readable;
  dispose(): void;
}

/** Reads fd 0 to its end, synchronously, keeping every byte for a byte-exact replay. */
export function captureStdin(fd = 0): CapturedStdin {
  const chunks: Buffer[] = [];
  let size = 0;
  let spillDir: string | undefined;
  let spillFd: number | undefined;
  const buffer = Buffer.allocUnsafe(1024 * 1024);
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, buffer, 0, buffer.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue;
      if (code === 'EOF' || code === 'EBADF') break;
      throw error;
    }
    if (n === 0) break;
    const piece = Buffer.from(buffer.subarray(0, n));
    if (spillFd === undefined && size + n > MEMORY_LIMIT) {
      spillDir = mkdtempSync(join(tmpdir(), 'guard-stdin-'));
      spillFd = openSync(join(spillDir, 'stdin'), 'w+', 0o600);
      for (const c of chunks) writeSync(spillFd, c);
    }
    if (spillFd !== undefined) writeSync(spillFd, piece);
    if (size < ANALYSIS_LIMIT) chunks.push(piece);
    size += n;
  }
  const kept = Buffer.concat(chunks);
  const view: StdinView = { text: kept.subarray(0, ANALYSIS_LIMIT).toString('utf8'), truncated: size > ANALYSIS_LIMIT };
  if (spillFd !== undefined) closeSync(spillFd);
  const spillPath = spillDir === undefined ? undefined : join(spillDir, 'stdin');
  return {
    view,
    open: () => (spillPath ? createReadStream(spillPath) : Readable.from([kept])),
    dispose: () => {
      if (spillDir) rmSync(spillDir, { recursive: true, force: true });
    },
  };
}
