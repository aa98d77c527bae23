import { posix } from 'node:path';

/** Top-level directories of Linux (FHS) and macOS whose loss breaks the machine or other users. */
export const SYSTEM_DIRECTORIES: readonly string[] = [
  'bin',
  'boot',
  'dev',
  'etc',
  'home',
  'lib',
  'lib32',
  'lib64',
  'libx32',
  'media',
  'mnt',
  'nix',
  'opt',
  'proc',
  'root',
  'run',
  'sbin',
  'snap',
  'srv',
  'sys',
  'usr',
  'var',
  'Applications',
  'Library',
  'System',
  'Users',
  'Volumes',
  'cores',
  'private',
];

/** `/` or a top-level system directory. */
export function isSystemRoot(path: string): boolean {
  return path === '/' || (posix.dirname(path) === '/' && SYSTEM_DIRECTORIES.includes(posix.basename(path)));
}

/** `/`, a top-level system directory, or a direct child of one (`/usr/lib`, `/etc/ssl`, `/home/alice`). */
export function isSystemPath(path: string): boolean {
  return isSystemRoot(path) || (path !== '/' && isSystemRoot(posix.dirname(path)) && posix.dirname(path) !== '/');
}
