// The shim's pre-filter is conservative by construction: every destructive example of every pack
// (built-in and the demo packs) reaches guard's full check when the generated sh code really runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinPacks } from '../../../rules/index.js';
import { defaultConfig } from '../../../src/core/config-defaults.js';
import type { RulePack } from '../../../src/core/rule.js';
import { verifyPacks } from '../../../src/core/rule-tester.js';
import { renderPrefilter } from '../../../src/core/shim/prefilter-script.js';
import { demoPacks } from '../../fixtures/demo-packs.js';
import { runPrefilter, SHELLS } from '../../helpers/run-prefilter.js';
import { ALWAYS_CLEARED, EVERYDAY } from '../../fixtures/prefilter-everyday.js';

const world = { protectedPaths: defaultConfig().protectedPaths };

function check(packs: readonly RulePack<any>[], label: string): void {
  for (const pack of packs) {
    const prefilter = renderPrefilter(pack.prefilter, world);
    for (const rule of pack.rules) {
      for (const example of rule.examples.destructive) {
        test(`${label} ${rule.id}: \`${example.argv.join(' ')}\` reaches the full check`, () => {
          for (const shell of SHELLS)
            assert.equal(runPrefilter(prefilter, example, shell), 'full', `${shell} let it through the fast path`);
        });
      }
    }
  }
}

check(builtinPacks, 'built-in');
check(demoPacks, 'demo');

for (const pack of builtinPacks) {
  for (const command of pack.commands) {
    for (const argv of ALWAYS_CLEARED[command] ?? []) {
      test(`built-in ${pack.tool}: \`${argv.join(' ')}\` is cleared without Node`, () => {
        const prefilter = renderPrefilter(pack.prefilter, world);
        for (const shell of SHELLS) assert.equal(runPrefilter(prefilter, { argv }, shell), 'fast', shell);
        // …and one argument more is no longer that call.
        for (const shell of SHELLS)
          assert.equal(runPrefilter(prefilter, { argv: [...argv, '/dev/sdb'] }, shell), 'full', shell);
      });
    }
  }
}

for (const [label, packs] of [
  ['demo', demoPacks],
  ['built-in', builtinPacks],
] as const) {
  for (const pack of packs) {
    if (pack.prefilter.always) continue; // the pack opted out of the fast path
    for (const command of pack.commands) {
      for (const argv of EVERYDAY[command] ?? []) {
        test(`${label} ${pack.tool}: \`${argv.join(' ')}\` takes the fast path`, () => {
          const prefilter = renderPrefilter(pack.prefilter, world);
          for (const shell of SHELLS) assert.equal(runPrefilter(prefilter, { argv }, shell), 'fast', shell);
        });
      }
    }
  }
}

test('the demo packs are honest packs: the rule tester finds no problem in their examples', () => {
  assert.deepEqual(verifyPacks(demoPacks, demoPacks).problems, []);
});
