// guard's own shell findings are data with examples, like rule packs: each destructive example must
// produce its rule; each benign example must produce no finding at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SHELL_RULES, type ShellExample } from '../../../src/core/shell/shell-rules.js';
import { exampleContext } from '../../../src/core/example-context.js';
import { analyseLine } from '../../../src/core/shell/analyse-line.js';
import { fakeIndex } from '../../helpers/fake-packs.js';

for (const rule of Object.values(SHELL_RULES)) {
  test(`${rule.id}: well formed`, () => {
    assert.match(rule.id, /^shell\/[a-z]+(-[a-z]+)*$/);
    for (const field of [rule.summary, rule.message, rule.rationale, rule.safer]) assert.ok(field.trim().length > 0);
    assert.ok(rule.examples.destructive.length >= 3, 'at least 3 destructive examples');
    assert.ok(rule.examples.benign.length >= 3, 'at least 3 benign examples');
  });
  for (const example of rule.examples.destructive as ShellExample[]) {
    const { line, files } = typeof example === 'string' ? { line: example, files: {} } : example;
    test(`${rule.id} destructive: ${JSON.stringify(line).slice(0, 80)}`, () => {
      const rules = analyseLine(line, exampleContext({ argv: [], files }), fakeIndex).map((f) => f.rule);
      assert.ok(rules.includes(rule.id), `got ${rules.join(', ') || 'nothing'}`);
    });
  }
  for (const example of rule.examples.benign as ShellExample[]) {
    const { line, files } = typeof example === 'string' ? { line: example, files: {} } : example;
    test(`${rule.id} benign: ${JSON.stringify(line).slice(0, 80)}`, () => {
      assert.deepEqual(analyseLine(line, exampleContext({ argv: [], files }), fakeIndex), []);
    });
  }
}
