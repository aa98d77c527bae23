// The rm pack against the real filesystem (node-files), in a temporary directory only: symlinks,
// readdir and SQLite headers as the OS reports them. Nothing is removed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { classifyArgv, indexPacks } from '../../src/core/classify.js';
import { defaultConfig } from '../../src/core/config-defaults.js';
import type { Context } from '../../src/core/types.js';
import { nodeFiles } from '../../src/io/node-files.js';
import { rmPack } from '../../rules/rm.js';
import { resolveOperand } from '../../src/core/tools/rm/resolve-operand.js';

const index = indexPacks([rmPack]);

function world(): { root: string; ctx: Context; done: () => void } {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'guard-rm-')));
  const home = join(root, 'home');
  const project = join(home, 'project');
  mkdirSync(join(project, '.git'), { recursive: true });
  mkdirSync(join(project, 'src'), { recursive: true });
  mkdirSync(join(project, 'dist'));
  writeFileSync(join(project, 'package.json'), '{}');
  mkdirSync(join(root, 'outside'));
  symlinkSync(join(root, 'outside'), join(project, 'out-link'));
  mkdirSync(join(project, 'pgdata'));
  writeFileSync(join(project, 'pgdata', 'PG_VERSION'), '16\n');
  writeFileSync(join(project, 'app.db'), Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(84)]));
  writeFileSync(join(project, 'text.db'), 'not a database');
  // The system temp dir holds this world, so "outside" needs its own temp directory setting.
  const ctx: Context = {
    env: { HOME: home },
    cwd: project,
    home,
    tmpdir: join(root, 'scratch'),
    hostname: 'test',
    fs: nodeFiles(),
    config: defaultConfig(),
  };
  return { root, ctx, done: () => rmSync(root, { recursive: true, force: true }) };
}

test('real symlinks: the link alone is benign; a trailing slash follows it', () => {
  const { root, ctx, done } = world();
  try {
    const check = (...args: string[]) =>
      classifyArgv(['rm', ...args], { ...ctx, tmpdir: '/nonexistent-tmp' }, index).findings.map(
        (f) => `${f.rule} ${f.resource}`,
      );
    assert.deepEqual(check('-rf', 'dist', 'out-link'), []);
    assert.deepEqual(resolveOperand('out-link/', ctx), {
      operand: 'out-link/',
      path: join(root, 'outside'),
      display: join(root, 'outside'),
      symlink: { followed: true },
    });
    assert.deepEqual(resolveOperand('out-link', ctx).symlink, { followed: false });
    assert.deepEqual(check('-rf', './*'), [`rm/current-directory ${ctx.cwd}/*`]);
  } finally {
    done();
  }
});

test('real files: PG_VERSION marker and SQLite header', () => {
  const { ctx, done } = world();
  try {
    const check = (...args: string[]) =>
      classifyArgv(['rm', ...args], ctx, index).findings.map((f) => `${f.rule} ${f.resource}`);
    assert.deepEqual(check('-rf', 'pgdata'), [`rm/protected-path ${ctx.cwd}/pgdata`]);
    assert.deepEqual(check('-f', 'app.db', 'text.db'), [`rm/protected-path ${ctx.cwd}/app.db`]);
    assert.deepEqual(check('-rf', 'src', 'dist', 'package.json'), [], 'not every entry: pgdata, app.db … remain');
  } finally {
    done();
  }
});
