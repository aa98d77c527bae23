// The shared reading of PrefilterSpec (test/helpers/prefilter-reading.ts) decides as the generated
// sh pre-filter does: checked on every benign example of every built-in pack (the destructive ones
// are run through the shell in prefilter-conservative.test.ts and through the reading in test/rules/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinPacks } from '../../../rules/index.js';
import { defaultConfig } from '../../../src/core/config-defaults.js';
import { describeExample } from '../../../src/core/rule-tester.js';
import { renderPrefilter } from '../../../src/core/shim/prefilter-script.js';
import { trips } from '../../helpers/prefilter-reading.js';
import { runPrefilter } from '../../helpers/run-prefilter.js';

const world = { protectedPaths: defaultConfig().protectedPaths };

for (const pack of builtinPacks) {
  const benign = pack.rules.flatMap((r) => r.examples.benign);
  if (benign.length === 0) continue;
  test(`${pack.tool}: the reading and the shell agree on every benign example`, () => {
    const prefilter = renderPrefilter(pack.prefilter, world);
    for (const example of benign) {
      const shell = runPrefilter(prefilter, example) === 'full';
      assert.equal(
        trips(pack.prefilter, example.argv.slice(1), { ...example, ...world }),
        shell,
        `${describeExample(example)}: the shell says ${shell ? 'full' : 'fast'}`,
      );
    }
  });
}
