import { writeSync } from 'node:fs';

/**
 * Writes to fd 2 directly. `process.stderr` would load the net/stream machinery when stderr is a
 * pipe, which costs milliseconds on every refusal; a synchronous write also cannot be lost at exit.
 */
export function writeStderr(text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  for (let spins = 0; offset < bytes.length && spins < 10_000;) {
    try {
      offset += writeSync(2, bytes, offset, bytes.length - offset);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        spins++;
        continue;
      }
      return; // EPIPE or a closed stderr: nothing to tell
    }
  }
}
