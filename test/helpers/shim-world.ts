import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { shimTexts } from '../../src/app/shim-texts.js';
import { defaultConfig } from '../../src/core/config-defaults.js';
import { pickShimShell } from '../../src/io/pick-shim-shell.js';
import { prepareShimDir, writeShims } from '../../src/io/write-shims.js';
import { demoPacks } from '../fixtures/demo-packs.js';
import { createTempWorld, type TempWorld } from './temp-world.js';

/** The full-check entry the demo shims exec: runShim with the demo packs. */
export const DEMO_ENTRY = fileURLToPath(new URL('../../../test/fixtures/demo-shim-entry.mjs', import.meta.url));

export interface ShimWorld extends TempWorld {
  shims: string;
  /** PATH with the shims first, then the stand-ins, then the system. */
  shimPath: string;
}

/** A temp world with the demo packs' shims installed in $XDG_DATA_HOME/guard/shims. */
export function createShimWorld(node: string = process.execPath): ShimWorld {
  const world = createTempWorld();
  const shims = installDemoShims(join(world.home, '.local/share/guard/shims'), node);
  return { ...world, shims, shimPath: `${shims}:${world.bin}:/usr/bin:/bin` };
}

export function installDemoShims(dir: string, node: string = process.execPath, entry: string = DEMO_ENTRY): string {
  const { realDir, manifest } = prepareShimDir(dir);
  const texts = shimTexts(['rm', 'railway', 'terraform'], demoPacks, {
    dir: realDir,
    node,
    entry,
    interpreter: pickShimShell(),
    config: defaultConfig(),
  });
  writeShims(realDir, manifest, texts);
  return realDir;
}
