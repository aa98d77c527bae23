import { existsSync, lstatSync, readdirSync, realpathSync } from 'node:fs';
import type { FileView } from '../core/types.js';
import { readRegularFile } from './read-regular-file.js';

const MAX_READ = 16 * 1024 * 1024;

/** The real filesystem, read-only, never throwing: unreadable reads as absent. */
export function nodeFiles(): FileView {
  return {
    readText(path) {
      // existsSync first: a missing file (most of the config files guard looks for) costs no exception.
      if (!existsSync(path)) return undefined;
      try {
        // A FIFO or device named on a command line must not hang the judgement: it reads as unreadable.
        return readRegularFile(path, MAX_READ).toString('utf8');
      } catch {
        return undefined;
      }
    },
    stat(path) {
      try {
        // A missing path is the common answer: no exception built for it (that costs more than the call).
        const s = lstatSync(path, { throwIfNoEntry: false });
        if (s === undefined) return undefined;
        if (s.isSymbolicLink()) return { isDirectory: false, isFile: false, isSymlink: true };
        return { isDirectory: s.isDirectory(), isFile: s.isFile(), isSymlink: false, size: s.size };
      } catch {
        return undefined;
      }
    },
    realpath(path) {
      if (!existsSync(path)) return undefined;
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
