// End-to-end: `guard install`, `init`, `doctor`, `uninstall` as a user runs them, in a temp HOME.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinPacks } from '../../rules/index.js';
import { guardedTools } from '../../src/app/shim-texts.js';
import { SHIM_DIR_MARKER, SHIM_FILE_MARKER } from '../../src/core/shim/markers.js';
import { runOnPty } from '../helpers/pty.js';
import { GUARD_BIN, runDetached, runGuard } from '../helpers/run-guard.js';
import { createTempWorld, type TempWorld } from '../helpers/temp-world.js';

let world: TempWorld;
let shims: string;
before(() => {
  world = createTempWorld();
  shims = join(world.home, '.local/share/guard/shims');
});
after(() => world.dispose());

test('guard install writes one shim per built-in tool under XDG_DATA_HOME and prints the PATH line', async () => {
  const result = await runGuard(['install'], { env: world.env() });
  assert.equal(result.code, 0, result.stderr);
  assert.equal(result.stdout, `export PATH='${shims}'":$PATH"\n`);
  assert.match(result.stderr, /^guard: \d+ shim\(s\) in /);
  const tools = guardedTools(builtinPacks);
  assert.deepEqual(readdirSync(shims).sort(), [SHIM_DIR_MARKER, 'guard', ...tools].sort()); // guard: the launcher of guard itself
  for (const tool of tools) assert.equal(readFileSync(join(shims, tool), 'utf8').split('\n')[1], SHIM_FILE_MARKER);
  const again = await runGuard(['install'], { env: world.env() });
  assert.equal(again.code, 0);
  assert.match(again.stderr, /\(0 written, \d+ unchanged\)/);
});

test('the installed railway shim: benign runs the stand-in, a volume delete is refused by the bundled full check', async () => {
  const railway = world.standIn('railway');
  const env = world.env({ PATH: `${shims}:${world.bin}:/usr/bin:/bin`, CI: 'true' });
  const benign = await runDetached('railway', ['status'], { env });
  assert.equal(benign.code, 0, benign.stderr);
  assert.deepEqual(railway.argv(), ['status']);
  const railway2 = world.standIn('railway');
  const refused = await runDetached('railway', ['volume', 'delete', '--volume', 'pg-data', '--yes'], { env });
  assert.equal(refused.code, 77, refused.stderr);
  assert.match(refused.stderr, /^guard: /);
  assert.equal(railway2.ran(), false);
});

test('the installed curl shim: the incident (a GraphQL volumeDelete) is refused by the bundled full check', async () => {
  const curl = world.standIn('curl');
  const env = world.env({ PATH: `${shims}:${world.bin}:/usr/bin:/bin`, CI: 'true' });
  const body = '{"query":"mutation { volumeDelete(volumeId: \\"vol-prod-1\\") }"}';
  const refused = await runDetached(
    'curl',
    ['-X', 'POST', 'https://backboard.railway.app/graphql/v2', '-H', 'Content-Type: application/json', '-d', body],
    { env },
  );
  assert.equal(refused.code, 77, refused.stderr);
  assert.match(refused.stderr, /volumeDelete/);
  assert.equal(curl.ran(), false);
  const benign = await runDetached('curl', ['-sS', 'https://example.com/'], { env });
  assert.equal(benign.code, 0, benign.stderr);
  assert.deepEqual(curl.argv(), ['-sS', 'https://example.com/']);
});

test('through the installed railway shim on a terminal: the typed phrase runs the tool (prompt libraries load in the bundle)', async () => {
  const railway = world.standIn('railway');
  const argv = ['volume', '-e', 'production', 'delete', '-v', 'pg-data', '-y'];
  const env = world.env({ PATH: `${shims}:${world.bin}:/usr/bin:/bin` });
  const result = await runOnPty(
    [join(shims, 'railway'), ...argv],
    [{ expect: 'to run it', send: 'production/pg-data\r' }],
    { env },
  );
  assert.equal(result.code, 0, result.stdout);
  assert.deepEqual(railway.argv(), argv);
  assert.match(result.stdout, /stand-in railway ran/);
});

