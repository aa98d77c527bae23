// Issue 13: the lock reads any content that is not a well-formed lock or unlock as locked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readLock, writeLock, writeUnlock } from '../../src/io/lock-state.js';
import { harnessPolicyEnv } from '../helpers/system-policy-dir.js';

test('without a pinned key: absent = unlocked, a written unlock = unlocked, anything else = locked', () => {
  const state = mkdtempSync(join(tmpdir(), 'guard-lock-'));
  try {
    const env = { ...harnessPolicyEnv(), XDG_STATE_HOME: state };
    assert.equal(readLock(env), undefined);
    writeLock(env, { since: new Date().toISOString(), reason: 'kill-switch', detail: 'test' });
    const lock = readLock(env);
    assert.equal(lock?.reason, 'kill-switch');
    assert.match(lock?.nonce ?? '', /^[0-9a-f]{32}$/);
    writeUnlock(env, lock as NonNullable<typeof lock>);
    assert.equal(readLock(env), undefined);
    const file = join(state, 'guard', 'locked.json');
    mkdirSync(join(state, 'guard'), { recursive: true });
    for (const content of [
      'null',
      '',
      '{}',
      '[]',
      '0',
      '"unlocked"',
      '{"since":"x","reason":"burst","detail":"d"}',
      '{"since":"2026-01-01T00:00:00Z","reason":"other","detail":"d"}',
      '{"since":"2026-01-01T00:00:00Z","reason":"burst","detail":"d","unlocked":null}',
    ]) {
      writeFileSync(file, content);
      assert.ok(readLock(env), `${JSON.stringify(content)} reads as locked`);
    }
  } finally {
    rmSync(state, { recursive: true, force: true });
  }
});
