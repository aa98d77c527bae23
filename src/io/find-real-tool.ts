import { accessSync, closeSync, constants, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { delimiter, isAbsolute, join, resolve } from 'node:path';

import { SHIM_DIR_MARKER, SHIM_FILE_MARKER } from '../core/shim/markers.js';

export { SHIM_DIR_MARKER, SHIM_FILE_MARKER };

export type Lookup =
  { found: true; path: string } | { found: false; reason: 'not-found' | 'not-executable'; candidate?: string };

/**
 * Finds the real executable for `tool` on PATH, skipping guard shim directories and shim files.
 * Entries are compared by real path, so symlinked, duplicated, relative and trailing-slash
 * spellings of a shim directory are all skipped.
 */
export function findRealTool(tool: string, pathVar: string | undefined, cwd: string): Lookup {
  if (tool.includes('/')) return checkCandidate(resolve(cwd, tool));
  let notExecutable: string | undefined;
  for (const entry of (pathVar ?? '').split(delimiter)) {
    const dir = resolve(cwd, entry === '' ? '.' : entry);
    if (isShimDir(dir)) continue;
    const candidate = join(dir, tool);
    const result = checkCandidate(candidate);
    if (result.found) {
      if (isShimFile(result.path)) continue;
      return result;
    }
    if (result.reason === 'not-executable' && notExecutable === undefined) notExecutable = candidate;
  }
  return notExecutable === undefined
    ? { found: false, reason: 'not-found' }
    : { found: false, reason: 'not-executable', candidate: notExecutable };
}

function checkCandidate(candidate: string): Lookup {
  try {
    if (!statSync(candidate).isFile()) return { found: false, reason: 'not-found' };
  } catch {
    return { found: false, reason: 'not-found' };
  }
  try {
    accessSync(candidate, constants.X_OK);
  } catch {
    return { found: false, reason: 'not-executable', candidate };
  }
  return { found: true, path: isAbsolute(candidate) ? candidate : resolve(candidate) };
}

export function isShimDir(dir: string): boolean {
  try {
    statSync(join(realpathSync(dir), SHIM_DIR_MARKER));
    return true;
  } catch {
    return false;
  }
}

/** Reads only the head of the file: the marker sits on the second line, and real tools can be large. */
export function isShimFile(path: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const head = Buffer.alloc(512);
    const length = readSync(fd, head, 0, head.length, 0);
    return head.subarray(0, length).toString('latin1').includes(SHIM_FILE_MARKER);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
