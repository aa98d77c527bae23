import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchesPattern } from '../../src/core/environment.js';

test('wildcard patterns: * matches any run, everything else is literal', () => {
  const cases: [string, string, boolean][] = [
    ['prod', 'prod', true],
    ['prod', 'production', false],
    ['prod*', 'production', true],
    ['*.rds.amazonaws.com', 'db-1.abc.eu-west-1.rds.amazonaws.com', true],
    ['*.rds.amazonaws.com', 'rds.amazonaws.com', false],
    ['ephemeral-*', 'ephemeral-', true],
    ['*', '', true],
    ['a*b*c', 'aXXbYYc', true],
    ['a*b*c', 'aXXbYY', false],
    ['a.c', 'abc', false],
    ['(x)*', '(x)y', true],
    ['*/envs/prod', '/srv/infra/envs/prod', true],
    ['**', 'anything', true],
  ];
  for (const [pattern, value, expected] of cases)
    assert.equal(matchesPattern(pattern, value), expected, `${pattern} ~ ${value}`);
});

test('crafted patterns cannot make matching blow up', () => {
  const pattern = `${'a*'.repeat(40)}b`;
  const value = 'a'.repeat(5000);
  const started = process.hrtime.bigint();
  assert.equal(matchesPattern(pattern, value), false);
  assert.ok(Number(process.hrtime.bigint() - started) / 1e6 < 2000);
});
