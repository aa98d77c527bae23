import { lstatSync, statSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';

const STICKY = 0o1000;

/**
 * Why `path` cannot be trusted as root's word, or undefined when it can: the file and every
 * directory above it are owned by root and not writable by group or others. A root-owned sticky
 * directory (/tmp) is accepted as a parent: only root may rename or remove a root-owned entry in it.
 * Symbolic links are refused outright (their target would need the same walk).
 */
export function untrustedReason(path: string): string | undefined {
  if (!isAbsolute(path)) return `${path} is not an absolute path`;
  let current = resolve(path);
  for (let first = true; ; first = false) {
    let s;
    try {
      s = lstatSync(current);
    } catch (error) {
      return `${current} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
    }
    if (s.isSymbolicLink()) return `${current} is a symbolic link`;
    if (s.uid !== 0) return `${current} is owned by uid ${s.uid}, not by root`;
    const writable = (s.mode & 0o022) !== 0;
    if (writable && (first || !s.isDirectory() || (s.mode & STICKY) === 0))
      return `${current} is writable by group or others (mode ${(s.mode & 0o7777).toString(8)})`;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** A directory that exists (statSync follows nothing here: callers check untrustedReason first). */
export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
