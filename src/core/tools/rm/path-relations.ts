import { posix } from 'node:path';

/** True when `path` is `parent` or lies below it (both absolute and normalised). */
export function isWithinOrSame(path: string, parent: string): boolean {
  if (path === parent) return true;
  const prefix = parent.endsWith('/') ? parent : `${parent}/`;
  return path.startsWith(prefix);
}

/** True when `path` lies strictly below `parent`. */
export function isStrictlyWithin(path: string, parent: string): boolean {
  return path !== parent && isWithinOrSame(path, parent);
}

/** `path` itself and every directory above it, up to `/`, nearest first. */
export function selfAndAncestors(path: string): string[] {
  const out = [path];
  for (let p = path; p !== '/';) {
    p = posix.dirname(p);
    out.push(p);
  }
  return out;
}

/** How many components deep a normalised absolute path is: `/` 0, `/usr` 1, `/usr/lib` 2. */
export function depthOf(path: string): number {
  return path === '/' ? 0 : path.split('/').length - 1;
}
