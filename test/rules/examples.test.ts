// Runs every example of every built-in rule (RuleTester style): destructive examples must be
// flagged by their own rule with the pinned resource and environment; benign ones by no rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinPacks } from '../../rules/index.js';
import { verifyPacks } from '../../src/core/rule-tester.js';
import { loadSqlParser } from '../../src/io/load-sql-parser.js';

// Examples are judged with what the io layer loads before classifying (the PostgreSQL parser).
const sqlParser = await loadSqlParser();

for (const pack of builtinPacks) {
  const report = verifyPacks([pack], builtinPacks, undefined, (ctx) => ({ ...ctx, sqlParser }));
  test(`rules/${pack.tool}: every rule is well formed`, () => {
    const invalid = report.problems.filter((p) => p.kind === 'invalid');
    assert.deepEqual(invalid, []);
  });
  for (const checked of report.checked) {
    test(`${checked.rule} ${checked.kind}: ${checked.example}`, () => {
      const problems = report.problems.filter((p) => p.rule === checked.rule && p.example === checked.example);
      assert.deepEqual(problems, []);
    });
  }
  test(`rules/${pack.tool}: each rule has at least 3 destructive and 3 benign examples`, () => {
    for (const rule of pack.rules) {
      assert.ok(
        rule.examples.destructive.length >= 3,
        `${rule.id} has ${rule.examples.destructive.length} destructive examples`,
      );
      assert.ok(rule.examples.benign.length >= 3, `${rule.id} has ${rule.examples.benign.length} benign examples`);
    }
  });
}

test('the registry has no two packs claiming one command', () => {
  const seen = new Map<string, string>();
  for (const pack of builtinPacks) {
    for (const command of pack.commands) {
      assert.equal(seen.get(command), undefined, `${command} claimed by ${seen.get(command)} and ${pack.tool}`);
      seen.set(command, pack.tool);
    }
  }
});
