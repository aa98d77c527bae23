import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unlockMessage } from '../core/audit/approval-messages.js';
import type { ApprovalKey } from '../core/config/system-policy-schema.js';
import { verifySignature, type Signature } from './approval-keys.js';
import { randomToken } from './random-token.js';
import { stateDir } from './state-paths.js';
import { systemPolicy } from './system-policy/load-system-policy.js';

export interface LockState {
  since: string;
  reason: 'kill-switch' | 'burst';
  detail: string;
  nonce?: string;
}

/** What `guard unlock` writes: the lock it lifted, when, and (under a pinned key) the human's signature. */
interface LockFile extends LockState {
  unlocked?: { at: string; proof?: Signature };
}

function lockFile(env: NodeJS.ProcessEnv): string {
  return join(stateDir(env), 'locked.json');
}

const REASONS = new Set(['kill-switch', 'burst']);

/**
 * The kill switch / burst lock, if set. Fail closed: any content that is not a well-formed lock or a
 * well-formed unlock (signed by a pinned approval key when the system policy pins one) reads as locked.
 */
export function readLock(env: NodeJS.ProcessEnv): LockState | undefined {
  let text: string;
  try {
    text = readFileSync(lockFile(env), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      return damaged(`the lock file could not be read (${(error as Error).message})`);
    // Under a pinned key a missing file is not proof of anything (deleting is as easy as nulling): locked until a signed unlock.
    return pinnedKeys(env).length > 0
      ? damaged(
          'there is no signed unlock record (a hardened install starts locked; deleting the record locks it again)',
        )
      : undefined;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return damaged('the lock file is damaged');
  }
  if (!isLockFile(data)) return damaged('the lock file is not a well-formed lock or unlock');
  const { unlocked, ...lock } = data;
  if (!unlocked) return lock;
  const keys = pinnedKeys(env);
  if (keys.length > 0 && !verifySignature(keys, unlockMessage(lock), unlocked.proof)) {
    return { ...lock, detail: `${lock.detail}; its unlock is not signed by a pinned approval key` };
  }
  return undefined;
}

function pinnedKeys(env: NodeJS.ProcessEnv): readonly ApprovalKey[] {
  return systemPolicy(env).policy?.approvalKeys ?? [];
}

function damaged(detail: string): LockState {
  return { since: new Date().toISOString(), reason: 'kill-switch', detail };
}

function isLockFile(data: unknown): data is LockFile {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const d = data as Record<string, unknown>;
  if (
    typeof d.since !== 'string' ||
    Number.isNaN(Date.parse(d.since)) ||
    !REASONS.has(d.reason as string) ||
    typeof d.detail !== 'string'
  )
    return false;
  if (d.nonce !== undefined && typeof d.nonce !== 'string') return false;
  if (d.unlocked === undefined) return true;
  const u = d.unlocked as Record<string, unknown> | null;
  return typeof u === 'object' && u !== null && typeof u.at === 'string';
}

export function writeLock(env: NodeJS.ProcessEnv, state: LockState): void {
  writeLockFile(env, { ...state, nonce: state.nonce ?? randomToken() });
}

/** Lifts `lock`: the file keeps it, marked unlocked (and signed when a key is pinned), never emptied. */
export function writeUnlock(env: NodeJS.ProcessEnv, lock: LockState, proof?: Signature): void {
  writeLockFile(env, { ...lock, unlocked: { at: new Date().toISOString(), ...(proof ? { proof } : {}) } });
}

function writeLockFile(env: NodeJS.ProcessEnv, data: LockFile): void {
  mkdirSync(stateDir(env), { recursive: true, mode: 0o700 });
  const file = lockFile(env);
  writeFileSync(`${file}.tmp`, `${JSON.stringify(data)}\n`, { mode: 0o600 });
  renameSync(`${file}.tmp`, file);
}
