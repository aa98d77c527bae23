import type { FileStat, FileView } from './types.js';

/**
 * Remembers every answer of a FileView. For batch classification (`guard check --shell --stdin`),
 * where nothing runs between lines, so the filesystem guard looks at does not change.
 */
/** Answers each cache keeps before it is emptied: batches repeat commands within a few thousand lines. */
export const MAX_REMEMBERED = 10_000;

export function cachedFileView(fs: FileView): FileView {
  const text = new Map<string, string | undefined>();
  const stats = new Map<string, FileStat | undefined>();
  const real = new Map<string, string | undefined>();
  const dirs = new Map<string, string[] | undefined>();
  const memos = new Map<string, unknown>();
  const remember = <T>(cache: Map<string, T>, key: string, read: () => T): T => {
    if (cache.has(key)) return cache.get(key) as T;
    const value = read();
    // A batch of 10⁶ different lines must not remember 10⁶ answers: a full cache starts again.
    if (cache.size >= MAX_REMEMBERED) cache.clear();
    cache.set(key, value);
    return value;
  };
  return {
    readText: (path) => remember(text, path, () => fs.readText(path)),
    stat: (path) => remember(stats, path, () => fs.stat(path)),
    realpath: (path) => remember(real, path, () => fs.realpath(path)),
    readdir: (path) => remember(dirs, path, () => fs.readdir(path)),
    memo: <T>(key: string, compute: () => T): T => remember(memos, key, compute) as T,
    forgetDerived: () => memos.clear(),
  };
}

/** A value derived from the files: computed once per batch on a snapshot view, every time on a live one. */
export function derived<T>(fs: FileView, key: string, compute: () => T): T {
  return fs.memo ? fs.memo(key, compute) : compute();
}
