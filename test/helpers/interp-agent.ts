// Plays the agent for the interpreter-code tests: an unprivileged user (guard-interp-agent) inside
// bubblewrap (read-only root, tmpfs HOME and /tmp, no network), with chosen host directories bound
// at chosen paths (so a "production" path like /srv/uploads is really a temp dir).
import { spawnSync } from 'node:child_process';
import { chownSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { bwrapArgs, dropTo, ensureAccount, haveTools } from './sandbox.js';

export const AGENT_USER = 'guard-interp-agent';

/** Root, bwrap, setpriv and useradd present, and node and `files` readable by the agent user: the sandbox can be built. */
export function canSandbox(files: string[] = []): boolean {
  if (process.getuid?.() !== 0 || !haveTools('bwrap', 'setpriv', 'useradd')) return false;
  const readable = 'for (const f of process.argv.slice(1)) require("fs").accessSync(f, require("fs").constants.R_OK)';
  const [setpriv, ...drop] = dropTo(ensureAgentUser());
  return spawnSync(setpriv as string, [...drop, process.execPath, '-e', readable, ...files]).status === 0;
}

export function ensureAgentUser(): { uid: number; gid: number } {
  return ensureAccount(AGENT_USER);
}

/** Gives a directory tree to the agent user (so the agent could delete it, were guard not there). */
export function giveToAgent(dir: string): void {
  const { uid } = ensureAgentUser();
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
  const box = bwrapArgs({
    tmpfs: ['/home', '/tmp', '/srv'],
    writable: Object.entries(binds).map(([inside, host]): [string, string] => [host, inside]),
    env: {
      PATH: `${dirname(process.execPath)}:/usr/local/bin:/usr/bin:/bin`,
      HOME: '/home/agent',
      XDG_STATE_HOME: '/tmp/state',
      CI: 'true',
    },
    chdir: '/tmp',
  });
  const [setpriv, ...drop] = dropTo(ensureAgentUser());
  const r = spawnSync(setpriv as string, [...drop, 'bwrap', ...box, ...argv], {
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
