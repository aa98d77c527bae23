import { existsSync, readdirSync, realpathSync, rmdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { isShimFile } from './find-real-tool.js';
import { manifestPath, readManifest } from './shim-manifest.js';

export interface RemoveResult {
  dir: string;
  found: boolean;
  removed: string[];
  /** Listed in the manifest but no longer a guard shim: left alone. */
  kept: string[];
  dirRemoved: boolean;
}

/** Removes exactly what `guard install` wrote: the listed shims that still are shims, the manifest, and the directory if install created it and it is now empty. */
export function removeShims(dir: string): RemoveResult {
  const result: RemoveResult = { dir, found: false, removed: [], kept: [], dirRemoved: false };
  if (!existsSync(dir)) return result;
  const realDir = realpathSync(dir);
  const manifest = readManifest(realDir);
  if (!manifest) return result;
  result.found = true;
  for (const tool of manifest.shims) {
    const path = join(realDir, tool);
    if (!existsSync(path)) continue;
    if (isShimFile(path)) {
      unlinkSync(path);
      result.removed.push(tool);
    } else {
      result.kept.push(tool);
    }
  }
  unlinkSync(manifestPath(realDir));
  if (manifest.createdDir && readdirSync(realDir).length === 0) {
    rmdirSync(realDir);
    result.dirRemoved = true;
  }
  return result;
}
