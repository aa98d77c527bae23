import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinPacks } from '../../rules/index.js';
import { definePack, type RulePack } from '../../src/core/rule.js';
import { verifyPacks } from '../../src/core/rule-tester.js';
import { listRules, showRule, similarRuleIds, testReportJson, testReportLines } from '../../src/cli/rules-reference.js';

test('guard rules lists every rule once, grouped under its pack with the pack source', () => {
  const text = listRules(builtinPacks).join('\n');
  for (const pack of builtinPacks) {
    assert.ok(
      text.includes(`\n${pack.tool} (built-in; commands: ${pack.commands.join(', ')})\n`),
      `${pack.tool} heading`,
    );
    for (const rule of pack.rules) assert.equal(text.split(`  ${rule.id} `).length, 2, `${rule.id} listed once`);
  }
  assert.match(text, /^guard: \d+ rules covering \d+ destructive operations in \d+ packs/);
});

test('guard rules show explains why, the message, the safer way, and the resource/environment of each example', () => {
  const lines = showRule(builtinPacks, 'aws/rds-delete');
  assert.ok(lines);
  const text = lines.join('\n');
  assert.match(text, /^guard: aws\/rds-delete: /);
  assert.match(text, /why {10}.*--skip-final-snapshot/);
  assert.match(text, /safer {8}Keep a final snapshot/);
  assert.match(
    text,
    /resource prod-db; environment prod \(from an environment variable: AWS_PROFILE=prod; treated as production: the name says so\)/,
  );
  assert.match(text, /benign look-alikes[\s\S]*aws rds describe-db-instances/);
  assert.equal(showRule(builtinPacks, 'aws/nope'), undefined);
  assert.ok(similarRuleIds(builtinPacks, 'aws/nope').includes('aws/s3-rb'));
});

// A deliberately broken pack: one of each problem kind.
const broken = definePack<string[]>({
  tool: 'demo',
  commands: ['demo'],
  prefilter: { always: true },
  parse: (args) => [...args],
  environment: () => ({ kind: 'local', name: 'local', source: 'target', production: true, evidence: [] }),
  rules: [
    {
      id: 'demo/wipe',
      summary: 'demo wipe',
      message: 'Wipes {{resource}} in {{where}}',
      rationale: 'r',
      safer: 's',
      match: (args) => (args.includes('wipe') ? { resource: args[1] ?? '?' } : null),
      examples: {
        destructive: [{ argv: ['demo', 'wipe', 'a'], resource: 'b' }, { argv: ['demo', 'erase', 'a'] }],
        benign: [{ argv: ['demo', 'wipe', '--help'] }],
      },
    },
  ],
}) as RulePack<any>;

test('guard rules test reports problems as missing, noisy, wrong and invalid, and counts what it checked', () => {
  const report = verifyPacks([broken], [broken]);
  const text = testReportLines(report, [broken]).join('\n');
  assert.match(text, /guard: invalid demo\/wipe: message uses unknown placeholder \{\{where\}\}/);
  assert.match(text, /guard: wrong demo\/wipe: demo wipe a: resource "a", expected "b"/);
  assert.match(text, /guard: missing demo\/wipe: demo erase a: /);
  assert.match(text, /guard: noisy demo\/wipe: demo wipe --help: /);
  assert.match(text, /guard: 1 rules, 3 examples checked: 4 problems$/);
  assert.deepEqual(
    { ...testReportJson(report, [broken]), problems: undefined },
    { rules: 1, checked: 3, ok: false, problems: undefined },
  );
});
