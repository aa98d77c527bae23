import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gitToplevel } from '../../../src/core/tools/git/git-toplevel.js';
import { builtinPacks } from '../../../rules/index.js';
import { classifyArgv, indexPacks } from '../../../src/core/classify.js';
import { exampleContext } from '../../../src/core/example-context.js';
import { remoteHost } from '../../../src/core/tools/rsync/parse-rsync.js';
import { emptiesFile } from '../../../src/core/tools/truncate/truncate-size.js';

test('gitToplevel finds the directory holding .git, upward', () => {
  const ctx = exampleContext({ argv: ['x'], dirs: ['/home/user/project/src/deep'] });
  assert.equal(gitToplevel(ctx, '/home/user/project/src/deep'), '/home/user/project');
  assert.equal(gitToplevel(ctx, '/tmp'), undefined);
});

test('find judges start paths as rm -r would: cwd, HOME, system dirs, outside the project; not temp or subdirs', () => {
  const index = indexPacks(builtinPacks);
  const flagged = (argv: string[]) =>
    classifyArgv(
      argv,
      exampleContext({ argv, dirs: ['/home/user/project/src', '/tmp/x', '/home/user/other'] }),
      index,
    ).findings.map((f) => f.rule);
  for (const start of ['.', '/home/user', '/usr', '../other'])
    assert.deepEqual(flagged(['find', start, '-delete']), ['find/delete-protected-tree'], start);
  for (const start of ['src', '/tmp/x']) assert.deepEqual(flagged(['find', start, '-delete']), [], start);
});

test('rsync remoteHost and truncate emptiesFile', () => {
  assert.equal(remoteHost('user@web1:/srv'), 'web1');
  assert.equal(remoteHost('rsync://mirror/pub'), 'mirror');
  assert.equal(remoteHost('./local:dir'), undefined);
  assert.equal(remoteHost('/abs/path'), undefined);
  for (const s of ['0', '0K', '<0', '00']) assert.ok(emptiesFile(s), s);
  for (const s of ['10', '+0', '1G', '-5']) assert.ok(!emptiesFile(s), s);
});
