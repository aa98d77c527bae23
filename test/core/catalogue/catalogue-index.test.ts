// The catalogue index names every data file with the right tool and commands, and the built-in
// registry counts at least 600 destructive operations across at least 100 tools.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtinPacks } from '../../../rules/index.js';
import { catalogueEntries } from '../../../rules/catalogue/index.js';
import { operationCount } from '../../../src/cli/rules-reference.js';

const sourceDir = fileURLToPath(new URL('../../../../rules/catalogue/', import.meta.url));

test('every catalogue data file is in the index, under the tool and commands its data declares', () => {
  const files = readdirSync(sourceDir).filter(
    (f) => f.endsWith('.ts') && f !== 'index.ts' && !readFileSync(sourceDir + f, 'utf8').includes('// not a tool'),
  );
  assert.equal(catalogueEntries.length, files.length);
  for (const entry of catalogueEntries) {
    const data = entry.load();
    assert.equal(data.tool, entry.tool);
    assert.deepEqual(data.commands, entry.commands, entry.tool);
    assert.ok(data.docs.startsWith('https://'), `${entry.tool}: docs must name where the syntax was checked`);
    for (const op of data.operations)
      assert.ok(op.undo, `${op.id}: every catalogue operation says what undo exists (or "no undo")`);
  }
});

test('the built-in rules cover at least 600 destructive operations across at least 100 tools', () => {
  assert.ok(builtinPacks.length >= 100, `${builtinPacks.length} packs`);
  assert.ok(operationCount(builtinPacks) >= 600, `${operationCount(builtinPacks)} operations`);
});

test('a catalogue rule id starts with its tool, and every rule id is used once', () => {
  const seen = new Set<string>();
  for (const pack of builtinPacks) {
    for (const rule of pack.rules) {
      assert.ok(!seen.has(rule.id), rule.id);
      seen.add(rule.id);
    }
  }
});
