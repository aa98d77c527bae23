import { chmodSync, existsSync, mkdirSync, readFileSync, realpathSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../core/errors.js';
import { isShimFile } from './find-real-tool.js';
import { readManifest, writeManifest, type ShimManifest } from './shim-manifest.js';

export interface WriteResult {
  written: string[];
  unchanged: string[];
}

/** Creates the directory (and its marker) when needed; returns its real path. */
export function prepareShimDir(dir: string): { realDir: string; manifest: ShimManifest } {
  const existed = existsSync(dir);
  mkdirSync(dir, { recursive: true, mode: 0o755 });
  const realDir = realpathSync(dir);
  const manifest = readManifest(realDir) ?? { generatedBy: 'guard install', shims: [], createdDir: !existed };
  return { realDir, manifest };
}

/**
 * Writes each shim atomically (temp file + rename). Refuses, before writing anything, to replace
 * a file guard did not write. The manifest is written first, so the directory is marked as a
 * shim directory before any shim in it can be found on PATH.
 */
export function writeShims(realDir: string, manifest: ShimManifest, texts: ReadonlyMap<string, string>): WriteResult {
  for (const tool of texts.keys()) {
    const path = join(realDir, tool);
    if (existsSync(path) && !isShimFile(path)) {
      throw new UsageError(
        `${path} exists and was not written by guard; nothing was installed`,
        'move it away, or choose another directory with --dir',
      );
    }
  }
  writeManifest(realDir, { ...manifest, shims: [...new Set([...manifest.shims, ...texts.keys()])].sort() });
  const result: WriteResult = { written: [], unchanged: [] };
  for (const [tool, text] of texts) {
    const path = join(realDir, tool);
    if (existsSync(path) && readFileSync(path, 'utf8') === text) {
      chmodSync(path, 0o755);
      result.unchanged.push(tool);
      continue;
    }
    const temp = `${path}.guard-tmp-${process.pid}`;
    writeFileSync(temp, text, { mode: 0o755 });
    chmodSync(temp, 0o755);
    renameSync(temp, path);
    result.written.push(tool);
  }
  return result;
}
