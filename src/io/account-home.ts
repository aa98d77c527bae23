import { existsSync } from 'node:fs';
import { homedir, userInfo } from 'node:os';
import { join } from 'node:path';
import { systemPolicy } from './system-policy/load-system-policy.js';

type Env = Readonly<Record<string, string | undefined>>;

let account: string | undefined;

/**
 * This account's home directory from the account database (passwd), not from $HOME: an agent's
 * command can set variables, so they must not move guard's state or user config.
 */
export function accountHome(): string {
  if (account !== undefined) return account;
  try {
    account = userInfo().homedir;
  } catch {
    account = homedir(); // no passwd entry (a bare container uid): the only home there is
  }
  // An account whose home does not exist (system users, /nonexistent) keeps its state under $HOME:
  // nothing persists there otherwise; docs/hardened.md says to give an agent account a real home.
  if (!existsSync(account)) account = homedir();
  return account;
}

/** True only when a trusted system policy lets HOME / XDG_* place guard's files (test harnesses). */
export function locationsFromEnvironment(env: Env): boolean {
  return systemPolicy(env).policy?.locationsFromEnvironment === true;
}

/** guard's state directory: ~/.local/state/guard of the account (or $XDG_STATE_HOME/guard when the policy allows). */
export function stateBase(env: Env): string {
  if (!locationsFromEnvironment(env)) return join(accountHome(), '.local', 'state');
  return env.XDG_STATE_HOME && env.XDG_STATE_HOME.startsWith('/')
    ? env.XDG_STATE_HOME
    : join(env.HOME ?? homedir(), '.local', 'state');
}

/** The base of the user config directory (…/guard is appended by the caller). */
export function configBase(env: Env, home: string): string {
  if (!locationsFromEnvironment(env)) return join(accountHome(), '.config');
  const xdg = env.XDG_CONFIG_HOME;
  return xdg && xdg.startsWith('/') ? xdg : join(home, '.config');
}
