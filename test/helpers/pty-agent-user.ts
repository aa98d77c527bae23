// The "agent" of the terminal-provenance tests: an unprivileged user created by the test set-up
// (CI runs as root), run inside bubblewrap (read-only root, tmpfs /tmp and HOME, loopback only).
// bubblewrap runs as root so that file owners and /proc look as they really are; it then drops to
// the agent user with setpriv, which the agent cannot undo.
import { bwrapArgs, dropTo, ensureAccount } from './sandbox.js';

export const PTY_AGENT_USER = 'guard-pty-agent';

export interface AgentUser {
  uid: number;
  gid: number;
}

/** Creates the agent user once per machine (no home, no password, no sudo). */
export function ptyAgentUser(): AgentUser {
  return ensureAccount(PTY_AGENT_USER, { shell: '/bin/sh' });
}

export interface SandboxOptions {
  /** Directories the agent may write (bound read-write over the tmpfs /tmp). */
  writable: string[];
  /** Directories it may read that live under /tmp (the policy directory, the world). */
  readable?: string[];
  env: Record<string, string>;
}

/** argv that runs `script` with `sh -c` as the agent user inside bubblewrap. */
export function agentSandboxArgv(user: AgentUser, script: string, options: SandboxOptions): string[] {
  const box = bwrapArgs({
    tmpfs: ['/tmp'],
    dirs: [{ path: '/tmp/agent-home', mode: '0777' }],
    readable: options.readable,
    writable: options.writable,
    unshare: ['ipc'],
  });
  const env = Object.entries({ HOME: '/tmp/agent-home', ...options.env }).map(([k, v]) => `${k}=${v}`);
  return ['bwrap', ...box, ...dropTo(user), 'env', '-i', ...env, '/bin/sh', '-c', script];
}
