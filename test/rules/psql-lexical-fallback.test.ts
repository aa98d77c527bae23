// Without the parser (a caller that classifies without the io layer), psql falls back to a lexical
// analysis. It must still judge every example the same way, except input only a parser can reject.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinPacks } from '../../rules/index.js';
import { psqlPack } from '../../rules/psql.js';
import { verifyPacks } from '../../src/core/rule-tester.js';

test('psql examples hold with the lexical fallback (all but psql/unparseable-sql)', () => {
  const report = verifyPacks([psqlPack], builtinPacks);
  const problems = report.problems.filter((p) => p.rule !== 'psql/unparseable-sql');
  assert.deepEqual(problems, []);
  assert.ok(report.checked.length > 40);
});
