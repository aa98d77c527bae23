// The real CLI, mode by mode, on the same commands: prefix mode (`guard --deny`, tools replaced by
// stand-ins that do nothing), `check -- …`, `check --shell` (one batch), a claude-code hook, and
// `explain --json` reach the same decision. The in-process table over every rule example is
// test/core/judgement/mode-table.test.ts; this one samples it, plus our own lines, through processes.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GUARD_BIN, runDetached } from '../helpers/run-guard.js';
import { createTempWorld, type TempWorld } from '../helpers/temp-world.js';
import { lineOf, modeTable, OWN_LINES, type TableRow } from '../helpers/mode-table.js';

let world: TempWorld;
let standIns: string;
before(() => {
  world = createTempWorld();
  standIns = join(world.root, 'stand-ins');
  mkdirSync(standIns);
});
after(() => world.dispose());

/** Our own lines and every k-th portable rule example: about 40 commands, each run in five modes. */
function sample(): TableRow[] {
  const portable = modeTable().filter((r) => r.portable);
  const own = portable.filter((r) => OWN_LINES.some((o) => o.argv === r.example.argv));
  const examples = portable.filter((r) => !own.includes(r));
  const step = Math.max(1, Math.floor(examples.length / 24));
  return [...own, ...examples.filter((_, k) => k % step === 0)];
}

function envFor(row: TableRow): NodeJS.ProcessEnv {
  // Only stand-ins on PATH: whatever prefix mode lets through runs a script that does nothing.
  return world.env({ ...(row.example.env ?? {}), PATH: standIns, CI: 'true' });
}

async function guard(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  input = '',
): Promise<{ code: number | null; stdout: string }> {
  return runDetached(process.execPath, [GUARD_BIN, ...args], { env, cwd: world.home, input, timeoutMs: 60_000 });
}

async function decisions(row: TableRow): Promise<Record<string, string>> {
  const argv = row.example.argv;
  const env = envFor(row);
  const prefix = await guard(['--deny', '--', ...argv], env);
  const check = await guard(['check', '--json', '--', ...argv], env);
  const explain = await guard(['explain', '--json', '--', ...argv], env);
  const hook = await guard(
    ['hook', 'claude-code'],
    env,
    JSON.stringify({ tool_name: 'Bash', tool_input: { command: lineOf(argv) }, cwd: world.home }),
  );
  return {
    prefix: prefix.code === 77 ? 'confirm' : prefix.code === 0 ? 'allow' : `exit ${prefix.code}`,
    check: check.code === 77 ? 'confirm' : check.code === 0 ? 'allow' : `exit ${check.code}`,
    explain: (JSON.parse(explain.stdout) as { decision: string }).decision,
    hook: hook.stdout.includes('"permissionDecision":"deny"') ? 'confirm' : hook.stdout === '' ? 'allow' : hook.stdout,
  };
}

test('prefix, check, check --shell, hook and explain --json agree on every sampled command', async () => {
  const rows = sample();
  for (const row of rows) {
    const name = row.example.argv[0] as string;
    writeFileSync(join(standIns, name.slice(name.lastIndexOf('/') + 1)), '#!/bin/sh\nexit 0\n');
    chmodSync(join(standIns, name.slice(name.lastIndexOf('/') + 1)), 0o755);
  }
  const disagreements: string[] = [];
  // Two at a time: the machine is shared.
  const results: Record<string, string>[] = new Array(rows.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let k = next++; k < rows.length; k = next++) results[k] = await decisions(rows[k] as TableRow);
  };
  await Promise.all([worker(), worker()]);
  // check --shell, one batch per distinct env (most rows have none).
  for (const [k, row] of rows.entries()) {
    const batch = await guard(['check', '--shell', '--stdin', '--json'], envFor(row), `${lineOf(row.example.argv)}\n`);
    const seen = {
      ...(results[k] as Record<string, string>),
      shell: (JSON.parse(batch.stdout.trim()) as { decision: string }).decision,
    };
    if (new Set(Object.values(seen)).size !== 1)
      disagreements.push(`${lineOf(row.example.argv)}: ${JSON.stringify(seen)}`);
  }
  assert.ok(rows.length >= 36, `${rows.length} rows`);
  assert.deepEqual(disagreements, []);
});

test('the two drifts of issue 18: explain agrees with check', async () => {
  const env = world.env({ PATH: standIns });
  for (const argv of [
    ['sudo', 'psql', '-c', 'DROP TABLE users'],
    ['psql', '-c', 'SELEC * FROM users'],
  ]) {
    const check = await guard(['check', '--', ...argv], env);
    const explain = await guard(['explain', '--json', '--', ...argv], env);
    assert.equal(check.code, 77);
    assert.equal((JSON.parse(explain.stdout) as { decision: string }).decision, 'confirm');
    const text = await guard(['explain', '--', ...argv], env);
    assert.match(text.stdout, /guard: decision: confirm: a human must type/);
  }
});
