// What terminal provenance needs to know about processes: a read-only view the shell fills from
// /proc (src/io/terminal/proc-view.ts) and tests fill from fixtures.

/** Where a process's standard input comes from. */
export type InputKind = 'tty' | 'pipe' | 'file' | 'socket' | 'null' | 'other' | 'unknown';

export interface ProcessEntry {
  pid: number;
  ppid: number;
  uid: number;
  /** Executable name (basename of /proc/PID/exe, else comm). */
  name: string;
  /** Identity of the executable file (device:inode), to find a multiplexer's clients. */
  exeId?: string;
  /** Pty index of the controlling terminal, undefined when it has none or it is not a pty. */
  ctty?: number;
  stdin: InputKind;
  /** Pty index of stdin when stdin is a pty. */
  stdinPty?: number;
  /** The agent named by markers in its initial environment (/proc/PID/environ), if any. */
  agent?: string;
}

export interface ProcessView {
  /** Pids holding the master side of pty number `index` (a /dev/ptmx descriptor with that tty-index). */
  holdersOf(index: number): number[];
  entry(pid: number): ProcessEntry | undefined;
  /** Uids owning the processes whose descriptors this user may not inspect (one of them may hold the master). */
  hiddenOwners(): number[];
  /** Pids of processes running the executable `exeId`. */
  runningExe(exeId: string): number[];
}

/** Decodes a Linux dev_t (stat rdev, /proc stat tty_nr) into major and minor numbers. */
export function decodeDevice(dev: number): { major: number; minor: number } {
  const hi = Math.floor(dev / 2 ** 32);
  const lo = dev % 2 ** 32;
  return { major: ((lo >>> 8) & 0xfff) | ((hi & 0xfffff000) >>> 0), minor: (lo & 0xff) | ((lo >>> 12) & 0xfff00) };
}

/** The pty number of a device (/dev/pts/N), or undefined for a console, serial line or no device. */
export function ptyIndex(dev: number): number | undefined {
  if (dev === 0) return undefined;
  const { major, minor } = decodeDevice(dev);
  return major >= 136 && major <= 143 ? (major - 136) * 256 + minor : undefined;
}
