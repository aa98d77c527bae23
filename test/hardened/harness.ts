// Shared set-up of the hardened e2e tests: a root-owned policy pinning a test approval key, a
// fresh agent account with a stand-in railway, and the human (the root harness) at a pty.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { SystemPolicy } from '../../src/core/config/system-policy-schema.js';
import { newApprovalKey } from '../../src/io/approval-keys.js';
import { agentDir, createAgentUser, type AgentUser } from '../helpers/hardened-agent-user.js';
import { runOnPty, type PtyStep } from '../helpers/pty.js';
import type { RunResult } from '../helpers/run-guard.js';
import { GUARD_BIN } from '../helpers/run-guard.js';
import { createStandIn, type StandIn } from '../helpers/stand-in.js';
import { createPolicyDir } from '../helpers/system-policy-dir.js';

export const PASSPHRASE = 'correct horse battery staple';
/** Cheapest parameters the schema allows, to keep tests fast; `guard passphrase` uses 2^17. */
const KEY = newApprovalKey(PASSPHRASE, { N: 2 ** 14, r: 8, p: 1 });
export const DELETE = ['railway', 'volume', '-e', 'production', 'delete', '-v', 'pg-data', '--yes'];
export const PHRASE = 'production/pg-data';

export const HARDENED_POLICY: SystemPolicy = {
  version: 1,
  loosening: 'forbid',
  approvalKeys: [KEY],
  passphraseAttempts: { max: 2, windowSeconds: 600 },
  // the tests make many refused attempts on purpose; the burst lockout has its own tests
  lockout: { attempts: 100, windowSeconds: 1 },
  // the root harness's pty counts as a human's terminal (terminal provenance, issue 13)
  humanDriverUids: [0],
};

export interface HardenedWorld {
  agent: AgentUser;
  policyDir: string;
  railway: StandIn;
  env: NodeJS.ProcessEnv;
  /** The human runs `guard ARGS` as the agent account, at a pty the root harness drives. */
  human(args: readonly string[], steps: readonly PtyStep[]): Promise<RunResult>;
  /** Path of a file in the agent's state directory (located from passwd). */
  state(...parts: string[]): string;
  ticketOf(result: RunResult): string;
  /** The human lifts the lock (a hardened install starts locked). */
  unlock(): Promise<RunResult>;
  dispose(): void;
}

export function hardenedWorld(policy: SystemPolicy = HARDENED_POLICY): HardenedWorld {
  const policyDir = createPolicyDir(policy);
  const agent = createAgentUser();
  const bin = agentDir(agent, 'bin');
  const railway = createStandIn(bin, agentDir(agent, 'records'), 'railway');
  const env: NodeJS.ProcessEnv = {
    PATH: `${bin}:/usr/bin:/bin`,
    GUARD_SYSTEM_DIR: policyDir,
    LANG: 'C.UTF-8',
    TERM: 'xterm',
  };
  const human = (args: readonly string[], steps: readonly PtyStep[]): Promise<RunResult> =>
    runOnPty(['/usr/sbin/runuser', '-u', agent.name, '--', process.execPath, GUARD_BIN, ...args], steps, {
      env: { ...env, HOME: agent.home },
      cwd: agent.home,
      timeoutMs: 30_000,
    });
  const world: HardenedWorld = {
    agent,
    policyDir,
    railway,
    env,
    human,
    state: (...parts) => join(agent.home, '.local', 'state', 'guard', ...parts),
    ticketOf: (result) => {
      const id = /ticket ([a-z0-9]{10})/.exec(result.stderr)?.[1];
      if (!id) throw new Error(`no ticket in: ${result.stderr}`);
      return id;
    },
    unlock: () =>
      human(
        ['unlock'],
        [
          { expect: 'Type unlock', send: 'unlock\r' },
          { expect: 'passphrase', send: `${PASSPHRASE}\r` },
        ],
      ),
    dispose: () => {
      agent.dispose();
      rmSync(policyDir, { recursive: true, force: true });
    },
  };
  return world;
}

/** As the agent: a node one-liner that edits a JSON file in place (what a determined agent does). */
export function editJson(world: HardenedWorld, file: string, edit: string): Promise<RunResult> {
  const script = `const fs=require('fs');const f=${JSON.stringify(file)};const t=JSON.parse(fs.readFileSync(f,'utf8'));${edit};fs.writeFileSync(f,JSON.stringify(t));`;
  return world.agent.run([process.execPath, '-e', script], world.env);
}

export function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}
