import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let home: string | undefined;

/**
 * guard's installation directory (the one holding package.json and bin/). Found by walking up from
 * this module, which lives in dist/src/io/ when run from tsc's output and in dist/ when bundled.
 */
export function guardHome(): string {
  if (home !== undefined) return home;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'bin', 'guard-shim.cjs')) && existsSync(join(dir, 'package.json'))) return (home = dir);
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error(`guard cannot find its own installation above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}
