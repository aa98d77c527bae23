// The agent side of the e2e suite runs as an unprivileged user, inside bubblewrap: read-only root, tmpfs
// HOME and /tmp, no network but loopback (the scripted model runs in there too), the world dir writable.
import { spawn } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Job, JobResult } from './sandbox-runner.js';
import { bwrapArgs, dropTo, ensureAccount } from '../../helpers/sandbox.js';

export const AGENT_USER = 'guard-e2e-agent';
export const AGENT_HOME = '/home/agent';
const RUNNER = fileURLToPath(new URL('./sandbox-runner.js', import.meta.url));

export interface AgentUser {
  uid: number;
  gid: number;
}

/** Creates the unprivileged user the agent side runs as (once per machine). */
export function ensureAgentUser(): AgentUser {
  return ensureAccount(AGENT_USER, { home: AGENT_HOME });
}

/** A fresh directory the agent user owns: project, record of stand-ins, victims. */
export function makeWorld(user: AgentUser): string {
  const world = mkdtempSync(join(tmpdir(), 'guard-agents-'));
  chmodSync(world, 0o755);
  chownSync(world, user.uid, user.gid);
  return world;
}

/** Creates `path` (and parents under world) owned by the agent user. */
export function ownedDir(user: AgentUser, path: string): string {
  mkdirSync(path, { recursive: true });
  chownSync(path, user.uid, user.gid);
  return path;
}

export function ownedFile(user: AgentUser, path: string, content: string, mode = 0o644): void {
  writeFileSync(path, content);
  chmodSync(path, mode);
  chownSync(path, user.uid, user.gid);
}

/** Runs the job in the sandbox as the agent user; resolves with what the runner recorded. */
export function runInSandbox(user: AgentUser, world: string, job: Omit<Job, 'out'>): Promise<JobResult> {
  const jobFile = join(world, `job-${process.hrtime.bigint()}.json`);
  const out = `${jobFile}.out`;
  ownedFile(user, jobFile, JSON.stringify({ ...job, out }));
  const box = bwrapArgs({
    tmpfs: ['/tmp', '/home'],
    dirs: [{ path: AGENT_HOME }],
    writable: [world],
    unshare: ['pid', 'ipc'],
    newSession: true,
    chdir: world,
  });
  const [setpriv, ...drop] = dropTo(user);
  const argv = [...drop, 'bwrap', ...box, process.execPath, RUNNER, jobFile];
  const env = { PATH: '/usr/local/bin:/usr/bin:/bin', HOME: AGENT_HOME, LANG: 'C.UTF-8' };
  return new Promise((resolve, reject) => {
    const child = spawn(setpriv as string, argv, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), job.timeoutMs + 90_000);
    child.on('error', reject);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      try {
        resolve(JSON.parse(readFileSync(out, 'utf8')) as JobResult);
      } catch {
        reject(new Error(`the sandbox did not finish (status ${status}, ${signal ?? ''}): ${stderr}`));
      }
    });
  });
}
