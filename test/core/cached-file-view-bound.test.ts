// The per-batch caches of cachedFileView are bounded: a batch of many different lines must not keep
// an answer for each; within the bound a repeated question is answered from the cache.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cachedFileView, MAX_REMEMBERED } from '../../src/core/cached-file-view.js';
import { memoryFiles } from '../../src/core/memory-files.js';

test('cachedFileView: memo answers are kept up to MAX_REMEMBERED, then the cache starts again', () => {
  const view = cachedFileView(memoryFiles({ files: {}, dirs: ['/'] }));
  let computed = 0;
  const memo = (key: string): unknown => view.memo?.(key, () => ++computed);
  memo('first');
  memo('first');
  assert.equal(computed, 1, 'a repeat within the bound is remembered');
  for (let i = 1; i < MAX_REMEMBERED; i++) memo(`k${i}`);
  memo('first');
  assert.equal(computed, MAX_REMEMBERED, 'still remembered at the bound');
  memo('one more');
  memo('first');
  assert.equal(computed, MAX_REMEMBERED + 2, 'past the bound the cache started again');
});
