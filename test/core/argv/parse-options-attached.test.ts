import { test } from 'node:test';
import assert from 'node:assert/strict';
import { optionValue, parseOptions, type OptionSpec } from '../../../src/core/argv/parse-options.js';

const SPECS: OptionSpec[] = [
  { id: 'password', short: ['p'], long: ['password'], value: 'attached' },
  { id: 'execute', short: ['e'], long: ['execute'], value: true },
  { id: 'silent', short: ['s'] },
];

test("'attached' (getopt p::) takes a glued value only, never the next word", () => {
  const glued = parseOptions(['-psecret', 'db'], SPECS, { style: 'gnu' });
  assert.equal(optionValue(glued, 'password'), 'secret');
  assert.equal(optionValue(glued, 'execute'), undefined, 'the letters of the password are not options');
  assert.deepEqual(glued.positionals, ['db']);
  const bare = parseOptions(['-p', 'db'], SPECS, { style: 'gnu' });
  assert.equal(optionValue(bare, 'password'), undefined);
  assert.deepEqual(bare.positionals, ['db']);
  assert.equal(optionValue(parseOptions(['--password=x'], SPECS, { style: 'gnu' }), 'password'), 'x');
  assert.deepEqual(parseOptions(['--password', 'db'], SPECS, { style: 'gnu' }).positionals, ['db']);
});