test('guard install refuses a tool it has no rules for, and a file it did not write', async () => {
  const unknown = await runGuard(['install', 'no-such-tool'], { env: world.env() });
  assert.equal(unknown.code, 64);
  assert.match(unknown.stderr, /^guard: guard has no rules for "no-such-tool"/);
  const tool = guardedTools(builtinPacks)[0];
  if (tool === undefined) return;
  const other = join(world.root, 'other-dir');
  const first = await runGuard(['install', '--dir', other, tool], { env: world.env() });
  assert.equal(first.code, 0, first.stderr);
  writeFileSync(join(other, tool), '#!/bin/sh\necho mine\n');
  const clash = await runGuard(['install', '--dir', other, tool], { env: world.env() });
  assert.equal(clash.code, 64);
  assert.equal(readFileSync(join(other, tool), 'utf8'), '#!/bin/sh\necho mine\n');
  const removed = await runOnPty(
    [process.execPath, GUARD_BIN, 'uninstall', '--dir', other],
    [{ expect: 'to confirm', send: 'uninstall\r' }],
    { env: world.env() },
  );
  assert.equal(removed.code, 0);
  assert.match(removed.stdout, new RegExp(`left ${tool} in place`));
  assert.ok(existsSync(join(other, tool)));
});

test('guard init bash: evaluated twice, the shim directory is first on PATH exactly once', async () => {
  const init = await runGuard(['init', 'bash'], { env: world.env() });
  assert.equal(init.code, 0, init.stderr);
  const shell = await runDetached(
    'bash',
    ['--norc', '-c', `eval "$1"; eval "$1"; printf '%s' "$PATH"`, 'bash', init.stdout],
    { env: world.env({ PATH: '/usr/bin:/bin' }) },
  );
  assert.equal(shell.stdout, `${shims}:/usr/bin:/bin`);
  const fish = await runGuard(['init', 'fish'], { env: world.env() });
  assert.match(fish.stdout, /^set -gx PATH /m);
  assert.equal((await runGuard(['init', 'tcsh'], { env: world.env() })).code, 64);
});

test('guard doctor: healthy with the shims first on PATH; a problem without; never prints token values', async () => {
  const tokens = { RAILWAY_API_TOKEN: 'secret-account-token-123', AWS_SECRET_ACCESS_KEY: 'secret-aws-456' };
  const healthy = await runGuard(['doctor'], {
    env: world.env({ PATH: `${shims}:${world.bin}:/usr/bin:/bin`, ...tokens }),
  });
  assert.equal(healthy.code, 0, healthy.stdout);
  assert.match(healthy.stdout, /guard: shim directory .* is first on PATH/);
  assert.match(healthy.stdout, /guard: warning: RAILWAY_API_TOKEN is set: an account or team token/);
  assert.match(healthy.stdout, /guard: warning: AWS_SECRET_ACCESS_KEY is set/);
  assert.doesNotMatch(healthy.stdout + healthy.stderr, /secret-/);
  for (const line of healthy.stdout.trimEnd().split('\n')) assert.match(line, /^guard: /);
  const unhealthy = await runGuard(['doctor'], { env: world.env({ PATH: `${world.bin}:/usr/bin:/bin` }) });
  assert.equal(unhealthy.code, 1);
  assert.match(unhealthy.stdout, /problem: .* is not on PATH/);
});

test('guard uninstall removes exactly what install wrote, and the directory it created; only a human at a terminal may', async () => {
  writeFileSync(join(world.root, 'keep-me'), 'x');
  const agent = await runGuard(['uninstall'], { env: world.env() });
  assert.equal(agent.code, 77, 'uninstall without a terminal is refused');
  assert.match(agent.stderr, /needs a human at a terminal/);
  assert.ok(existsSync(shims), 'nothing was removed');
  const result = await runOnPty(
    [process.execPath, GUARD_BIN, 'uninstall'],
    [{ expect: 'to confirm', send: 'uninstall\r' }],
    { env: world.env() },
  );
  assert.equal(result.code, 0, result.stdout);
  assert.equal(existsSync(shims), false);
  assert.ok(existsSync(join(world.home, '.local/share/guard')));
  assert.ok(existsSync(join(world.root, 'keep-me')));
  const again = await runGuard(['uninstall'], { env: world.env() });
  assert.equal(again.code, 0);
  assert.match(again.stderr, /no guard shims/);
});
