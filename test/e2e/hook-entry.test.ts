// `guard hook AGENT` starts from the shims' bundle (bin/guard.js); when that bundle is missing or
// damaged the hook denies (exit 2, which every agent client reads as deny), never lets the command run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { GUARD_BIN, runGuard } from '../helpers/run-guard.js';
import { createTempWorld } from '../helpers/temp-world.js';

const payload = (command: string, cwd: string): string =>
  JSON.stringify({ hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command }, cwd });

test('hook claude-code answers from the shim bundle: destructive SQL is denied, a benign line allowed', async (t) => {
  const world = createTempWorld();
  t.after(() => world.dispose());
  const denied = await runGuard(['hook', 'claude-code'], {
    input: payload("psql -h db.internal -c 'DROP TABLE users'", world.root),
    env: world.env(),
  });
  assert.equal(denied.code, 0, denied.stderr);
  const answer = JSON.parse(denied.stdout) as {
    hookSpecificOutput: { permissionDecision: string; permissionDecisionReason: string };
  };
  assert.equal(answer.hookSpecificOutput.permissionDecision, 'deny');
  assert.match(
    answer.hookSpecificOutput.permissionDecisionReason,
    /psql\/drop-object would destroy users in db\.internal/,
  );
  const allowed = await runGuard(['hook', 'claude-code'], { input: payload('ls -la', world.root), env: world.env() });
  assert.equal(allowed.code, 0, allowed.stderr);
  assert.doesNotMatch(allowed.stdout, /deny/);
});

/** A copy of guard's entry points next to a dist/ whose bundles are damaged (or absent). */
function damagedCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'guard-damaged-'));
  mkdirSync(join(root, 'bin'));
  mkdirSync(join(root, 'dist'));
  for (const name of ['guard.js', 'guard-shim-loader.cjs', 'package.json'])
    copyFileSync(join(dirname(GUARD_BIN), name), join(root, 'bin', name));
  writeFileSync(join(root, 'dist', 'guard-shim.cjs'), '/*guard-build:0000000000000000*/ this is not { JavaScript');
  return root;
}

test('a damaged bundle: the hook denies with exit 2 and one guard: paragraph; other commands exit 70', (t) => {
  const root = damagedCopy();
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const bin = join(root, 'bin', 'guard.js');
  const hook = spawnSync(process.execPath, [bin, 'hook', 'claude-code'], {
    input: payload('railway volume delete pg-data --yes', root),
    encoding: 'utf8',
  });
  assert.equal(hook.status, 2, hook.stderr);
  assert.equal(hook.stdout, '');
  assert.match(
    hook.stderr,
    /^guard: cannot start \(.+\): guard is not built or is damaged; the agent's command is denied\. /,
  );
  assert.equal(hook.stderr.trim().split('\n').length, 1);
  // Not a hook (the CLI bundle is absent here): guard's own internal-error code.
  const other = spawnSync(process.execPath, [bin, 'check', '--', 'rm', '-rf', '/srv'], { encoding: 'utf8' });
  assert.equal(other.status, 70, other.stderr);
  assert.match(other.stderr, /^guard: cannot start .*nothing was run\./);
});
