import { posix } from 'node:path';
import type { FileStat, FileView } from './types.js';

export interface MemoryTree {
  files?: Record<string, string>;
  dirs?: string[];
  links?: Record<string, string>;
}

/** An in-memory FileView for examples and unit tests: directories of every file are implied. */
export function memoryFiles(tree: MemoryTree): FileView {
  const files = new Map(Object.entries(tree.files ?? {}).map(([p, c]) => [posix.normalize(p), c]));
  const links = new Map(Object.entries(tree.links ?? {}).map(([p, t]) => [posix.normalize(p), t]));
  const dirs = new Set<string>(['/']);
  const addParents = (p: string): void => {
    for (let d = posix.dirname(p); !dirs.has(d); d = posix.dirname(d)) dirs.add(d);
  };
  for (const d of tree.dirs ?? []) {
    dirs.add(posix.normalize(d));
    addParents(posix.normalize(d));
  }
  for (const p of [...files.keys(), ...links.keys()]) addParents(p);

  const resolve = (path: string, depth = 0): string | undefined => {
    // Like the kernel: too many links, or a path over PATH_MAX (ENAMETOOLONG), resolves to nothing.
    if (depth > 40 || path.length >= 4096) return undefined;
    const normal = posix.normalize(path);
    // No symlink on the way: a direct lookup (the component walk is quadratic in the path's depth).
    if (![...links.keys()].some((l) => normal === l || normal.startsWith(`${l}/`)))
      return files.has(normal) || dirs.has(normal) ? normal : undefined;
    const parts = normal.split('/').filter(Boolean);
    let current = '/';
    for (const part of parts) {
      const next = posix.join(current, part);
      const target = links.get(next);
      if (target !== undefined) {
        const resolved = resolve(posix.resolve(current, target), depth + 1);
        if (resolved === undefined) return undefined;
        current = resolved;
      } else {
        current = next;
      }
    }
    return files.has(current) || dirs.has(current) ? current : undefined;
  };

  return {
    readText: (p) => {
      const real = resolve(p);
      return real === undefined ? undefined : files.get(real);
    },
    stat: (p): FileStat | undefined => {
      if (p.length >= 4096) return undefined;
      const normal = posix.normalize(p);
      if (links.has(normal)) return { isDirectory: false, isFile: false, isSymlink: true };
      const real = resolve(p);
      if (real === undefined) return undefined;
      return { isDirectory: dirs.has(real), isFile: files.has(real), isSymlink: false };
    },
    realpath: (p) => resolve(p),
    readdir: (p) => {
      const real = resolve(p);
      if (real === undefined || !dirs.has(real)) return undefined;
      const children = new Set<string>();
      for (const entry of [...files.keys(), ...dirs, ...links.keys()]) {
        if (entry !== real && posix.dirname(entry) === real) children.add(posix.basename(entry));
      }
      return [...children].sort();
    },
  };
}
