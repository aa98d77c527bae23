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
      const cwdInsideProtected = example.cwd?.startsWith('/var/lib/') ?? false;
      if (!tripsPrefilter(rmPack.prefilter, example.argv.slice(1), { cwdInsideProtected })) misses.push(example.argv.join(' '));
    }
  }
  assert.deepEqual(misses, KNOWN_MISSES);
});

test('everyday removals take the fast path', () => {
  for (const args of [['-f', 'file.log'], ['-f', 'a.txt', 'b.txt'], ['-v', 'src/old.ts'], ['-d', 'empty-dir'], ['--force', 'out.json']]) {
    assert.equal(tripsPrefilter(rmPack.prefilter, args), false, args.join(' '));
  }
});
