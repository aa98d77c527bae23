// Every pack's PrefilterSpec is conservative: each destructive example trips a condition, read with
// the one shared reading of the spec; the everyday calls (one shared list) clear it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinPacks } from '../../rules/index.js';
import { trips } from '../helpers/prefilter-reading.js';
import { describeExample } from '../../src/core/rule-tester.js';
import { ALWAYS_CLEARED, EVERYDAY } from '../fixtures/prefilter-everyday.js';

for (const pack of builtinPacks) {
  test(`rules/${pack.tool}: the prefilter lets no destructive example through`, () => {
    for (const rule of pack.rules) {
      for (const example of rule.examples.destructive) {
        assert.ok(
          trips(pack.prefilter, example.argv.slice(1), example),
          `${rule.id}: ${describeExample(example)} passes the prefilter`,
        );
      }
    }
  });
}

test('every command of the everyday list belongs to a built-in pack', () => {
  const commands = new Set(builtinPacks.flatMap((p) => p.commands));
  for (const command of [...Object.keys(EVERYDAY), ...Object.keys(ALWAYS_CLEARED)])
    assert.ok(commands.has(command), command);
});

test('everyday calls stay below the prefilter of every pack that claims the command', () => {
  for (const pack of builtinPacks) {
    for (const command of pack.commands) {
      for (const argv of [...(EVERYDAY[command] ?? []), ...(ALWAYS_CLEARED[command] ?? [])]) {
        assert.equal(
          trips(pack.prefilter, argv.slice(1)),
          false,
          `${pack.tool}: ${argv.join(' ')} trips the prefilter`,
        );
      }
    }
  }
});
