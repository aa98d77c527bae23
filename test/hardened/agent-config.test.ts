// End to end, issue 14: what the agent account can and cannot change about the policy, and the
// production confirmation that needs the human's passphrase.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { agentDir } from '../helpers/hardened-agent-user.js';
import { runOnPty } from '../helpers/pty.js';
import { GUARD_BIN } from '../helpers/run-guard.js';
import { DELETE, hardenedWorld, PASSPHRASE, PHRASE, type HardenedWorld } from './harness.js';

let w: HardenedWorld;
before(async () => {
  w = hardenedWorld();
  assert.equal((await w.unlock()).code, 0);
});
after(() => w.dispose());

const writeAs = (file: string, text: string) =>
  w.agent.run(['/bin/sh', '-c', 'mkdir -p "$(dirname "$1")" && printf %s "$2" > "$1"', 'sh', file, text], w.env);

test('a user config that disables the rule or allows the command is ignored when the policy forbids loosening', async () => {
  const config = join(w.agent.home, '.config', 'guard', 'config.json');
  const loosen = {
    disable: ['railway/volume-delete'],
    allow: [{ rule: 'railway/volume-delete', environment: '*', resource: '*' }],
  };
  assert.equal((await writeAs(config, JSON.stringify(loosen))).code, 0);
  const r = await w.agent.guard(DELETE, w.env);
  assert.equal(r.code, 77, r.stderr);
  assert.match(
    r.stderr,
    /guard: warning: .*config\.json: disabling railway\/volume-delete ignored: the system policy \(.*policy\.json\) forbids user allowances and disabled rules/,
  );
  assert.match(r.stderr, /allowance for railway\/volume-delete in \* ignored/);
  assert.equal(w.railway.ran(), false);
  // an agent-made config elsewhere, named by XDG_CONFIG_HOME, is not even read: config comes from passwd
  const other = agentDir(w.agent, 'xdg');
  assert.equal((await writeAs(join(other, 'guard', 'config.json'), JSON.stringify(loosen))).code, 0);
  const viaXdg = await w.agent.guard(['explain', '--json', '--', ...DELETE], { ...w.env, XDG_CONFIG_HOME: other });
  const files = (JSON.parse(viaXdg.stdout) as { config: { files: { file: string }[] } }).config.files.map(
    (f) => f.file,
  );
  assert.equal(
    files.some((f) => f.startsWith(other)),
    false,
    files.join(', '),
  );
  assert.equal((await w.agent.run(['/bin/rm', '-f', config], w.env)).code, 0);
});

test('a user-owned "system" directory is ignored with a warning, and the agent cannot make a root-owned one', async () => {
  const fake = agentDir(w.agent, 'fake-system');
  const policy = join(fake, 'policy.json');
  assert.equal((await writeAs(policy, JSON.stringify({ locationsFromEnvironment: true, loosening: 'allow' }))).code, 0);
  const moved = agentDir(w.agent, 'moved-state');
  const r = await w.agent.guard(DELETE, { ...w.env, GUARD_SYSTEM_DIR: fake, XDG_STATE_HOME: moved });
  assert.equal(r.code, 77);
  assert.match(
    r.stderr,
    new RegExp(
      `guard: warning: GUARD_SYSTEM_DIR \\(${fake}\\) is ignored: ${fake} is owned by uid ${w.agent.uid}, not by root`,
    ),
  );
  assert.equal(existsSync(join(moved, 'guard')), false, 'the state was not relocated');
  assert.equal(w.railway.ran(), false);
  const chown = await w.agent.run(['/bin/chown', '0:0', fake, policy], w.env);
  assert.notEqual(chown.code, 0, 'an unprivileged account cannot give a file to root');
  assert.match(chown.stderr, /Operation not permitted/);
});

test('confirming a production command at the terminal also needs the passphrase: wrong refused, right runs', async () => {
  const steps = (passphrase: string) => [
    { expect: 'to run it', send: `${PHRASE}\r` },
    { expect: 'Approval passphrase', send: `${passphrase}\r` },
  ];
  const wrong = await w.human(DELETE, steps('a guess'));
  assert.equal(wrong.code, 77, wrong.stdout);
  assert.match(wrong.stdout, /wrong passphrase/);
  assert.equal(w.railway.ran(), false);
  const right = await w.human(DELETE, steps(PASSPHRASE));
  assert.equal(right.code, 0, right.stdout);
  assert.deepEqual(w.railway.argv(), DELETE.slice(1));
});

test('doctor recognises an agent running under another account than the human at the terminal', async () => {
  const asAgent = await w.human(['doctor'], []);
  assert.match(
    asAgent.stdout,
    /hardening \d\/5: .*system policy: yes; pinned approval keys: yes; agent as a separate user: yes/,
  );
  const asHuman = await runOnPty([process.execPath, GUARD_BIN, 'doctor'], [], {
    env: { ...w.env, HOME: w.agent.root },
  });
  assert.match(asHuman.stdout, /agent as a separate user: no \(an agent running as you can write your guard files/);
});
