import { closeSync, constants, openSync, readSync } from 'node:fs';

const MAX_PAYLOAD = 16 * 1024 * 1024;

/**
 * All of stdin as text, without ever blocking the process: stdin is reopened non-blocking through
 * /proc/self/fd/0 and polled, so a deadline can fire while a writer holds the pipe open and sends
 * nothing. (A blocking read, even on libuv's thread pool, would also hold up process.exit.)
 * Rejects past 16 MB: no hook payload is that large, and /dev/zero never ends.
 */
export async function readStdinText(): Promise<string> {
  let fd: number;
  try {
    fd = openSync('/proc/self/fd/0', constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch {
    return readStream();
  }
  const chunks: Buffer[] = [];
  let total = 0;
  let wait = 1;
  try {
    for (;;) {
      const buffer = Buffer.allocUnsafe(65536);
      let n: number;
      try {
        n = readSync(fd, buffer, 0, buffer.length, null);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
        await new Promise((resolve) => setTimeout(resolve, wait));
        wait = Math.min(wait * 2, 20);
        continue;
      }
      if (n === 0) return Buffer.concat(chunks).toString('utf8');
      chunks.push(buffer.subarray(0, n));
      total += n;
      wait = 1;
      if (total > MAX_PAYLOAD) throw new Error('the payload is larger than 16 MB');
    }
  } finally {
    closeSync(fd);
  }
}

/** A socket on stdin (no /proc path to reopen): libuv's non-blocking stream. */
function readStream(): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    process.stdin.on('error', reject);
  });
}
