import { closeSync, openSync, readSync } from 'node:fs';

/** `bytes` random bytes from the kernel as hex (node:crypto costs milliseconds to load on a refusal). */
export function randomToken(bytes = 16): string {
  const buffer = Buffer.alloc(bytes);
  const fd = openSync('/dev/urandom', 'r');
  try {
    readSync(fd, buffer, 0, bytes, null);
  } finally {
    closeSync(fd);
  }
  return buffer.toString('hex');
}
