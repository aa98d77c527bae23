// The generated pre-filter, run in real shells: quoting of odd words, each condition kind, env and stdin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PrefilterSpec, RuleExample } from '../../../src/core/rule.js';
import { renderPrefilter } from '../../../src/core/shim/prefilter-script.js';
import { runPrefilter, SHELLS } from '../../helpers/run-prefilter.js';

const world = { protectedPaths: ['/srv/data', '~/vault'] };
function verdict(spec: PrefilterSpec, argv: string[], extra: Partial<RuleExample> = {}): string[] {
  return SHELLS.map((shell) =>
    runPrefilter(renderPrefilter(spec, world), { argv: ['tool', ...argv], ...extra }, shell),
  );
}
const both = (v: string): string[] => [v, v];

test('words, prefixes and suffixes are literal: quotes, spaces and glob characters in them match only themselves', () => {
  const spec = { words: ["it's", 'a*b', 'two words'], prefixes: ['$(x'], suffixes: ['.db'] };
  assert.deepEqual(verdict(spec, ["it's"]), both('full'));
  assert.deepEqual(verdict(spec, ['a*b']), both('full'));
  assert.deepEqual(verdict(spec, ['axb']), both('fast'));
  assert.deepEqual(verdict(spec, ['two words']), both('full'));
  assert.deepEqual(verdict(spec, ['two']), both('fast'));
  assert.deepEqual(verdict(spec, ['$(x)']), both('full'));
  assert.deepEqual(verdict(spec, ['app.db']), both('full'));
  assert.deepEqual(verdict(spec, ['app.dbx']), both('fast'));
});

test('short flag letters count in single-dash bundles only', () => {
  const spec = { shortFlagChars: 'rR' };
  assert.deepEqual(verdict(spec, ['-fr']), both('full'));
  assert.deepEqual(verdict(spec, ['-R']), both('full'));
  assert.deepEqual(verdict(spec, ['--force']), both('fast'));
  assert.deepEqual(verdict(spec, ['readme']), both('fast'));
});

test('envVars: set (even empty) means the full check; stdinNotTty: a pipe means the full check', () => {
  assert.deepEqual(verdict({ envVars: ['RAILWAY_TOKEN'] }, ['status'], { env: { RAILWAY_TOKEN: '' } }), both('full'));
  assert.deepEqual(verdict({ envVars: ['RAILWAY_TOKEN'] }, ['status']), both('fast'));
  assert.deepEqual(verdict({ stdinNotTty: true }, ['-c', 'select 1'], { stdin: 'DROP TABLE x;' }), both('full'));
  assert.deepEqual(verdict({ stdinNotTty: true }, ['-c', 'select 1']), both('fast'));
  assert.deepEqual(verdict({ always: true }, ['--help']), both('full'));
});

test('pathOperands: spellings guard cannot judge, and sensitive working directories', () => {
  const spec = { pathOperands: true };
  for (const arg of ['/etc', '../x', '~', '~/x', '.', './', '..', '*', 'a?', '.git', 'sub/.git', '--dir=/x'])
    assert.deepEqual(verdict(spec, [arg]), both('full'), arg);
  for (const arg of ['build', 'src/x.ts', 'file.log', '-f']) assert.deepEqual(verdict(spec, [arg]), both('fast'), arg);
  assert.deepEqual(verdict(spec, ['x'], { cwd: '/' }), both('full'));
  assert.deepEqual(verdict(spec, ['x'], { cwd: '/usr' }), both('full'));
  assert.deepEqual(verdict(spec, ['x'], { cwd: '/home/user' }), both('full'));
  assert.deepEqual(verdict(spec, ['x'], { cwd: '/home' }), both('full'));
  assert.deepEqual(verdict(spec, ['x'], { cwd: '/srv/data/pg' }), both('full'), 'inside a protected path');
  assert.deepEqual(verdict(spec, ['x'], { cwd: '/srv' }), both('full'), 'above a protected path');
  assert.deepEqual(verdict(spec, ['x'], { cwd: '/home/user/vault' }), both('full'), '~/ protected path');
  assert.deepEqual(verdict(spec, ['x'], { cwd: '/srv/other' }), both('fast'));
});

test('cwdPaths and markerFiles', () => {
  assert.deepEqual(verdict({ cwdPaths: ['/var/lib/postgresql'] }, ['x'], { cwd: '/var/lib' }), both('full'));
  assert.deepEqual(verdict({ cwdPaths: ['/var/lib/postgresql'] }, ['x'], { cwd: '/var/log' }), both('fast'));
  const files = { '/home/user/project/pg/PG_VERSION': '16\n' };
  const spec = { markerFiles: ['PG_VERSION', 'ibdata1'] };
  assert.deepEqual(verdict(spec, ['pg/base/1']), both('fast'), 'no marker, no full check');
  assert.deepEqual(verdict(spec, ['pg/base/1'], { files }), both('full'), 'a marker along the operand');
  assert.deepEqual(
    verdict(spec, ['1259'], { files, cwd: '/home/user/project/pg/base/1' }),
    both('full'),
    'a marker above the working directory',
  );
  assert.deepEqual(
    verdict(spec, ['x'], { files: { '/home/user/project/ibdata1': '' } }),
    both('full'),
    'a marker in the working directory',
  );
});
