// Runs a command the way an agent would: as an unprivileged user created here (CI runs as root),
// inside bubblewrap (read-only root, private /tmp, no network but loopback), without a terminal.
import { execFileSync } from 'node:child_process';
import { runDetached, type RunResult } from './run-guard.js';
import { bwrapArgs, dropTo, ensureAccount, haveTools } from './sandbox.js';

export const SANDBOX_USER = 'guard-teams-agent';

export interface SandboxUser {
  uid: number;
  gid: number;
}

/** The test user, created on first use; undefined when that is impossible here (not root, no useradd, no bwrap). */
export function sandboxUser(): SandboxUser | undefined {
  if (process.getuid?.() !== 0) return undefined;
  if (!haveTools('bwrap', 'setpriv', 'useradd')) return undefined;
  try {
    const account = ensureAccount(SANDBOX_USER);
    // The account's home must exist: guard finds its state and config there (the account database, not $HOME).
    execFileSync(
      'sh',
      ['-c', `h=$(getent passwd ${SANDBOX_USER} | cut -d: -f6) && mkdir -p "$h" && chown ${SANDBOX_USER} "$h"`],
      { stdio: 'ignore' },
    );
    return account;
  } catch {
    return undefined;
  }
}

/** Hands a directory tree to the user (symlinks themselves, never their targets). */
export function giveTree(dir: string, user: SandboxUser): void {
  execFileSync('chown', ['-R', '-h', `${user.uid}:${user.gid}`, dir]);
}

/** The account's home directory, from the account database. */
export function accountHomeOf(name = SANDBOX_USER): string {
  return execFileSync('sh', ['-c', `getent passwd ${name} | cut -d: -f6`], { encoding: 'utf8' }).trim();
}

/**
 * `bash -c SCRIPT` as the user in bubblewrap; `writable` is the only directory it may write (plus a
 * private /tmp). With `home`, that directory is also mounted as the account's home (where guard keeps
 * its state) and HOME names it there.
 */
export function runSandboxedBash(
  user: SandboxUser,
  writable: string,
  script: string,
  env: NodeJS.ProcessEnv,
  timeoutMs = 60_000,
  home?: string,
): Promise<RunResult> {
  if (home) env = { ...env, HOME: accountHomeOf() };
  const box = bwrapArgs({
    tmpfs: ['/tmp'],
    writable: [writable, ...(home ? [[home, accountHomeOf()] as [string, string]] : [])],
    unshare: ['pid'],
    chdir: writable,
  });
  const [setpriv, ...drop] = dropTo(user);
  return runDetached(setpriv as string, [...drop, 'bwrap', ...box, 'bash', '-c', script], {
    env,
    timeoutMs,
    cwd: writable,
  });
}
