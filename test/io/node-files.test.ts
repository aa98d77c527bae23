// The real filesystem as the core sees it: never throwing, a missing path is simply absent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeFiles } from '../../src/io/node-files.js';

test('files, directories, symlinks (dangling too) and missing paths', () => {
  const dir = mkdtempSync(join(tmpdir(), 'guard-node-files-'));
  try {
    const fs = nodeFiles();
    writeFileSync(join(dir, 'a.txt'), 'hello');
    mkdirSync(join(dir, 'sub'));
    symlinkSync(join(dir, 'sub'), join(dir, 'link'));
    symlinkSync(join(dir, 'gone'), join(dir, 'dangling'));
    assert.equal(fs.readText(join(dir, 'a.txt')), 'hello');
    assert.deepEqual(fs.stat(join(dir, 'a.txt')), { isDirectory: false, isFile: true, isSymlink: false, size: 5 });
    assert.equal(fs.stat(join(dir, 'sub'))?.isDirectory, true);
    assert.equal(fs.stat(join(dir, 'link'))?.isSymlink, true);
    assert.equal(fs.stat(join(dir, 'dangling'))?.isSymlink, true);
    assert.equal(fs.realpath(join(dir, 'link')), join(dir, 'sub'));
    for (const missing of [join(dir, 'missing'), join(dir, 'a.txt', 'below-a-file'), join(dir, 'dangling')]) {
      assert.equal(fs.readText(missing), undefined, missing);
      assert.equal(fs.realpath(missing), undefined, missing);
    }
    assert.equal(fs.stat(join(dir, 'missing')), undefined);
    assert.equal(fs.stat(join(dir, 'a.txt', 'below-a-file')), undefined);
    assert.equal(fs.readText(join(dir, 'sub')), undefined);
    assert.deepEqual(fs.readdir(join(dir, 'sub')), []);
    assert.equal(fs.readdir(join(dir, 'missing')), undefined);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
