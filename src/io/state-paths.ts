import { join } from 'node:path';
import { stateBase } from './account-home.js';

/** guard's own state (audit log, tickets, lock): located from the account database (account-home.ts). */
export function stateDir(env: NodeJS.ProcessEnv): string {
  return join(stateBase(env), 'guard');
}

export function auditPath(env: NodeJS.ProcessEnv, configured?: string): string {
  return configured ?? join(stateDir(env), 'audit.jsonl');
}
