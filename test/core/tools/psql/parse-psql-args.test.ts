import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exampleContext } from '../../../../src/core/example-context.js';
import type { RuleExample } from '../../../../src/core/rule.js';
import { parsePsqlArgs, psqlReadsStdin } from '../../../../src/core/tools/psql/parse-psql-args.js';
import { loadSqlParser } from '../../../../src/io/load-sql-parser.js';

const sqlParser = await loadSqlParser();
const effects = (example: RuleExample): string[] =>
  parsePsqlArgs(example.argv, { ...exampleContext(example), sqlParser }).effects.map(
    (e) => `${e.where}|${e.kind}:${e.resource}`,
  );

test('every -c and -f in order, in all spellings', () => {
  const files = { '/home/user/project/a.sql': 'DROP TABLE fa;\n' };
  assert.deepEqual(
    effects({
      argv: [
        '-c',
        'DROP TABLE c1',
        '-f',
        'a.sql',
        '--command=DROP TABLE c2',
        '-tAcDROP TABLE c3',
        '--comm',
        'TRUNCATE c4',
      ],
      files,
    }),
    ['-c #1|drop:c1', '/home/user/project/a.sql line 1|drop:fa', '-c #2|drop:c2', '-c #3|drop:c3', '-c #4|truncate:c4'],
  );
});

test('-f - and no -c/-f read stdin; -c alone does not', () => {
  assert.equal(psqlReadsStdin(['-f', '-']), true);
  assert.equal(psqlReadsStdin(['app']), true);
  assert.equal(psqlReadsStdin(['-c', 'SELECT 1']), false);
  assert.equal(psqlReadsStdin(['-l']), false);
  assert.deepEqual(effects({ argv: ['-f', '-'], stdin: 'DROP TABLE s;' }), ['stdin line 1|drop:s']);
});

test('a truncated stdin view fails closed', () => {
  const ctx = { ...exampleContext({ argv: [] }), sqlParser, stdin: { text: 'SELECT 1;', truncated: true } };
  assert.deepEqual(
    parsePsqlArgs(['app'], ctx).effects.map((e) => e.kind),
    ['opaque'],
  );
});

test('\\ir resolves relative to the including file; include cycles stop', () => {
  const files = {
    '/srv/m/main.sql': '\\ir sub/x.sql\n',
    '/srv/m/sub/x.sql': 'DROP TABLE deep;\n',
    '/home/user/project/loop.sql': '\\i loop.sql\n',
  };
  assert.deepEqual(effects({ argv: ['-f', '/srv/m/main.sql'], files }), ['/srv/m/sub/x.sql line 1|drop:deep']);
  assert.equal(effects({ argv: ['-f', 'loop.sql'], files }).filter((e) => e.includes('opaque')).length, 1);
});

test('\\c switches the environment of the statements after it', () => {
  const ctx = {
    ...exampleContext({ argv: [], stdin: 'DROP TABLE a;\n\\c app postgres db.prod.internal\nDROP TABLE b;\n' }),
    sqlParser,
  };
  const parsed = parsePsqlArgs(['-h', 'localhost'], ctx);
  assert.equal(parsed.effects[0]?.environment, undefined);
  assert.equal(parsed.effects[1]?.environment?.name, 'db.prod.internal');
});

test('~/.psqlrc is noted unless -X', () => {
  const files = { '/home/user/.psqlrc': '\\set x 1\n' };
  assert.match(
    parsePsqlArgs(['-c', 'SELECT 1'], exampleContext({ argv: [], files })).notes.join('\n'),
    /\.psqlrc runs first/,
  );
  assert.doesNotMatch(
    parsePsqlArgs(['-X', '-c', 'SELECT 1'], exampleContext({ argv: [], files })).notes.join('\n'),
    /psqlrc/,
  );
});

test('positional dbname and user, and -d with a URI', () => {
  const ctx = exampleContext({ argv: [] });
  assert.equal(parsePsqlArgs(['shop', 'bob', '-h', 'h1'], ctx).notes[0], 'target: bob@h1:5432/shop');
  assert.equal(parsePsqlArgs(['-d', 'postgresql://u:pw@h2:6/d', '-h', 'ignored'], ctx).notes[0], 'target: u@h2:6/d');
});

test('a -f file larger than guard reads fails closed instead of being judged by its prefix', () => {
  const base = exampleContext({ argv: [], files: { '/home/user/project/big.sql': 'SELECT 1;\n' } });
  const fs = {
    ...base.fs,
    stat: (p: string) => ({
      ...(base.fs.stat(p) ?? { isDirectory: false, isFile: true, isSymlink: false }),
      size: 40 * 1024 * 1024,
    }),
  };
  const parsed = parsePsqlArgs(['-f', 'big.sql'], { ...base, fs, sqlParser });
  assert.deepEqual(
    parsed.effects.map((e) => e.kind),
    ['opaque'],
  );
  assert.match(parsed.effects[0]?.details.join(' ') ?? '', /larger/);
});
