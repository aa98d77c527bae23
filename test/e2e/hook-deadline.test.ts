// The hook always answers in time, and never blocks on a FIFO or device it is asked about.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { GUARD_BIN, runGuard } from '../helpers/run-guard.js';
import { createTempWorld } from '../helpers/temp-world.js';
import { HOOK_DEADLINE_MS } from '../../src/app/hook-deadline.js';

const payload = (command: string, cwd: string): string =>
  JSON.stringify({ hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command }, cwd });

function decisionOf(stdout: string): { permissionDecision: string; permissionDecisionReason: string } {
  return (
    JSON.parse(stdout) as { hookSpecificOutput: { permissionDecision: string; permissionDecisionReason: string } }
  ).hookSpecificOutput;
}

for (const [label, command] of [
  ['/dev/zero as a SQL file', 'psql -f /dev/zero'],
  ['a FIFO nobody writes to', 'psql -f FIFO'],
] as const) {
  test(`hook claude-code: a command naming ${label} is denied well within the deadline`, async (t) => {
    const world = createTempWorld();
    t.after(() => world.dispose());
    const fifo = join(world.root, 'never.fifo');
    execFileSync('mkfifo', [fifo]);
    const started = process.hrtime.bigint();
    const r = await runGuard(['hook', 'claude-code'], {
      input: payload(command.replace('FIFO', fifo), world.root),
      env: world.env(),
      timeoutMs: 20_000,
    });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    assert.equal(r.code, 0, r.stderr);
    assert.equal(decisionOf(r.stdout).permissionDecision, 'deny');
    assert.ok(ms < HOOK_DEADLINE_MS, `answered in ${ms} ms`);
  });
}

test('hook claude-code: a FIFO planted as the project config (guard.config.json) does not hold up the answer', async (t) => {
  const world = createTempWorld();
  t.after(() => world.dispose());
  execFileSync('mkfifo', [join(world.root, 'guard.config.json')]);
  const started = process.hrtime.bigint();
  const r = await runGuard(['hook', 'claude-code'], {
    input: payload('rm -rf ~', world.root),
    env: world.env(),
    timeoutMs: 20_000,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  assert.equal(decisionOf(r.stdout).permissionDecision, 'deny');
  assert.ok(ms < HOOK_DEADLINE_MS, `answered in ${ms} ms`);
});

test('hook claude-code: a payload that never ends (writer holds stdin open) is denied at the deadline, and guard exits', async (t) => {
  const world = createTempWorld();
  t.after(() => world.dispose());
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [GUARD_BIN, 'hook', 'claude-code'], {
    env: world.env(),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stdin.write('{"tool_name":"Bash","tool_input":{"command":"rm -rf ~"');
  let stdout = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  child.stdin.destroy();
  assert.equal(code, 0);
  const answer = decisionOf(stdout);
  assert.equal(answer.permissionDecision, 'deny');
  assert.match(answer.permissionDecisionReason, /within 5 s/);
  assert.ok(ms >= HOOK_DEADLINE_MS - 100 && ms < HOOK_DEADLINE_MS + 3000, `exited after ${ms} ms`);
});

test('hook claude-code: /dev/zero as the payload itself is denied, not read forever', async (t) => {
  const world = createTempWorld();
  t.after(() => world.dispose());
  const r = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
    const child = spawn('sh', ['-c', `exec "${process.execPath}" "${GUARD_BIN}" hook claude-code < /dev/zero`], {
      env: world.env(),
    });
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.on('exit', (code) => resolve({ code, stdout }));
  });
  assert.equal(r.code, 0);
  assert.equal(decisionOf(r.stdout).permissionDecision, 'deny');
});
