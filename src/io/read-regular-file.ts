import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** Why a path was not read: it is not a regular file (FIFO, device, socket, directory). */
export class NotRegularFileError extends Error {}

/**
 * Reads at most `max` bytes of a regular file. Opened non-blocking (a FIFO's open cannot wait for a
 * writer), checked with fstat on the open descriptor (no swap between check and read), and a FIFO,
 * device or other non-regular file is refused: guard never blocks on what it judges.
 */
export function readRegularFile(path: string, max: number): Buffer {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new NotRegularFileError(`${path} is not a regular file`);
    const buffer = Buffer.allocUnsafe(Math.min(max, stat.size));
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}
