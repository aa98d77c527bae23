// find's expression walked on a fixture tree: the selection is what find selects, or a superset of it
// when a test is not evaluated; never a subset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exampleContext } from '../../../../src/core/example-context.js';
import { walkFind } from '../../../../src/core/tools/find/walk-find.js';

const P = '/home/user/project';
const files = {
  [`${P}/storage/app.db`]: 'SQLite format 3\u0000',
  [`${P}/storage/cache/x.db`]: 'SQLite format 3\u0000',
  [`${P}/src/a.pyc`]: 'x',
  [`${P}/src/a.py`]: 'x',
  [`${P}/src/deep/b.pyc`]: 'x',
  [`${P}/node_modules/m/c.pyc`]: 'x',
};
const ctx = exampleContext({ argv: [], files });

function found(line: string): string[] | undefined {
  return walkFind(line.split(' '), ctx)
    ?.paths.map((p) => p.path.replace(`${P}/`, ''))
    .sort();
}

test('names, types, depth and boolean structure select what find selects', () => {
  assert.deepEqual(found('storage -name *.db'), ['storage/app.db', 'storage/cache/x.db']);
  assert.deepEqual(found('storage -maxdepth 1 -name *.db'), ['storage/app.db']);
  assert.deepEqual(found('storage -mindepth 2 -type f'), ['storage/cache/x.db']);
  assert.deepEqual(found('. -name *.pyc -not -path */node_modules/* -delete'), ['src/a.pyc', 'src/deep/b.pyc']);
  assert.deepEqual(found('src ( -name *.py -o -name *.pyc ) -type f'), ['src/a.py', 'src/a.pyc', 'src/deep/b.pyc']);
  assert.deepEqual(found('src -iname *.PYC'), ['src/a.pyc', 'src/deep/b.pyc']);
  assert.deepEqual(found('storage -type d'), ['storage', 'storage/cache']);
});

test('tests guard does not evaluate never narrow the selection', () => {
  assert.deepEqual(found('storage -name *.db -mtime +30 -size +1k'), ['storage/app.db', 'storage/cache/x.db']);
  assert.deepEqual(found('storage -name *.db ! -newer src/a.py'), ['storage/app.db', 'storage/cache/x.db']);
  assert.deepEqual(found('storage -path */cache -prune -o -name *.db -print'), [
    'storage/app.db',
    'storage/cache',
    'storage/cache/x.db',
  ]);
});

test('what guard cannot read is no answer, not an empty one', () => {
  assert.equal(found('storage ( -name *.db'), undefined);
  assert.equal(found('storage -maxdepth x'), undefined);
  assert.deepEqual(found('missing -name *.db'), []);
});
