// The hardened-install tests' agent: a fresh unprivileged account per test world (created by the
// root test set-up, removed after), whose commands run inside bubblewrap (read-only root, no
// network but loopback, only the world's directory writable; no capabilities, no user namespace).
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunResult } from './run-guard.js';
import { bwrapArgs, dropTo, ensureAccount } from './sandbox.js';
import { GUARD_BIN } from './run-guard.js';

export interface AgentUser {
  name: string;
  uid: number;
  gid: number;
  /** The account's home in passwd (guard's state and user config live below it). */
  home: string;
  /** The world directory: home, bins and records below it; the only place the agent may write. */
  root: string;
  /** Runs `argv` as the agent, in bubblewrap, in a new session with no terminal. */
  run(argv: readonly string[], env: NodeJS.ProcessEnv, input?: string): Promise<RunResult>;
  /** `guard ARGS` as the agent. */
  guard(args: readonly string[], env: NodeJS.ProcessEnv): Promise<RunResult>;
  dispose(): void;
}

/** Creates the account `gha<random>` with its home in a new world directory. Needs root. */
export function createAgentUser(): AgentUser {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'guard-agent-')));
  chmodSync(root, 0o755);
  const name = `gha${root
    .slice(-6)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, 'x')}`;
  const home = join(root, 'home');
  const { uid, gid } = ensureAccount(name, { home, shell: '/bin/sh', system: false });
  mkdirSync(home, { mode: 0o700 });
  chownSync(home, uid, gid);
  const run = (argv: readonly string[], env: NodeJS.ProcessEnv, input = ''): Promise<RunResult> =>
    new Promise((resolve, reject) => {
      // bwrap started by root makes no user namespace, so file owners read true inside; setpriv then drops to the agent
      const box = bwrapArgs({ writable: [root], newSession: true });
      const child = spawn('bwrap', [...box, ...dropTo({ uid, gid }), ...argv], {
        env: { ...env, HOME: env.HOME ?? home, USER: name, LOGNAME: name },
        cwd: home,
        detached: true,
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (c: Buffer) => out.push(c));
      child.stderr.on('data', (c: Buffer) => err.push(c));
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      child.on('error', reject);
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        resolve({
          code,
          signal,
          stdout: Buffer.concat(out).toString('utf8'),
          stderr: Buffer.concat(err).toString('utf8'),
        });
      });
      child.stdin.on('error', () => undefined);
      child.stdin.end(input);
    });
  return {
    name,
    uid,
    gid,
    home,
    root,
    run,
    guard: (args, env) => run([process.execPath, GUARD_BIN, ...args], env),
    dispose: () => {
      spawnSync('userdel', [name]);
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** A directory in the world the agent owns (bins, records, projects). */
export function agentDir(agent: AgentUser, name: string): string {
  const dir = join(agent.root, name);
  mkdirSync(dir, { recursive: true, mode: 0o755 });
  chownSync(dir, agent.uid, agent.gid);
  return dir;
}
