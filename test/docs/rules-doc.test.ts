// docs/rules.md must be what the rule files generate today.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { builtinPacks } from '../../rules/index.js';
import { rulesMarkdown } from '../../src/cli/rules-markdown.js';

test('docs/rules.md is up to date with rules/ (run `npm run docs:rules` after changing a rule)', () => {
  const onDisk = readFileSync(new URL('../../../docs/rules.md', import.meta.url), 'utf8');
  assert.ok(
    onDisk === rulesMarkdown(builtinPacks),
    'docs/rules.md is out of date: run `npm run docs:rules` and commit it',
  );
});

test('every built-in rule has a section and a row in the table', () => {
  const doc = rulesMarkdown(builtinPacks);
  for (const rule of builtinPacks.flatMap((p) => p.rules)) {
    assert.ok(doc.includes(`\n### ${rule.id}\n`), `${rule.id} has no section`);
    assert.ok(doc.includes(`| [${rule.id}](#`), `${rule.id} has no table row`);
  }
});
