// The `guard` launcher install writes next to the shims: it runs guard's CLI, PATH walks never take it
// for a real tool, doctor names it, and uninstall removes it.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { shimTexts, withLauncher } from '../../src/app/shim-texts.js';
import { doctorReport } from '../../src/app/doctor-report.js';
import { defaultConfig } from '../../src/core/config-defaults.js';
import { exampleContext } from '../../src/core/example-context.js';
import { findRealTool, isShimFile } from '../../src/io/find-real-tool.js';
import { pickShimShell } from '../../src/io/pick-shim-shell.js';
import { removeShims } from '../../src/io/remove-shims.js';
import { prepareShimDir, writeShims } from '../../src/io/write-shims.js';
import { demoPacks } from '../fixtures/demo-packs.js';
import { DEMO_ENTRY } from '../helpers/shim-world.js';
import { createTempWorld } from '../helpers/temp-world.js';

const world = createTempWorld();
after(() => world.dispose());
const guard = { node: process.execPath, entry: DEMO_ENTRY };

function install(): string {
  const { realDir, manifest } = prepareShimDir(join(world.home, 'shims'));
  const texts = shimTexts(['rm', 'railway'], demoPacks, {
    dir: realDir,
    ...guard,
    interpreter: pickShimShell(),
    config: defaultConfig(),
  });
  writeShims(realDir, manifest, withLauncher(texts));
  return realDir;
}

test('the launcher runs guard itself and is never found as a real tool', () => {
  const dir = install();
  const launcher = join(dir, 'guard');
  assert.ok(isShimFile(launcher));
  const version = execFileSync(launcher, ['--version'], {
    encoding: 'utf8',
    env: { PATH: `${dir}:/usr/bin:/bin`, HOME: world.home },
  });
  assert.match(version, /^\d+\.\d+\.\d+\n$/);
  assert.deepEqual(findRealTool('guard', `${dir}:/usr/bin:/bin`, world.root).found, false);
  const ctx = {
    ...exampleContext({ argv: [] }, defaultConfig()),
    env: { HOME: world.home, PATH: `${dir}:/usr/bin:/bin` },
    home: world.home,
    cwd: world.root,
  };
  const report = doctorReport(dir, demoPacks, ctx, guard);
  assert.ok(report.lines.includes(`guard: \`guard\` on PATH runs ${launcher}`), report.lines.join('\n'));
  const without = doctorReport(dir, demoPacks, { ...ctx, env: { ...ctx.env, PATH: '/usr/bin:/bin' } }, guard);
  assert.ok(without.lines.some((l) => l.startsWith('problem:')));
});

test('the launcher does not let NODE_OPTIONS load code into guard', () => {
  const dir = install();
  const marker = join(world.root, 'loaded');
  const evil = join(world.root, 'evil.cjs');
  writeFileSync(evil, `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'x');`);
  execFileSync(join(dir, 'guard'), ['--version'], {
    encoding: 'utf8',
    env: { PATH: `${dir}:/usr/bin:/bin`, HOME: world.home, NODE_OPTIONS: `--require ${evil}` },
  });
  assert.equal(existsSync(marker), false);
  // The same variable does load it into a plain node: the test can fail.
  execFileSync(process.execPath, ['-e', '0'], { env: { NODE_OPTIONS: `--require ${evil}` } });
  assert.equal(existsSync(marker), true);
});

test('uninstall removes the launcher with the shims', () => {
  const dir = install();
  const result = removeShims(dir);
  assert.ok(result.removed.includes('guard'));
  assert.equal(existsSync(join(dir, 'guard')), false);
});
