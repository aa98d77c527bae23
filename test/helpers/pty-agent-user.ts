// The "agent" of the terminal-provenance tests: an unprivileged user created by the test set-up
// (CI runs as root), run inside bubblewrap (read-only root, tmpfs /tmp and HOME, loopback only).
// bubblewrap runs as root so that file owners and /proc look as they really are; it then drops to
// the agent user with setpriv, which the agent cannot undo.
import { execFileSync } from 'node:child_process';
import { repoMount } from './repo-mount.js';

export const PTY_AGENT_USER = 'guard-pty-agent';

export interface AgentUser {
  uid: number;
  gid: number;
}

/** Creates the agent user once per machine (no home, no password, no sudo). */
export function ptyAgentUser(): AgentUser {
  const id = (flag: string): number => Number(execFileSync('id', [flag, PTY_AGENT_USER], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('useradd', ['--system', '--no-create-home', '--shell', '/bin/sh', PTY_AGENT_USER]);
    return { uid: id('-u'), gid: id('-g') };
  }
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
  const binds = [...(options.readable ?? []).flatMap((d) => ['--ro-bind', d, d]), ...options.writable.flatMap((d) => ['--bind', d, d])];
  const env = Object.entries({ HOME: '/tmp/agent-home', ...options.env }).map(([k, v]) => `${k}=${v}`);
  return [
    'bwrap', '--ro-bind', '/', '/', '--dev', '/dev', '--proc', '/proc', '--tmpfs', '/tmp', ...repoMount(), '--dir', '/tmp/agent-home', '--chmod', '0777', '/tmp/agent-home',
    ...binds, '--unshare-net', '--unshare-ipc', '--die-with-parent', '--',
    'setpriv', `--reuid=${user.uid}`, `--regid=${user.gid}`, '--clear-groups', '--',
    'env', '-i', ...env, '/bin/sh', '-c', script,
  ];
}
