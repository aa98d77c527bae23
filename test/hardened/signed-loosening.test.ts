// Under `loosening: "signed"` a user config's allowance or disabled rule counts only with the
// human's signature from `guard sign`: an agent can neither write one nor move one to another rule.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { DELETE, HARDENED_POLICY, hardenedWorld, PASSPHRASE, type HardenedWorld } from './harness.js';

let w: HardenedWorld;
before(() => {
  w = hardenedWorld({ ...HARDENED_POLICY, loosening: 'signed' });
});
after(() => w.dispose());

const config = () => join(w.agent.home, '.config', 'guard', 'config.json');
const writeConfig = (text: string) =>
  w.agent.run(['/bin/sh', '-c', 'mkdir -p "$(dirname "$1")" && printf %s "$2" > "$1"', 'sh', config(), text], w.env);

test('a disabled rule signed by the human applies; unsigned, or its signature moved to another rule, it is ignored', async () => {
  const signed = await w.human(
    ['sign', 'disable', 'railway/volume-delete'],
    [{ expect: 'passphrase', send: `${PASSPHRASE}\r` }],
  );
  assert.equal(signed.code, 0, signed.stdout);
  const line = signed.stdout.split(/\r?\n/).find((l) => l.startsWith('{"disable"')) ?? '';
  const entry = (JSON.parse(line) as { disable: { rule: string; signature: unknown }[] }).disable[0];

  assert.equal((await writeConfig(JSON.stringify({ disable: ['railway/volume-delete'] }))).code, 0);
  const unsigned = await w.agent.guard(DELETE, w.env);
  assert.equal(unsigned.code, 77);
  assert.match(unsigned.stderr, /disabling railway\/volume-delete ignored: .* only signed with a pinned approval key/);

  assert.equal(
    (await writeConfig(JSON.stringify({ disable: [{ ...entry, rule: 'railway/project-delete' }] }))).code,
    0,
  );
  const moved = await w.agent.guard(['railway', 'delete', '-p', 'shop', '-y'], w.env);
  assert.equal(moved.code, 77, 'a signature is bound to the rule it was made for');
  assert.equal(w.railway.ran(), false);

  assert.equal((await writeConfig(JSON.stringify({ disable: [entry] }))).code, 0);
  const applied = await w.agent.guard(DELETE, w.env);
  assert.equal(applied.code, 0, applied.stderr);
  assert.equal(w.railway.ran(), true);
});

test('without a terminal, or with a wrong passphrase, nothing is signed', async () => {
  const agent = await w.agent.guard(['sign', 'disable', 'railway/volume-delete'], w.env);
  assert.equal(agent.code, 77);
  assert.match(agent.stderr, /needs a human at a terminal/);
  const wrong = await w.human(
    ['sign', 'disable', 'railway/volume-delete'],
    [{ expect: 'passphrase', send: 'nope nope nope\r' }],
  );
  assert.equal(wrong.code, 77);
  assert.doesNotMatch(wrong.stdout, /"signature"/);
});
