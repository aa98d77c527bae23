import { chmodSync, chownSync, cpSync, existsSync, lstatSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Written } from './system-manifest.js';
import { sha256File } from './system-manifest.js';

/** mkdir -p, recording each directory it created (outermost first). */
export function makeDirs(dir: string, written: Written[]): void {
  const missing: string[] = [];
  for (let d = dir; !existsSync(d); d = dirname(d)) missing.unshift(d);
  for (const d of missing) {
    mkdirSync(d, { mode: 0o755 });
    chownSync(d, 0, 0);
    chmodSync(d, 0o755);
    written.push({ path: d, kind: 'dir' });
  }
}

/** A root-owned file, mode 0644 (or 0755), recorded with its hash so uninstall removes it only unchanged. */
export function writeRootFile(path: string, text: string, written: Written[], mode = 0o644): void {
  makeDirs(dirname(path), written);
  writeFileSync(path, text, { mode });
  chownSync(path, 0, 0);
  chmodSync(path, mode);
  written.push({ path, kind: 'file', sha256: sha256File(path) });
}

/** Copies guard's runtime files (package.json, bin, dist without its tests, node_modules) root-owned, without group/other write. */
export function copyPackage(from: string, to: string, written: Written[]): void {
  makeDirs(dirname(to), written);
  mkdirSync(to, { mode: 0o755 });
  written.push({ path: to, kind: 'tree' });
  for (const name of ['package.json', 'bin', 'dist', 'node_modules']) {
    if (!existsSync(join(from, name))) continue;
    cpSync(join(from, name), join(to, name), {
      recursive: true,
      verbatimSymlinks: true,
      filter: (src) => src !== join(from, 'dist', 'test'),
    });
  }
  rootOwnTree(to);
}

function rootOwnTree(path: string): void {
  const s = lstatSync(path);
  if (s.isSymbolicLink()) return;
  chownSync(path, 0, 0);
  chmodSync(path, s.mode & 0o7755);
  if (s.isDirectory()) for (const name of readdirSync(path)) rootOwnTree(join(path, name));
}
