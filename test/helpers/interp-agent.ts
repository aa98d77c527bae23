// Plays the agent for the interpreter-code tests: an unprivileged user (guard-interp-agent) inside
// bubblewrap (read-only root, tmpfs HOME and /tmp, no network), with chosen host directories bound
// at chosen paths (so a "production" path like /srv/uploads is really a temp dir).
import { spawnSync } from 'node:child_process';
import { chownSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { repoMount } from './repo-mount.js';

export const AGENT_USER = 'guard-interp-agent';

/** Root, bwrap, runuser and useradd present, and node and `files` readable by the agent user: the sandbox can be built. */
export function canSandbox(files: string[] = []): boolean {
  if (process.getuid?.() !== 0) return false;
  if (!['bwrap', 'runuser', 'useradd'].every((t) => spawnSync('sh', ['-c', `command -v ${t}`]).status === 0)) return false;
  ensureAgentUser();
  return spawnSync('runuser', ['-u', AGENT_USER, '--', process.execPath, '-e', 'for (const f of process.argv.slice(1)) require("fs").accessSync(f, require("fs").constants.R_OK)', ...files]).status === 0;
}

export function ensureAgentUser(): void {
  if (spawnSync('id', [AGENT_USER]).status === 0) return;
  const r = spawnSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', AGENT_USER], { encoding: 'utf8' });
  if (r.status !== 0 && spawnSync('id', [AGENT_USER]).status !== 0) throw new Error(`useradd failed: ${r.stderr}`);
}

/** Gives a directory tree to the agent user (so the agent could delete it, were guard not there). */
export function giveToAgent(dir: string): void {
  const uid = Number(spawnSync('id', ['-u', AGENT_USER], { encoding: 'utf8' }).stdout.trim());
  const walk = (path: string): void => {
    chownSync(path, uid, uid);
    if (statSync(path).isDirectory()) for (const entry of readdirSync(path)) walk(join(path, entry));
  };
  walk(dir);
}

export interface AgentRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs argv as the agent user in the sandbox; `binds` maps sandbox paths (/srv, or under it) to host dirs. */
export function runAsAgent(argv: string[], binds: Record<string, string>, input = ''): AgentRun {
  const mounts = Object.entries(binds).flatMap(([inside, host]) => ['--bind', host, inside]);
  const args = ['-u', AGENT_USER, '--', 'bwrap', '--ro-bind', '/', '/', '--dev', '/dev', '--proc', '/proc', '--tmpfs', '/home', '--tmpfs', '/tmp', '--tmpfs', '/srv', ...repoMount(), ...mounts,
    '--unshare-net', '--die-with-parent', '--clearenv', '--setenv', 'PATH', `${dirname(process.execPath)}:/usr/local/bin:/usr/bin:/bin`, '--setenv', 'HOME', '/home/agent', '--setenv', 'XDG_STATE_HOME', '/tmp/state', '--setenv', 'CI', 'true', '--chdir', '/tmp', '--', ...argv];
  const r = spawnSync('runuser', args, { input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
