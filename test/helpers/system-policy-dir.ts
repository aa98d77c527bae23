// A root-owned system policy directory for tests (they run as root), named through GUARD_SYSTEM_DIR.
// An unprivileged agent cannot make one: it cannot create a root-owned file (test/hardened/ proves it).
import { chmodSync, chownSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SystemPolicy } from '../../src/core/config/system-policy-schema.js';

/** What every test world gets: guard honours its HOME / XDG_* dirs, and root's pty helper (test/helpers/pty.ts) counts as the human. */
export const HARNESS_POLICY: SystemPolicy = { locationsFromEnvironment: true, humanDriverUids: [0] };

/** Creates a policy directory (root-owned, 0755, policy.json 0644) and returns its path. */
export function createPolicyDir(policy: SystemPolicy = HARNESS_POLICY, parent = tmpdir()): string {
  const dir = mkdtempSync(join(parent, 'guard-policy-'));
  chmodSync(dir, 0o755);
  const file = join(dir, 'policy.json');
  writeFileSync(file, `${JSON.stringify(policy, null, 2)}\n`, { mode: 0o644 });
  if (process.getuid?.() === 0) {
    chownSync(dir, 0, 0);
    chownSync(file, 0, 0);
  }
  return dir;
}

let shared: string | undefined;

/** One harness policy directory per test process, removed at exit. */
export function harnessPolicyDir(): string {
  if (shared) return shared;
  const dir = createPolicyDir();
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return (shared = dir);
}

/** The variables that put a test's guard under the harness policy. */
export function harnessPolicyEnv(): { GUARD_SYSTEM_DIR: string } {
  return { GUARD_SYSTEM_DIR: harnessPolicyDir() };
}

/** Replaces the policy in `dir` (root-owned again afterwards). */
export function writePolicy(dir: string, policy: SystemPolicy): void {
  const file = join(dir, 'policy.json');
  writeFileSync(file, `${JSON.stringify(policy, null, 2)}\n`, { mode: 0o644 });
  if (process.getuid?.() === 0) chownSync(file, 0, 0);
}
