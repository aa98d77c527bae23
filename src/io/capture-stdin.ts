import { createReadStream, mkdtempSync, openSync, readSync, rmSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { streamModule } from './lazy-builtins.js';
import { StringDecoder } from 'node:string_decoder';
import type { StdinView } from '../core/types.js';

/** Kept in memory up to this size; beyond it the input spills to a private temp file. */
const MEMORY_LIMIT = 8 * 1024 * 1024;
/** How much of the input the analysis sees as text; past it the view is marked truncated. */
const ANALYSIS_LIMIT = 64 * 1024 * 1024;

export interface CapturedStdin {
  view: StdinView;
  /** Writes exactly the bytes that were read into `dest` (the real tool's stdin), then ends it. */
  pipeTo(dest: NodeJS.WritableStream): void;
  /** A fresh stream of exactly the bytes that were read. */
  open(): Readable;
  dispose(): void;
}

export interface CaptureLimits {
  memory?: number;
  analysis?: number;
}

/**
 * Reads fd 0 to its end, synchronously, keeping every byte for a byte-exact replay. Memory stays
 * bounded: raw bytes live in memory only below `memory` (then in a 0600 temp file), and the text
 * for analysis is decoded incrementally and capped at `analysis` bytes (the view says truncated).
 */
export function captureStdin(fd = 0, limits: CaptureLimits = {}): CapturedStdin {
  const memoryLimit = limits.memory ?? MEMORY_LIMIT;
  const analysisLimit = limits.analysis ?? ANALYSIS_LIMIT;
  let chunks: Buffer[] | undefined = [];
  const text: string[] = [];
  const decoder = new StringDecoder('utf8');
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
    if (spillFd === undefined && size + n > memoryLimit) {
      spillDir = mkdtempSync(join(tmpdir(), 'guard-stdin-'));
      spillFd = openSync(join(spillDir, 'stdin'), 'w+', 0o600);
      for (const c of chunks ?? []) writeSync(spillFd, c);
      chunks = undefined; // from here on the file holds the bytes
    }
    if (spillFd !== undefined) writeSync(spillFd, piece);
    else chunks?.push(piece);
    if (size < analysisLimit) text.push(decoder.write(piece.subarray(0, Math.min(n, analysisLimit - size))));
    size += n;
  }
  if (size <= analysisLimit) text.push(decoder.end());
  const view: StdinView = { text: text.join(''), truncated: size > analysisLimit };
  if (spillFd !== undefined) closeSync(spillFd);
  const spillPath = spillDir === undefined ? undefined : join(spillDir, 'stdin');
  const kept = chunks ? Buffer.concat(chunks) : undefined;
  return {
    view,
    pipeTo: (dest) => {
      if (spillPath) createReadStream(spillPath).pipe(dest);
      else dest.end(kept ?? Buffer.alloc(0));
    },
    open: () => (spillPath ? createReadStream(spillPath) : streamModule().Readable.from(kept ? [kept] : [])),
    dispose: () => {
      if (spillDir) rmSync(spillDir, { recursive: true, force: true });
    },
  };
}
