import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newApprovalKey, SCRYPT_PARAMS, signWithPassphrase, verifySignature } from '../../src/io/approval-keys.js';
import { passphraseWaitMs, recordPassphraseFailure } from '../../src/io/passphrase-attempts.js';
import { harnessPolicyEnv } from '../helpers/system-policy-dir.js';

const FAST = { N: 2 ** 14, r: 8, p: 1 };

test('a key derived from the passphrase signs; another passphrase, message or key does not verify', () => {
  const key = newApprovalKey('correct horse battery staple', FAST);
  assert.match(key.publicKey, /^[A-Za-z0-9_-]{43}$/);
  assert.match(key.salt, /^[0-9a-f]{32}$/);
  assert.notEqual(
    newApprovalKey('correct horse battery staple', FAST).publicKey,
    key.publicKey,
    'a fresh random salt gives a fresh key',
  );
  const other = newApprovalKey('another long passphrase', FAST);
  assert.equal(signWithPassphrase('wrong', [key], 'm'), undefined);
  const proof = signWithPassphrase('correct horse battery staple', [other, key], 'ticket A');
  assert.equal(proof?.publicKey, key.publicKey);
  assert.equal(verifySignature([key], 'ticket A', proof), true);
  assert.equal(verifySignature([key], 'ticket B', proof), false, 'bound to the message');
  assert.equal(verifySignature([other], 'ticket A', proof), false, 'only pinned keys count');
  assert.equal(verifySignature([key], 'ticket A', { ...proof, publicKey: other.publicKey }), false);
  for (const junk of [null, 'x', {}, { publicKey: key.publicKey, signature: 'AAAA' }])
    assert.equal(verifySignature([key], 'ticket A', junk), false);
});

test('guard passphrase uses strong scrypt parameters (128 MiB, N = 2^17)', () => {
  assert.deepEqual(SCRYPT_PARAMS, { N: 2 ** 17, r: 8, p: 1 });
  assert.ok(128 * SCRYPT_PARAMS.N * SCRYPT_PARAMS.r >= 128 * 1024 * 1024);
});

test('passphrase attempts: free below the limit, then a wait that doubles with each failure; a damaged record waits', () => {
  const home = mkdtempSync(join(tmpdir(), 'guard-attempts-'));
  try {
    const env = { ...harnessPolicyEnv(), XDG_STATE_HOME: home };
    const limits = { max: 2, windowSeconds: 60 };
    const t0 = 1_000_000_000_000;
    assert.equal(passphraseWaitMs(env, limits, t0), 0);
    recordPassphraseFailure(env, t0);
    assert.equal(passphraseWaitMs(env, limits, t0 + 1), 0);
    recordPassphraseFailure(env, t0 + 1000);
    assert.equal(passphraseWaitMs(env, limits, t0 + 1000), 60_000);
    recordPassphraseFailure(env, t0 + 2000);
    assert.equal(passphraseWaitMs(env, limits, t0 + 2000), 120_000);
    rmSync(join(home, 'guard', 'passphrase-failures.json'));
    assert.equal(passphraseWaitMs(env, limits, t0 + 2000), 0);
    recordPassphraseFailure(env, t0);
    writeFileSync(join(home, 'guard', 'passphrase-failures.json'), 'null');
    assert.equal(passphraseWaitMs(env, limits, t0), 60_000, 'fail closed');
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
});
