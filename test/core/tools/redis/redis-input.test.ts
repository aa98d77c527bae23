import { test } from 'node:test';
import assert from 'node:assert/strict';
import { redisCommandsFromText, splitArgs } from '../../../../src/core/tools/redis/redis-input.js';

test('stdin lines split like redis-cli (quotes and escapes)', () => {
  assert.deepEqual(splitArgs('SET k "a b\\n" \'c d\''), ['SET', 'k', 'a b\n', 'c d']);
  assert.deepEqual(redisCommandsFromText('PING\n\nFLUSHDB\n', false), [['PING'], ['FLUSHDB']]);
});

test('RESP input (--pipe) yields the bulk strings of each array', () => {
  assert.deepEqual(
    redisCommandsFromText('*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$8\r\nFLUSHALL\r\n*1\r\n$7\r\nFLUSHDB\r\n', true),
    [['SET', 'k', 'FLUSHALL'], ['FLUSHDB']],
  );
});
