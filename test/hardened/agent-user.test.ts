// End to end, issue 14: the root set-up creates an unprivileged agent account and a root-owned
// system policy pinning an approval key. As the agent (in bubblewrap), forged or edited tickets,
// locks and allowances never run anything; the human's passphrase, typed at a pty the root harness
// drives, works exactly once for exactly the approved command.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { DELETE, editJson, hardenedWorld, PASSPHRASE, PHRASE, readJson, type HardenedWorld } from './harness.js';

let w: HardenedWorld;
before(async () => {
  w = hardenedWorld();
});
after(() => w.dispose());

test('a hardened install starts locked; deleting, nulling or forging the lock record keeps it locked', async () => {
  const fresh = await w.agent.guard(DELETE, w.env);
  assert.equal(fresh.code, 77, fresh.stderr);
  assert.match(fresh.stderr, /locked .*no signed unlock record/);
  const unlocked = await w.unlock();
  assert.equal(unlocked.code, 0, unlocked.stdout);
  const open = await w.agent.guard(DELETE, w.env);
  assert.equal(open.code, 77);
  assert.match(open.stderr, /no controlling terminal/, 'after a signed unlock the refusal is the ordinary one');
  const signedRecord = readJson(w.state('locked.json'));
  assert.ok((signedRecord.unlocked as { proof?: unknown }).proof, 'the unlock record carries the human signature');

  const attacks: [string, string[]][] = [
    ['nulled', ['/bin/sh', '-c', `echo null > ${w.state('locked.json')}`]],
    ['emptied', ['/bin/sh', '-c', `: > ${w.state('locked.json')}`]],
    ['deleted', ['/bin/rm', '-f', w.state('locked.json')]],
    [
      'unsigned unlock',
      [
        '/bin/sh',
        '-c',
        `echo '{"since":"2026-01-01T00:00:00.000Z","reason":"burst","detail":"x","unlocked":{"at":"now"}}' > ${w.state('locked.json')}`,
      ],
    ],
    [
      'other lock, old proof',
      [
        process.execPath,
        '-e',
        `const fs=require('fs');const f=${JSON.stringify(w.state('locked.json'))};fs.writeFileSync(f,JSON.stringify({...${JSON.stringify(signedRecord)},since:new Date().toISOString(),nonce:'0'}))`,
      ],
    ],
  ];
  for (const [label, argv] of attacks) {
    const edit = await w.agent.run(argv, w.env);
    assert.equal(edit.code, 0, `${label}: ${edit.stderr}`);
    const r = await w.agent.guard(DELETE, w.env);
    assert.equal(r.code, 77, label);
    assert.match(r.stderr, /guard is locked/, label);
    assert.equal(w.railway.ran(), false, label);
    assert.equal((await w.unlock()).code, 0, `${label}: the human unlocks again`);
  }
});

test('state and config relocated by HOME / XDG_* do not escape the lock: they come from passwd', async () => {
  await w.agent.run(['/bin/rm', '-f', w.state('locked.json')], w.env);
  const elsewhere = join(w.agent.root, 'records');
  const r = await w.agent.guard(DELETE, {
    ...w.env,
    HOME: elsewhere,
    XDG_STATE_HOME: elsewhere,
    XDG_CONFIG_HOME: elsewhere,
  });
  assert.equal(r.code, 77);
  assert.match(r.stderr, /guard is locked/);
  assert.equal(w.railway.ran(), false);
  assert.equal((await w.unlock()).code, 0);
});

test('forged and edited tickets never run anything', async () => {
  const refused = await w.agent.guard(DELETE, w.env);
  assert.equal(refused.code, 77, refused.stderr);
  const id = w.ticketOf(refused);
  const file = w.state('tickets', `${id}.json`);
  const pinned = readJson(join(w.policyDir, 'policy.json')) as { approvalKeys: { publicKey: string }[] };
  const forgeries: [string, string][] = [
    ['status set to approved', `t.status='approved';t.approvedAt=new Date().toISOString()`],
    [
      'a made-up signature',
      `t.status='approved';t.proof={publicKey:${JSON.stringify(pinned.approvalKeys[0]?.publicKey)},signature:Buffer.alloc(64,7).toString('base64url')}`,
    ],
    ['no nonce', `t.status='approved';delete t.nonce`],
  ];
  for (const [label, edit] of forgeries) {
    assert.equal((await editJson(w, file, edit)).code, 0, label);
    const r = await w.agent.guard(DELETE, w.env);
    assert.equal(r.code, 77, label);
    assert.equal(w.railway.ran(), false, label);
  }
});

test('approve: a wrong passphrase is refused and rate-limited; the right one works once, for exactly that command', async () => {
  const id = w.ticketOf(await w.agent.guard(DELETE, w.env));
  const approve = (passphrase: string) =>
    w.human(
      ['approve', id],
      [
        { expect: 'to approve', send: `${PHRASE}\r` },
        { expect: 'passphrase', send: `${passphrase}\r` },
      ],
    );
  const wrong = await approve('not the passphrase');
  assert.equal(wrong.code, 77, wrong.stdout);
  assert.match(wrong.stdout, /wrong passphrase/);
  assert.equal(readJson(w.state('tickets', `${id}.json`)).status, 'pending');
  assert.equal((await approve('still wrong')).code, 77);
  const limited = await w.human(['approve', id], [{ expect: 'to approve', send: `${PHRASE}\r` }]);
  assert.equal(limited.code, 77);
  assert.match(limited.stdout, /too many wrong passphrases; try again in \d+ s/);
  assert.doesNotMatch(limited.stdout, /Approval passphrase/, 'not even asked while rate-limited');

  // the harness (root) clears the window, as time would
  await w.agent.run(['/bin/rm', '-f', w.state('passphrase-failures.json')], w.env);
  const right = await approve(PASSPHRASE);
  assert.equal(right.code, 0, right.stdout);
  const approved = w.state('tickets', `${id}.json`);
  const copy = join(w.agent.root, 'records', 'ticket-copy.json');
  assert.equal((await w.agent.run(['/bin/cp', approved, copy], w.env)).code, 0);

  const other = await w.agent.guard(
    ['railway', 'volume', '-e', 'production', 'delete', '-v', 'pg-backup', '--yes'],
    w.env,
  );
  assert.equal(other.code, 77, 'another volume is not approved');
  assert.equal(
    (await editJson(w, approved, `t.argv=['railway','volume','-e','production','delete','-v','pg-backup','--yes']`))
      .code,
    0,
  );
  assert.equal((await w.agent.guard(DELETE, w.env)).code, 77, 'an edited approved ticket is invalid');
  assert.equal((await w.agent.run(['/bin/cp', copy, approved], w.env)).code, 0);

  const ran = await w.agent.guard(DELETE, w.env);
  assert.equal(ran.code, 0, ran.stderr);
  assert.deepEqual(w.railway.argv(), DELETE.slice(1));
  const again = await w.agent.guard(DELETE, w.env);
  assert.equal(again.code, 77, 'single use');
  assert.equal((await w.agent.run(['/bin/cp', copy, approved], w.env)).code, 0);
  const replay = await w.agent.guard(DELETE, w.env);
  assert.equal(replay.code, 77, 'a restored copy of the used ticket is refused (its nonce is spent)');
});
