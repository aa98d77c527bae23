// What `guard install --system` wrote, so that `guard uninstall --system` removes exactly that.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

export type Written =
  | { path: string; kind: 'dir' }
  | { path: string; kind: 'file'; sha256: string }
  | { path: string; kind: 'symlink'; target: string }
  | { path: string; kind: 'tree' };

export interface SystemManifest {
  generatedBy: 'guard install --system';
  /** In creation order; uninstall walks it backwards. */
  written: Written[];
}

export function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

export function readSystemManifest(path: string): SystemManifest | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  const data = JSON.parse(text) as Partial<SystemManifest>;
  if (data.generatedBy !== 'guard install --system' || !Array.isArray(data.written))
    throw new Error(`${path} is not a guard system-install manifest`);
  return { generatedBy: 'guard install --system', written: data.written };
}

export function writeSystemManifest(path: string, manifest: SystemManifest): void {
  writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o644 });
}
