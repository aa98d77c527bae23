// Environment naming under crafted input: blank names are unknown, and configured patterns
// match a long crafted value in linear time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { classifyArgv, indexPacks } from '../../src/core/classify.js';
import { defaultConfig } from '../../src/core/config-defaults.js';
import { establishedEnvironment, matchesPattern, resolveEnvironment } from '../../src/core/environment.js';
import { exampleContext } from '../../src/core/example-context.js';
import { builtinPacks } from '../../rules/index.js';
import { repeatTo, timeOf } from '../helpers/growth.js';

const index = indexPacks(builtinPacks);

test('an empty or blank environment name is unknown, treated as production', () => {
  const ctx = exampleContext({ argv: [] });
  for (const name of ['', ' ', '\t\n']) {
    const env = establishedEnvironment(name, [{ source: 'flag', detail: `-e ${name}` }], ctx);
    assert.equal(env.name, 'unknown');
    assert.equal(env.production, true);
  }
  const argv = ['railway', 'volume', 'rm', '-e', ''];
  const decision = classifyArgv(argv, exampleContext({ argv }), index);
  assert.equal(decision.decision, 'confirm');
  for (const f of decision.findings) assert.equal(f.environment.name, 'unknown');
});

/** The meaning the pattern language documents: `*` is any run, everything else literal. */
function referenceMatch(pattern: string, value: string): boolean {
  const parts = pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.*')}$`, 's').test(value);
}

test('matchesPattern agrees with the documented glob meaning (property)', () => {
  const text = fc.string({ unit: fc.constantFrom('a', 'b', '*', '-', '.', '\n'), maxLength: 12 });
  fc.assert(
    fc.property(text, text, (pattern, value) => matchesPattern(pattern, value) === referenceMatch(pattern, value)),
    { numRuns: 5000 },
  );
  assert.equal(matchesPattern('prod-*', 'prod-eu'), true);
  assert.equal(matchesPattern('*-prod', 'eu-prod'), true);
  assert.equal(matchesPattern('prod-*', 'staging'), false);
});

test('a configured pattern with many stars matches a 1 MB crafted value within 200 ms', () => {
  const value = `${repeatTo('a', 1024 * 1024)}!`;
  const ms = timeOf(() => assert.equal(matchesPattern('*a*a*a*a*a*b', value), false), 1);
  assert.ok(ms < 200, `${ms.toFixed(0)} ms`);
  const config = {
    ...defaultConfig(),
    environments: [{ name: 'production', production: true, match: { 'railway-environment': ['*a*a*a*a*b'] } }],
  };
  const ctx = { ...exampleContext({ argv: [] }), config };
  const slow = timeOf(
    () => resolveEnvironment([{ kind: 'railway-environment', value, source: 'flag', detail: '-e …' }], ctx),
    1,
  );
  assert.ok(slow < 200, `${slow.toFixed(0)} ms`);
});
