import { lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import type { FileView } from '../core/types.js';

const MAX_READ = 16 * 1024 * 1024;

/** The real filesystem, read-only, never throwing: unreadable reads as absent. */
export function nodeFiles(): FileView {
  return {
    readText(path) {
      try {
        const buffer = readFileSync(path);
        return buffer.length > MAX_READ ? buffer.subarray(0, MAX_READ).toString('utf8') : buffer.toString('utf8');
      } catch {
        return undefined;
      }
    },
    stat(path) {
      try {
        const s = lstatSync(path);
        if (s.isSymbolicLink()) return { isDirectory: false, isFile: false, isSymlink: true };
        return { isDirectory: s.isDirectory(), isFile: s.isFile(), isSymlink: false, size: s.size };
      } catch {
        return undefined;
      }
    },
    realpath(path) {
      try {
        return realpathSync(path);
      } catch {
        return undefined;
      }
    },
    readdir(path) {
      try {
        return readdirSync(path);
      } catch {
        return undefined;
      }
    },
  };
}
