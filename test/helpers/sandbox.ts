// The one builder of the agent's sandbox for every test that plays the agent: an unprivileged
// account (CI runs as root) and bubblewrap (read-only root, fresh /dev and /proc, tmpfs over the
// chosen directories, the checkout bound back in, no network but loopback).
import { spawnSync } from 'node:child_process';
import { repoMount } from './repo-mount.js';

export interface Account {
  uid: number;
  gid: number;
}

export interface AccountOptions {
  /** The home recorded in passwd (guard reads its state location from there); none when absent. */
  home?: string;
  shell?: '/bin/sh' | '/usr/sbin/nologin';
  /** A system account (created once per machine) or a per-test one with its own group. */
  system?: boolean;
}

/** uid and gid of `name`, creating the account first if it does not exist (needs root). */
export function ensureAccount(name: string, options: AccountOptions = {}): Account {
  const id = (flag: string): number => Number(spawnSync('id', [flag, name], { encoding: 'utf8' }).stdout.trim());
  if (spawnSync('id', ['-u', name]).status !== 0) {
    const home = options.home ? ['--home-dir', options.home] : [];
    const kind = options.system === false ? ['--user-group'] : ['--system'];
    const made = spawnSync(
      'useradd',
      [...kind, '--no-create-home', ...home, '--shell', options.shell ?? '/usr/sbin/nologin', name],
      { encoding: 'utf8' },
    );
    // Another test file may have created it in the meantime.
    if (made.status !== 0 && spawnSync('id', ['-u', name]).status !== 0)
      throw new Error(`useradd ${name} failed: ${made.stderr}`);
  }
  return { uid: id('-u'), gid: id('-g') };
}

/** True when every named program is on PATH. */
export function haveTools(...tools: string[]): boolean {
  return tools.every((tool) => spawnSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' }).status === 0);
}

export interface BoxOptions {
  /** Directories replaced by empty file systems (the checkout is bound back in after them). */
  tmpfs?: string[];
  /** Read-write binds: a host path, or [host, inside]. */
  writable?: (string | [string, string])[];
  /** Read-only binds of host paths (e.g. ones under a tmpfs). */
  readable?: string[];
  /** Directories created inside (e.g. a home under a tmpfs /home), optionally made world-writable. */
  dirs?: { path: string; mode?: string }[];
  /** Namespaces beyond the network one, which is always new. */
  unshare?: ('pid' | 'ipc')[];
  /** A new session: the sandbox cannot reach the caller's terminal with TIOCSTI. */
  newSession?: boolean;
  chdir?: string;
  /** Start from an empty environment with these variables (otherwise bwrap keeps the caller's). */
  env?: Record<string, string>;
}

/** `bwrap` options (not the program itself) for `options`; put the command to run after them. */
export function bwrapArgs(options: BoxOptions): string[] {
  const bind = (b: string | [string, string]): string[] =>
    typeof b === 'string' ? ['--bind', b, b] : ['--bind', b[0], b[1]];
  return [
    '--ro-bind',
    '/',
    '/',
    '--dev',
    '/dev',
    '--proc',
    '/proc',
    ...(options.tmpfs ?? []).flatMap((dir) => ['--tmpfs', dir]),
    ...repoMount(),
    ...(options.dirs ?? []).flatMap((d) => ['--dir', d.path, ...(d.mode ? ['--chmod', d.mode, d.path] : [])]),
    ...(options.readable ?? []).flatMap((dir) => ['--ro-bind', dir, dir]),
    ...(options.writable ?? []).flatMap(bind),
    '--unshare-net',
    ...(options.unshare ?? []).flatMap((ns) => [`--unshare-${ns}`]),
    '--die-with-parent',
    ...(options.newSession ? ['--new-session'] : []),
    ...(options.chdir ? ['--chdir', options.chdir] : []),
    ...(options.env ? ['--clearenv', ...Object.entries(options.env).flatMap(([k, v]) => ['--setenv', k, v])] : []),
    '--',
  ];
}

/** `setpriv` argv that becomes `account` for good (no supplementary groups); put the command after it. */
export function dropTo(account: Account): string[] {
  return ['setpriv', `--reuid=${account.uid}`, `--regid=${account.gid}`, '--clear-groups', '--'];
}
