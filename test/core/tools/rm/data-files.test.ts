import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoryFiles } from '../../../../src/core/memory-files.js';
import { describeDataFile, findDataDirectoryAbove, findDataInside } from '../../../../src/core/tools/rm/data-files.js';

const SQLITE = 'SQLite format 3\u0000rest';

test('SQLite names: .sqlite/.sqlite3 always, .db only with the header when readable', () => {
  const fs = memoryFiles({ files: { '/p/a.db': SQLITE, '/p/b.db': 'text', '/p/c.sqlite': '', '/p/d.db-wal': '' } });
  assert.match(describeDataFile('/p/a.db', fs) ?? '', /SQLite database/);
  assert.equal(describeDataFile('/p/b.db', fs), undefined);
  assert.match(describeDataFile('/p/c.sqlite', fs) ?? '', /SQLite/);
  assert.match(describeDataFile('/p/d.db-wal', fs) ?? '', /SQLite/);
  assert.match(describeDataFile('/p/missing.db', fs) ?? '', /could not read/);
  assert.equal(describeDataFile('/p/db.ts', fs), undefined);
});

test('Redis persistence files', () => {
  const fs = memoryFiles({});
  assert.match(describeDataFile('/x/dump.rdb', fs) ?? '', /Redis/);
  assert.match(describeDataFile('/x/appendonly.aof', fs) ?? '', /Redis/);
  assert.equal(describeDataFile('/x/dump.rdb.txt', fs), undefined);
});

test('a PG_VERSION or ibdata1 at or above the path marks a data directory', () => {
  const fs = memoryFiles({ files: { '/d/pg/PG_VERSION': '16', '/d/pg/base/1/1259': '', '/d/my/ibdata1': '' } });
  const cache = new Map<string, string | undefined>();
  assert.equal(findDataDirectoryAbove('/d/pg/base/1/1259', fs, cache), '/d/pg/PG_VERSION');
  assert.equal(findDataDirectoryAbove('/d/my', fs, cache), '/d/my/ibdata1');
  assert.equal(findDataDirectoryAbove('/d', fs, cache), undefined);
});

test('the scan below a directory is bounded by depth and entries', () => {
  const fs = memoryFiles({ files: { '/s/a/b/c/PG_VERSION': '16', '/t/1/2/3/4/x.sqlite': '' } });
  assert.match(findDataInside('/s', fs, { maxDepth: 3, maxEntries: 100 }) ?? '', /PG_VERSION/);
  assert.equal(findDataInside('/s', fs, { maxDepth: 2, maxEntries: 100 }), undefined);
  assert.equal(findDataInside('/s', fs, { maxDepth: 3, maxEntries: 2 }), undefined);
  assert.equal(findDataInside('/t', fs, { maxDepth: 3, maxEntries: 100 }), undefined);
});
