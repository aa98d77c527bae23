import { posix } from 'node:path';
import type { FileView } from '../../types.js';
import { selfAndAncestors } from './path-relations.js';

const SQLITE_HEADER = 'SQLite format 3\u0000';
/** Files whose presence marks a database data directory (PostgreSQL, MySQL/MariaDB). */
const DATA_DIR_MARKERS = ['PG_VERSION', 'ibdata1'];
/** SQLite databases and their write-ahead logs; `.db` needs the SQLite header when readable. */
const SQLITE_NAME = /\.(sqlite3?|db)(-wal|-journal)?$/;
/** Redis persistence: RDB snapshots and the append-only file or directory. */
const REDIS_NAME = /(\.rdb|\.aof|^appendonlydir)$/;

/**
 * Why a single file name looks like database data, or undefined. A readable `*.db` without the SQLite
 * header is not a database guard knows; an unreadable one counts (fail closed).
 */
export function describeDataFile(path: string, fs: FileView): string | undefined {
  const name = posix.basename(path);
  if (REDIS_NAME.test(name)) return `${name} is Redis persistence data`;
  const sqlite = SQLITE_NAME.exec(name);
  if (!sqlite) return undefined;
  if (sqlite[1] === 'db' && sqlite[2] === undefined) {
    const text = fs.stat(path)?.isFile ? fs.readText(path) : undefined;
    if (text !== undefined && !text.startsWith(SQLITE_HEADER)) return undefined;
    return text === undefined
      ? `${name} may be a SQLite database (could not read its header)`
      : `${name} is a SQLite database`;
  }
  return `${name} is a SQLite database file`;
}

/** The nearest directory at or above `path` that holds a data-directory marker (PG_VERSION, ibdata1). */
export function findDataDirectoryAbove(
  path: string,
  fs: FileView,
  cache: Map<string, string | undefined>,
): string | undefined {
  for (const dir of selfAndAncestors(path)) {
    // Nothing is inside a path that does not exist (rm -f of a missing file): no marker to look for.
    if (dir === path && fs.stat(dir) === undefined) continue;
    if (!cache.has(dir))
      cache.set(
        dir,
        DATA_DIR_MARKERS.map((m) => posix.join(dir, m)).find((m) => fs.stat(m)?.isFile),
      );
    const marker = cache.get(dir);
    if (marker) return marker;
  }
  return undefined;
}

export interface ScanLimits {
  maxDepth: number;
  maxEntries: number;
}

/** Directories never worth descending into for databases (large, and regenerated). */
export const SKIPPED_DIRS: ReadonlySet<string> = new Set(['node_modules', '.git', '.venv', 'target', '.cache']);

/**
 * A bounded breadth-first look inside a directory rm -r would remove, for data-directory markers and
 * database files. Stops at the limits (the finding is then left to the other rules), so a huge tree
 * costs at most `maxEntries` stats.
 */
export function findDataInside(dir: string, fs: FileView, limits: ScanLimits): string | undefined {
  let frontier = [dir];
  let seen = 0;
  for (let depth = 0; depth <= limits.maxDepth && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const current of frontier) {
      for (const name of fs.readdir(current) ?? []) {
        if (++seen > limits.maxEntries) return undefined;
        const child = posix.join(current, name);
        if (DATA_DIR_MARKERS.includes(name)) return `${child} marks a database data directory`;
        const stat = fs.stat(child);
        if (stat?.isDirectory && !SKIPPED_DIRS.has(name)) next.push(child);
        else if (stat?.isFile) {
          const data = describeDataFile(child, fs);
          if (data) return `${child}: ${data}`;
        }
      }
    }
    frontier = next;
  }
  return undefined;
}
