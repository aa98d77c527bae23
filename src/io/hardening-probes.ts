import { closeSync, existsSync, fstatSync, openSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { untrustedReason } from './system-policy/trusted-path.js';

/** The shim directory and every shim in it are root's and not writable by anyone else. */
export function shimsRootOwned(dir: string): boolean {
  if (!existsSync(dir) || untrustedReason(dir) !== undefined) return false;
  return readdirSync(dir).every((name) => untrustedReason(join(dir, name)) === undefined);
}

/**
 * Whether this process runs under another account than the human's: its uid differs from the
 * login uid the kernel keeps for the session (pam_loginuid; the process cannot change it), or
 * from the owner of its controlling terminal. Undefined when neither can be read.
 */
export function separateFromLoginUser(): boolean | undefined {
  const uid = process.getuid?.();
  if (uid === undefined) return undefined;
  try {
    const login = Number(readFileSync('/proc/self/loginuid', 'utf8').trim());
    if (Number.isInteger(login) && login !== 4294967295) return login !== uid;
  } catch {
    // no audit login uid here (containers): try the terminal
  }
  try {
    const fd = openSync('/dev/tty', 'r');
    try {
      return fstatSync(fd).uid !== uid;
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
}

/** The kernel says which pty a /dev/ptmx descriptor serves (fdinfo tty-index): pty masters can be traced. */
export function terminalProvenanceAvailable(): boolean {
  let fd: number | undefined;
  try {
    fd = openSync('/dev/ptmx', 'r+');
    return /^tty-index:/m.test(readFileSync(`/proc/self/fdinfo/${fd}`, 'utf8'));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
