import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GuardError } from '../core/errors.js';
import { SHIM_DIR_MARKER } from '../core/shim/markers.js';

/** What `guard install` wrote into a shim directory; it lives in the directory's marker file. */
export interface ShimManifest {
  generatedBy: 'guard install';
  /** Shim file names, so that uninstall removes exactly these. */
  shims: string[];
  /** Whether install created the directory (uninstall then removes it when empty). */
  createdDir: boolean;
}

export function manifestPath(dir: string): string {
  return join(dir, SHIM_DIR_MARKER);
}

/** The manifest, or undefined when the directory holds none. A damaged one is an error, never ignored. */
export function readManifest(dir: string): ShimManifest | undefined {
  let text: string;
  try {
    text = readFileSync(manifestPath(dir), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const data = JSON.parse(text) as Partial<ShimManifest>;
    if (data.generatedBy !== 'guard install' || !Array.isArray(data.shims)) throw new Error('unexpected content');
    return {
      generatedBy: 'guard install',
      shims: data.shims.filter((s) => typeof s === 'string'),
      createdDir: data.createdDir === true,
    };
  } catch (error) {
    throw new GuardError(`${manifestPath(dir)} is not a manifest guard wrote`, {
      hint: 'remove it by hand if this directory is not a guard shim directory',
      cause: error,
    });
  }
}

export function writeManifest(dir: string, manifest: ShimManifest): void {
  writeFileSync(manifestPath(dir), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o644 });
}
