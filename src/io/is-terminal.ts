import { fstatSync } from 'node:fs';
import { ttyModule } from './lazy-builtins.js';

/** isatty(fd), loading node:tty (and with it net and stream) only when fd could be a terminal at all. */
export function isTerminal(fd: number): boolean {
  try {
    const stat = fstatSync(fd);
    if (!stat.isCharacterDevice()) return false;
    // Major 1 is Linux's memory devices (/dev/null, /dev/zero, /dev/urandom): never a terminal.
    if (process.platform === 'linux' && Math.floor(stat.rdev / 256) % 4096 === 1) return false;
  } catch {
    return false;
  }
  return ttyModule().isatty(fd);
}
