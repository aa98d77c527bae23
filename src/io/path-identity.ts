import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

/** Same file (device and inode), whatever the spelling; false when either is missing. */
export function isSameFile(a: string, b: string): boolean {
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

export function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** PATH entries as the shell uses them (empty = the working directory), resolved against cwd. */
export function pathEntries(pathVar: string | undefined, cwd: string): string[] {
  return (pathVar ?? '').split(delimiter).map((entry) => resolve(cwd, entry === '' ? '.' : entry));
}

/** What a plain PATH lookup runs, shims included: the first executable `tool`. */
export function firstOnPath(tool: string, pathVar: string | undefined, cwd: string): string | undefined {
  for (const dir of pathEntries(pathVar, cwd)) {
    const candidate = join(dir, tool);
    if (isExecutableFile(candidate)) return candidate;
  }
  return undefined;
}
