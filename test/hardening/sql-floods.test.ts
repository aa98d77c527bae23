// SQL comment floods: a huge `/* … */` block and thousands of `-- …` lines before a DROP still
// leave it detected, in bounded time (psql -c and psql reading stdin).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyArgv, indexPacks } from '../../src/core/classify.js';
import { exampleContext } from '../../src/core/example-context.js';
import { loadSqlParser } from '../../src/io/load-sql-parser.js';
import { builtinPacks } from '../../rules/index.js';
import { timeOf } from '../helpers/growth.js';

const index = indexPacks(builtinPacks);
const sqlParser = await loadSqlParser();

const FLOODS: Record<string, string> = {
  'a 1 MB /* */ block': `/* ${'x'.repeat(1024 * 1024)} */ DROP TABLE users;`,
  '20,000 -- lines': `${'-- harmless comment\n'.repeat(20_000)}DROP TABLE users;`,
  '20,000 /* */ comments': `${'/* c */ '.repeat(20_000)}DROP TABLE users;`,
  'nested /* /* */ */ comments': `${'/* '.repeat(2000)}${' */'.repeat(2000)} DROP TABLE users;`,
  '10,000 empty statements': `${';'.repeat(10_000)} DROP TABLE users;`,
};

for (const [label, sql] of Object.entries(FLOODS)) {
  test(`psql -c with ${label} before DROP TABLE: still confirmed, within 5 s`, () => {
    const argv = ['psql', '-h', 'db.internal', '-c', sql];
    let decision: ReturnType<typeof classifyArgv> | undefined;
    const ms = timeOf(() => (decision = classifyArgv(argv, { ...exampleContext({ argv }), sqlParser }, index)), 1);
    assert.equal(decision?.decision, 'confirm');
    assert.ok(ms < 5000, `${ms.toFixed(0)} ms`);
  });
  test(`psql reading ${label} before DROP TABLE from stdin: still confirmed, within 5 s`, () => {
    const argv = ['psql', '-h', 'db.internal'];
    let decision: ReturnType<typeof classifyArgv> | undefined;
    const ms = timeOf(
      () => (decision = classifyArgv(argv, { ...exampleContext({ argv, stdin: sql }), sqlParser }, index)),
      1,
    );
    assert.equal(decision?.decision, 'confirm');
    assert.ok(ms < 5000, `${ms.toFixed(0)} ms`);
  });
}
