// How the tool ended is how guard ends: an exit code stays an exit code (143 is not SIGTERM), a
// signal is re-raised. Seen from a real shell, as a user's script would see it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GUARD_BIN } from '../helpers/run-guard.js';
import { createTempWorld, type TempWorld } from '../helpers/temp-world.js';

let world: TempWorld;
before(() => {
  world = createTempWorld();
});
after(() => world.dispose());

function tool(name: string, body: string): void {
  writeFileSync(join(world.bin, name), `#!/bin/sh\n${body}\n`);
  chmodSync(join(world.bin, name), 0o755);
}

/** Runs `guard ARGV` inside `shell -c`, which then prints the status it saw. */
function fromShell(shell: string, args: readonly string[]): { stdout: string; stderr: string } {
  const line = `"${process.execPath}" "${GUARD_BIN}" ${args.join(' ')}; echo "status=$?"`;
  const r = spawnSync(shell, ['-c', line], { env: world.env(), encoding: 'utf8', timeout: 20_000 });
  return { stdout: r.stdout, stderr: r.stderr };
}

for (const shell of ['/bin/bash', '/bin/sh']) {
  test(`${shell}: a tool exiting 143 leaves guard with exit 143, not killed by SIGTERM`, () => {
    tool('exits-143', 'exit 143');
    const seen = fromShell(shell, ['exits-143']);
    assert.equal(seen.stdout, 'status=143\n');
    assert.doesNotMatch(seen.stderr, /Terminated/);
    const direct = spawnSync(process.execPath, [GUARD_BIN, 'exits-143'], { env: world.env() });
    assert.deepEqual([direct.status, direct.signal], [143, null]);
  });

  test(`${shell}: a tool killed by SIGTERM leaves guard killed by SIGTERM`, () => {
    tool('killed', 'kill -TERM $$');
    const seen = fromShell(shell, ['killed']);
    assert.equal(seen.stdout, 'status=143\n');
    assert.match(seen.stderr, /Terminated/);
    const direct = spawnSync(process.execPath, [GUARD_BIN, 'killed'], { env: world.env() });
    assert.deepEqual([direct.status, direct.signal], [null, 'SIGTERM']);
  });
}

test('guard run --shell: a line exiting 143 is an exit too', () => {
  const r = spawnSync(process.execPath, [GUARD_BIN, 'run', '--shell', 'exit 143'], { env: world.env() });
  assert.deepEqual([r.status, r.signal], [143, null]);
});
