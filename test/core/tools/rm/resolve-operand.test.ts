import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exampleContext } from '../../../../src/core/example-context.js';
import { resolveOperand } from '../../../../src/core/tools/rm/resolve-operand.js';

const ctx = exampleContext({
  argv: ['rm'],
  dirs: ['/opt/app/cache', '/data/real'],
  links: {
    '/home/user/project/cache': '/opt/app/cache',
    '/home/user/project/linked': '/data/real',
    '/data/alias': '/data/real',
  },
});

test('relative, .., // and trailing slashes normalise against cwd', () => {
  assert.equal(resolveOperand('build/../dist', ctx).path, '/home/user/project/dist');
  assert.equal(resolveOperand('//usr///lib/', ctx).path, '/usr/lib');
  assert.equal(resolveOperand('.', ctx).path, '/home/user/project');
  assert.equal(resolveOperand('../..', ctx).path, '/home');
  assert.equal(resolveOperand('/', ctx).path, '/');
});

test('a literal ~ or ~/x is read as HOME, and marked', () => {
  assert.deepEqual(resolveOperand('~', ctx), { operand: '~', tilde: true, path: '/home/user', display: '/home/user' });
  assert.equal(resolveOperand('~/project', ctx).path, '/home/user/project');
  assert.equal(resolveOperand('~other', ctx).path, '/home/user/project/~other');
});

test('a symlink without trailing slash is the link; with it, the target', () => {
  assert.deepEqual(resolveOperand('cache', ctx), {
    operand: 'cache',
    path: '/home/user/project/cache',
    display: '/home/user/project/cache',
    symlink: { followed: false },
  });
  assert.deepEqual(resolveOperand('cache/', ctx), {
    operand: 'cache/',
    path: '/opt/app/cache',
    display: '/opt/app/cache',
    symlink: { followed: true },
  });
});

test('symlinks in parent components are resolved', () => {
  assert.equal(resolveOperand('linked/sub', ctx).path, '/data/real/sub');
  assert.equal(resolveOperand('/data/alias', ctx).path, '/data/alias');
});

test('a literal trailing * stands for the whole directory', () => {
  assert.deepEqual(resolveOperand('/*', ctx), {
    operand: '/*',
    path: '/',
    display: '/*',
    wholeDirectory: 'literal-glob',
  });
  assert.equal(resolveOperand('*', ctx).display, '/home/user/project/*');
  assert.equal(resolveOperand('~/*', ctx).display, '/home/user/*');
  assert.equal(resolveOperand('./*', ctx).path, '/home/user/project');
  assert.equal(resolveOperand('*.log', ctx).wholeDirectory, undefined);
  assert.equal(resolveOperand('/*/', ctx).display, '/*');
  assert.equal(resolveOperand('~/*//', ctx).display, '/home/user/*');
});
