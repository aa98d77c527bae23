import { closeSync, openSync, rmSync, statSync, writeSync } from 'node:fs';

const STALE_MS = 10_000;
const GIVE_UP_MS = 15_000;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

/**
 * Runs `work` while holding an exclusive lock file (O_EXCL create). A lock older than 10 s is
 * taken to be left by a crashed guard and broken. Synchronous, so no other code interleaves.
 */
export function withFileLock<T>(lockPath: string, work: () => T): T {
  const started = Date.now();
  let fd: number | undefined;
  for (let attempt = 0; fd === undefined; attempt++) {
    try {
      fd = openSync(lockPath, 'wx', 0o600);
      writeSync(fd, String(process.pid));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      breakIfStale(lockPath);
      if (Date.now() - started > GIVE_UP_MS)
        throw new Error(`could not take the lock ${lockPath} within ${GIVE_UP_MS / 1000} s`);
      Atomics.wait(sleeper, 0, 0, Math.min(2 + attempt, 20));
    }
  }
  try {
    return work();
  } finally {
    closeSync(fd);
    rmSync(lockPath, { force: true });
  }
}

function breakIfStale(lockPath: string): void {
  try {
    if (Date.now() - statSync(lockPath).mtimeMs > STALE_MS) rmSync(lockPath, { force: true });
  } catch {
    // it was released meanwhile
  }
}
