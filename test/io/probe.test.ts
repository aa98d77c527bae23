// Probes run the real tool with a timeout, and say in words why one did not answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { processProbe } from '../../src/io/probe.js';

const probe = processProbe({ PATH: '/usr/bin:/bin' }, '/tmp');

test('a probe that answers gives its output', () => {
  const r = probe('sh', ['-c', 'echo ready; exit 3']);
  assert.deepEqual([r.ok, r.code, r.stdout], [false, 3, 'ready\n']);
});

test('a probe past its timeout fails closed with a clear reason', () => {
  const r = probe('sleep', ['5'], { timeoutMs: 150 });
  assert.equal(r.ok, false);
  assert.equal(r.stderr, 'sleep did not answer within 150 ms');
});

test('a tool that is not installed is not found', () => {
  const r = probe('no-such-tool-guard-test', []);
  assert.deepEqual([r.ok, r.code], [false, 127]);
});
