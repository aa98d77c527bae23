import { homedir } from 'node:os';
import { join } from 'node:path';

/** guard's own state (audit log, tickets, lock), under the XDG state directory. */
export function stateDir(env: NodeJS.ProcessEnv): string {
  const base = env.XDG_STATE_HOME && env.XDG_STATE_HOME.startsWith('/') ? env.XDG_STATE_HOME : join(env.HOME ?? homedir(), '.local', 'state');
  return join(base, 'guard');
}

export function auditPath(env: NodeJS.ProcessEnv, configured?: string): string {
  return configured ?? join(stateDir(env), 'audit.jsonl');
}
