import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmPack } from '../../../../rules/rm.js';
import { tripsPrefilter } from '../prefilter-trips.js';

// The one documented gap (see rules/rm.ts): a relative, non-recursive operand inside a data
// directory known only by its marker file. Any new miss fails this test.
const KNOWN_MISSES = ['rm -f pgdata/postmaster.opts'];

test('every destructive rm example trips the shell pre-filter, except the documented gap', () => {
  const misses: string[] = [];
  for (const rule of rmPack.rules) {
    for (const example of rule.examples.destructive) {
      if (!tripsPrefilter(rmPack.prefilter, example.argv.slice(1), { cwd: example.cwd ?? '/home/user/project' })) misses.push(example.argv.join(' '));
    }
  }
  assert.deepEqual(misses, KNOWN_MISSES);
});

test('everyday removals in a project take the fast path', () => {
  for (const args of [['-f', 'file.log'], ['-f', 'a.txt', 'b.txt'], ['-v', 'src/old.ts'], ['-d', 'empty-dir'], ['--force', 'out.json']]) {
    assert.equal(tripsPrefilter(rmPack.prefilter, args, { cwd: '/home/user/project' }), false, args.join(' '));
  }
});

test('relative removals inside (or above) a default data directory take the full check', () => {
  for (const cwd of ['/var/lib/postgresql/16/main', '/opt/homebrew/var/postgresql@16', '/var/lib', '/']) {
    assert.equal(tripsPrefilter(rmPack.prefilter, ['-f', 'postmaster.pid'], { cwd }), true, cwd);
  }
});
