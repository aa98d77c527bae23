import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stateDir } from './state-paths.js';

export interface LockState {
  since: string;
  reason: 'kill-switch' | 'burst';
  detail: string;
}

function lockFile(env: NodeJS.ProcessEnv): string {
  return join(stateDir(env), 'locked.json');
}

/** The kill switch / burst lock, if set. An unreadable lock file counts as locked (fail closed). */
export function readLock(env: NodeJS.ProcessEnv): LockState | undefined {
  let text: string;
  try {
    text = readFileSync(lockFile(env), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    return { since: new Date().toISOString(), reason: 'kill-switch', detail: `the lock file could not be read (${(error as Error).message})` };
  }
  try {
    return JSON.parse(text) as LockState;
  } catch {
    return { since: new Date().toISOString(), reason: 'kill-switch', detail: 'the lock file is damaged' };
  }
}

export function writeLock(env: NodeJS.ProcessEnv, state: LockState): void {
  mkdirSync(stateDir(env), { recursive: true, mode: 0o700 });
  writeFileSync(lockFile(env), `${JSON.stringify(state)}\n`, { mode: 0o600 });
}

export function clearLock(env: NodeJS.ProcessEnv): void {
  rmSync(lockFile(env), { force: true });
}
