import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmPack } from '../../../../rules/rm.js';
import { trips } from '../../../helpers/prefilter-reading.js';

// The destructive examples and the everyday list are read for every pack in test/rules/prefilter.test.ts.
test('a relative operand inside a data directory known only by its marker file trips the pre-filter', () => {
  const world = { files: { '/home/user/project/pgdata/PG_VERSION': '16\n' } };
  assert.equal(trips(rmPack.prefilter, ['-f', 'pgdata/postmaster.opts'], world), true);
  assert.equal(
    trips(rmPack.prefilter, ['-f', 'postmaster.opts'], { ...world, cwd: '/home/user/project/pgdata' }),
    true,
  );
  assert.equal(trips(rmPack.prefilter, ['-f', 'other/postmaster.opts'], world), false);
});

test('relative removals inside (or above) a default data directory take the full check', () => {
  for (const cwd of ['/var/lib/postgresql/16/main', '/opt/homebrew/var/postgresql@16', '/var/lib', '/']) {
    assert.equal(trips(rmPack.prefilter, ['-f', 'postmaster.pid'], { cwd }), true, cwd);
  }
});
