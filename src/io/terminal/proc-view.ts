// The /proc side of terminal provenance: which processes hold pty masters, and what each one is.
// Read lazily, only when a prompt is about to be shown.
import { readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { detectAgent } from '../../core/audit/agent.js';
import { ptyIndex, type InputKind, type ProcessEntry, type ProcessView } from '../../core/terminal/process-view.js';

const TTY_INDEX = /^tty-index:\s*(\d+)/m;

function pids(): number[] {
  try {
    return readdirSync('/proc')
      .filter((n) => /^[0-9]+$/.test(n))
      .map(Number);
  } catch {
    return [];
  }
}

function tryRead<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

interface MasterScan {
  masters: Map<number, number[]>;
  /** Owners of the processes whose descriptors could not be listed. */
  hidden: Set<number>;
}

/**
 * Which devpts instance a ptmx descriptor belongs to: pty numbers repeat across instances (every
 * container or bubblewrap sandbox with its own /dev/pts counts from 0), so an index alone would take a
 * sandbox's tmux for the holder of this terminal. Undefined when it cannot be told (then it counts).
 */
function devptsOf(pid: number, fd: string, target: string): number | undefined {
  const path = target === '/dev/pts/ptmx' ? `/proc/${pid}/fd/${fd}` : `/proc/${pid}/root/dev/pts`;
  return tryRead(() => statSync(path).dev);
}

/** The devpts instance of this process's own terminals. */
function ownDevpts(): number | undefined {
  return tryRead(() => statSync('/dev/pts').dev);
}

/** pty index → pids holding its master, from every /dev/ptmx descriptor this user may inspect (in this devpts instance). */
function scanMasters(own = ownDevpts()): MasterScan {
  const masters = new Map<number, number[]>();
  const hidden = new Set<number>();
  for (const pid of pids()) {
    const fds = tryRead(() => readdirSync(`/proc/${pid}/fd`));
    if (fds === undefined) {
      // The real uid (a non-dumpable process's /proc entries are root-owned whoever runs it).
      const owner = realUid(pid);
      if (owner !== undefined) hidden.add(owner);
      continue;
    }
    for (const fd of fds) {
      const target = tryRead(() => readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (target !== '/dev/ptmx' && target !== '/dev/pts/ptmx') continue;
      const m = TTY_INDEX.exec(tryRead(() => readFileSync(`/proc/${pid}/fdinfo/${fd}`, 'utf8')) ?? '');
      if (!m) continue;
      const instance = own === undefined ? undefined : devptsOf(pid, fd, target);
      if (instance !== undefined && instance !== own) continue;
      const index = Number(m[1]);
      const list = masters.get(index) ?? [];
      if (!list.includes(pid)) list.push(pid);
      masters.set(index, list);
    }
  }
  return { masters, hidden };
}

function realUid(pid: number): number | undefined {
  const m = /^Uid:\s+(\d+)/m.exec(tryRead(() => readFileSync(`/proc/${pid}/status`, 'utf8')) ?? '');
  return m ? Number(m[1]) : undefined;
}

function inputOf(pid: number): { stdin: InputKind; stdinPty?: number } {
  const target = tryRead(() => readlinkSync(`/proc/${pid}/fd/0`));
  if (target === undefined) return { stdin: 'unknown' };
  if (target.startsWith('pipe:')) return { stdin: 'pipe' };
  if (target.startsWith('socket:')) return { stdin: 'socket' };
  if (target === '/dev/null') return { stdin: 'null' };
  const stat = tryRead(() => statSync(`/proc/${pid}/fd/0`));
  if (!stat) return { stdin: 'unknown' };
  if (stat.isFile() || stat.isFIFO()) return { stdin: stat.isFile() ? 'file' : 'pipe' };
  if (
    stat.isCharacterDevice() &&
    (target.startsWith('/dev/pts/') || target.startsWith('/dev/tty') || target.startsWith('/dev/console'))
  ) {
    // A pty of another devpts instance (a container's) is not one of ours, whatever its number.
    const own = ownDevpts();
    const index =
      target.startsWith('/dev/pts/') && own !== undefined && stat.dev !== own ? undefined : ptyIndex(stat.rdev);
    return index === undefined ? { stdin: 'tty' } : { stdin: 'tty', stdinPty: index };
  }
  return { stdin: 'other' };
}

function readEntry(pid: number): ProcessEntry | undefined {
  const stat = tryRead(() => readFileSync(`/proc/${pid}/stat`, 'utf8'));
  const uid = realUid(pid);
  if (stat === undefined || uid === undefined) return undefined;
  const close = stat.lastIndexOf(')');
  const comm = stat.slice(stat.indexOf('(') + 1, close);
  const fields = stat.slice(close + 2).split(' ');
  const exe = tryRead(() => readlinkSync(`/proc/${pid}/exe`));
  const exeId = exeIdOf(pid);
  const environ = tryRead(() => readFileSync(`/proc/${pid}/environ`, 'latin1'));
  const names = Object.fromEntries(
    (environ ?? '')
      .split('\0')
      .filter(Boolean)
      .map((kv) => [kv.split('=')[0] as string, '']),
  );
  const ctty = ptyIndex(Number(fields[4] ?? 0));
  const agent = detectAgent(names);
  return {
    pid,
    ppid: Number(fields[1] ?? 0),
    uid,
    name: exe ? exe.replace(/ \(deleted\)$/, '').slice(exe.lastIndexOf('/') + 1) : comm,
    ...(exeId ? { exeId } : {}),
    ...(ctty !== undefined ? { ctty } : {}),
    ...inputOf(pid),
    ...(agent ? { agent } : {}),
  };
}

function exeIdOf(pid: number): string | undefined {
  const s = tryRead(() => statSync(`/proc/${pid}/exe`));
  return s ? `${s.dev}:${s.ino}` : undefined;
}

/** A lazily filled, memoised view of /proc for one provenance check. */
export function procView(): ProcessView {
  let scan: MasterScan | undefined;
  const entries = new Map<number, ProcessEntry | undefined>();
  const exes = new Map<string, number[]>();
  return {
    holdersOf: (index) => (scan ??= scanMasters()).masters.get(index) ?? [],
    hiddenOwners: () => [...(scan ??= scanMasters()).hidden],
    entry: (pid) => {
      if (!entries.has(pid)) entries.set(pid, readEntry(pid));
      return entries.get(pid);
    },
    runningExe: (exeId) => {
      if (!exes.has(exeId))
        exes.set(
          exeId,
          pids().filter((pid) => exeIdOf(pid) === exeId),
        );
      return exes.get(exeId) ?? [];
    },
  };
}
