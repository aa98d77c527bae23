// doctor's view of demo shims: shimmed, first on PATH, real binary, copies PATH does not reach, stale shims.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { doctorReport } from '../../src/app/doctor-report.js';
import { defaultConfig } from '../../src/core/config-defaults.js';
import { exampleContext } from '../../src/core/example-context.js';
import type { Context } from '../../src/core/types.js';
import { demoPacks } from '../fixtures/demo-packs.js';
import { createShimWorld, DEMO_ENTRY, type ShimWorld } from '../helpers/shim-world.js';
import { harnessPolicyEnv } from '../helpers/system-policy-dir.js';

let world: ShimWorld;
before(() => {
  world = createShimWorld();
  world.standIn('railway');
});
after(() => world.dispose());

const guard = { node: process.execPath, entry: DEMO_ENTRY };
function ctx(env: Record<string, string>): Context {
  return {
    ...exampleContext({ argv: [] }, defaultConfig()),
    env: { HOME: world.home, ...harnessPolicyEnv(), ...env },
    home: world.home,
    cwd: world.root,
  };
}

test('healthy: each demo tool is shimmed, first on PATH, and its real binary is named', () => {
  const report = doctorReport(world.shims, demoPacks, ctx({ PATH: world.shimPath }), guard);
  assert.equal(report.problems, 0, report.lines.join('\n'));
  assert.ok(
    report.lines.includes(
      `railway: shimmed, the shim is what \`railway\` runs; real railway: ${join(world.bin, 'railway')}`,
    ),
  );
  assert.ok(report.lines.some((l) => /^terraform: shimmed, .*real terraform: not found on PATH$/.test(l)));
});

test('problems: another railway ahead of the shims; a stale shim', () => {
  const ahead = join(world.root, 'ahead');
  mkdirSync(ahead, { recursive: true });
  writeFileSync(join(ahead, 'railway'), '#!/bin/sh\n');
  chmodSync(join(ahead, 'railway'), 0o755);
  const report = doctorReport(world.shims, demoPacks, ctx({ PATH: `${ahead}:${world.shimPath}` }), guard);
  assert.ok(
    report.lines.some((l) =>
      l.startsWith(`problem: railway: \`railway\` on PATH runs ${join(ahead, 'railway')} before the shim`),
    ),
    report.lines.join('\n'),
  );
  const stale = doctorReport(world.shims, demoPacks, ctx({ PATH: world.shimPath }), {
    ...guard,
    entry: '/elsewhere/guard-shim.cjs',
  });
  assert.equal(stale.problems, 3);
  assert.ok(stale.lines.every((l) => !l.startsWith('problem') || l.includes('out of date')));
});

test(
  'a real rm PATH does not reach is reported as reachable by absolute path',
  { skip: !existsSync('/usr/bin/rm') },
  () => {
    const report = doctorReport(world.shims, demoPacks, ctx({ PATH: `${world.shims}:${world.bin}` }), guard);
    assert.ok(
      report.lines.some((l) => l.startsWith('warning: rm: /usr/bin/rm exists but its directory is not on PATH')),
      report.lines.join('\n'),
    );
  },
);
