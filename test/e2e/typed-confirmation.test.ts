// Typed confirmation through a real pseudo-terminal: only the exact ENVIRONMENT/RESOURCE runs the tool.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { GUARD_BIN, runGuard } from '../helpers/run-guard.js';
import { runOnPty } from '../helpers/pty.js';
import { createTempWorld, type TempWorld } from '../helpers/temp-world.js';

let world: TempWorld;
before(() => {
  world = createTempWorld();
});
after(() => world.dispose());

const DELETE = ['railway', 'volume', '-e', 'production', 'delete', '-v', 'pg-data', '-y'];

async function phraseOf(argv: string[]): Promise<string> {
  const result = await runGuard(['check', '--json', '--', ...argv], { env: world.env() });
  const json = JSON.parse(result.stdout) as { findings: { resource: string; environment: { name: string } }[] };
  const f = json.findings[0];
  assert.ok(f, 'the command must be destructive');
  return `${f.environment.name}/${f.resource}`;
}

test('the exact phrase typed at the terminal runs the real tool', async () => {
  const railway = world.standIn('railway');
  const phrase = await phraseOf(DELETE);
  assert.equal(phrase, 'production/pg-data');
  const result = await runOnPty(
    [process.execPath, GUARD_BIN, ...DELETE],
    [{ expect: 'to run it', send: `${phrase}\r` }],
    { env: world.env() },
  );
  assert.equal(result.code, 0, result.stdout);
  assert.equal(railway.ran(), true);
  assert.deepEqual(railway.argv(), DELETE.slice(1));
  assert.match(result.stdout, /pg-data/);
  assert.match(result.stdout, /stand-in railway ran/);
});

test('a wrong phrase refuses with 77 and runs nothing', async () => {
  const real = world.standIn('railway');
  const result = await runOnPty(
    [process.execPath, GUARD_BIN, ...DELETE],
    [{ expect: 'to run it', send: 'staging/pg-data\r' }],
    { env: world.env() },
  );
  assert.equal(result.code, 77, result.stdout);
  assert.equal(real.ran(), false);
  assert.match(result.stdout, /does not match; nothing was run/);
});

test('Ctrl-C at the prompt exits 130 and runs nothing', async () => {
  const real = world.standIn('railway');
  const result = await runOnPty(
    [process.execPath, GUARD_BIN, ...DELETE],
    [{ expect: 'to run it', send: 'product\u0003' }],
    { env: world.env() },
  );
  assert.equal(result.code, 130, result.stdout);
  assert.equal(real.ran(), false);
});

test('Ctrl-D (EOF) at the prompt refuses with 77', async () => {
  const real = world.standIn('railway');
  const result = await runOnPty([process.execPath, GUARD_BIN, ...DELETE], [{ expect: 'to run it', send: '\u0004' }], {
    env: world.env(),
  });
  assert.equal(result.code, 77, result.stdout);
  assert.equal(real.ran(), false);
});

test('the phrase on stdin is never taken as confirmation: only the terminal counts', async () => {
  const real = world.standIn('railway');
  const line = `printf 'production/pg-data\\n' | ${JSON.stringify(process.execPath)} ${JSON.stringify(GUARD_BIN)} ${DELETE.join(' ')}`;
  const result = await runOnPty(['sh', '-c', line], [{ expect: 'to run it', send: 'no\r' }], { env: world.env() });
  assert.equal(result.code, 77, result.stdout);
  assert.equal(real.ran(), false);
});

test('CI=true refuses even with a terminal present', async () => {
  const real = world.standIn('railway');
  const result = await runOnPty([process.execPath, GUARD_BIN, ...DELETE], [], { env: world.env({ CI: 'true' }) });
  assert.equal(result.code, 77, result.stdout);
  assert.equal(real.ran(), false);
  assert.match(result.stdout, /CI=true/);
});

test('arrow keys and other escape sequences typed at the prompt are not part of the phrase', async () => {
  const real = world.standIn('railway');
  const result = await runOnPty(
    [process.execPath, GUARD_BIN, ...DELETE],
    [
      { expect: 'to run it', send: 'production/\u001b[Dpg-data\u001b[A\r' },
      { expect: 'Ctrl-C aborts', send: '\u0003' },
    ],
    { env: world.env() },
  );
  assert.equal(result.code, 130, result.stdout);
  assert.match(result.stdout, /Ctrl-C aborts/, 'the phrase matched despite the escape sequences');
  assert.equal(real.ran(), false);
});

test('SIGTERM while the panel is shown: nothing runs', async () => {
  const real = world.standIn('railway');
  const result = await runOnPty([process.execPath, GUARD_BIN, ...DELETE], [{ expect: 'to run it', signal: 15 }], {
    env: world.env(),
  });
  assert.notEqual(result.code, 0);
  assert.equal(real.ran(), false);
});

test('the terminal disappearing mid-prompt: nothing runs', async () => {
  const real = world.standIn('railway');
  const result = await runOnPty(
    [process.execPath, GUARD_BIN, ...DELETE],
    [
      { expect: 'to run it', send: 'produc' },
      { expect: 'produc', hangup: true },
    ],
    { env: world.env() },
  );
  assert.notEqual(result.code, 0);
  assert.equal(real.ran(), false);
});
