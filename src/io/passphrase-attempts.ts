import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stateDir } from './state-paths.js';

export const DEFAULT_ATTEMPTS = { max: 3, windowSeconds: 300 };

function file(env: NodeJS.ProcessEnv): string {
  return join(stateDir(env), 'passphrase-failures.json');
}

/** Times of recent wrong passphrases. A damaged record counts as the limit reached (fail closed). */
function failures(env: NodeJS.ProcessEnv): number[] | undefined {
  try {
    const data: unknown = JSON.parse(readFileSync(file(env), 'utf8'));
    return Array.isArray(data) && data.every((t) => typeof t === 'number') ? data : undefined;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? [] : undefined;
  }
}

/**
 * Milliseconds to wait before another passphrase may be tried: 0 while fewer than `max` failures
 * fall within the window; past it the wait doubles with every further failure.
 */
export function passphraseWaitMs(env: NodeJS.ProcessEnv, limits = DEFAULT_ATTEMPTS, nowMs = Date.now()): number {
  const all = failures(env);
  if (!all) return limits.windowSeconds * 1000;
  const recent = all.filter((t) => t > nowMs - limits.windowSeconds * 1000 && t <= nowMs);
  if (recent.length < limits.max) return 0;
  const last = Math.max(...recent);
  const wait = limits.windowSeconds * 1000 * 2 ** Math.min(recent.length - limits.max, 10);
  return Math.max(0, last + wait - nowMs);
}

export function recordPassphraseFailure(env: NodeJS.ProcessEnv, nowMs = Date.now()): void {
  const kept = (failures(env) ?? []).filter((t) => t > nowMs - 86_400_000);
  mkdirSync(stateDir(env), { recursive: true, mode: 0o700 });
  writeFileSync(`${file(env)}.tmp`, JSON.stringify([...kept, nowMs]), { mode: 0o600 });
  renameSync(`${file(env)}.tmp`, file(env));
}

export function clearPassphraseFailures(env: NodeJS.ProcessEnv): void {
  mkdirSync(stateDir(env), { recursive: true, mode: 0o700 });
  writeFileSync(file(env), '[]', { mode: 0o600 });
}
