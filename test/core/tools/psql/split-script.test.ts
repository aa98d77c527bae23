import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitScript } from '../../../../src/core/tools/psql/split-script.js';

const kinds = (src: string, vars?: Map<string, string>): string[] =>
  splitScript(src, vars ? { variables: vars } : {}).map((i) =>
    i.kind === 'sql' ? `sql:${i.text}` : `meta:${i.command}${i.args.length ? ` ${i.args.join('|')}` : ''}`,
  );

test('statements end at semicolons outside quotes, comments and parentheses', () => {
  assert.deepEqual(kinds("SELECT ';'; SELECT $$a;b$$;\n-- x; y\nSELECT (1;2)"), [
    "sql:SELECT ';';",
    'sql:SELECT $$a;b$$;',
    'sql:-- x; y\nSELECT (1;2)',
  ]);
});

test('backslash commands run to the end of the line and keep the query buffer', () => {
  assert.deepEqual(kinds('SELECT 1 \\gexec\n\\set x 5\nSELECT 2;'), [
    'sql:SELECT 1',
    'meta:gexec',
    'meta:set x|5',
    'sql:SELECT 2;',
  ]);
  assert.deepEqual(kinds('\\echo a \\\\ \\i f.sql'), ['meta:echo a', 'meta:i f.sql']);
});

test('a backslash inside a string, identifier or comment is not a command', () => {
  assert.deepEqual(kinds('SELECT \'\\gexec\', "\\!" /* \\! rm */;'), ['sql:SELECT \'\\gexec\', "\\!" /* \\! rm */;']);
});

test('COPY FROM STDIN data is skipped up to \\. and never read as SQL', () => {
  assert.deepEqual(kinds('COPY t FROM STDIN;\nDROP TABLE x;\n\\gexec\n\\.\nSELECT 1;\n'), [
    'sql:COPY t FROM STDIN;',
    'sql:SELECT 1;',
  ]);
  assert.deepEqual(kinds('\\copy t from stdin\n\\! rm -rf /\n\\.\nSELECT 2;'), [
    'meta:copy t|from|stdin',
    'sql:SELECT 2;',
  ]);
  assert.deepEqual(kinds('COPY t FROM STDIN (FORMAT binary);\nPGCOPY\nDROP TABLE x;'), [
    'sql:COPY t FROM STDIN (FORMAT binary);',
  ]);
});

test('COPY TO STDOUT is an ordinary statement', () => {
  assert.deepEqual(kinds('COPY t TO STDOUT;\nDROP TABLE x;'), ['sql:COPY t TO STDOUT;', 'sql:DROP TABLE x;']);
});

test(':var, :\'var\' and :"var" are interpolated from -v and \\set', () => {
  assert.deepEqual(
    kinds(
      'DROP TABLE :"t"; SELECT :\'v\', :n;',
      new Map([
        ['t', 'a b'],
        ['v', "it's"],
        ['n', '1'],
      ]),
    ),
    ['sql:DROP TABLE "a b";', "sql:SELECT 'it''s', 1;"],
  );
  assert.deepEqual(kinds('\\set t users\nDROP TABLE :t;'), ['meta:set t|users', 'sql:DROP TABLE users;']);
  assert.deepEqual(kinds('SELECT 1::int;'), ['sql:SELECT 1::int;']);
});

test('\\q stops the script; \\r discards the buffer', () => {
  assert.deepEqual(kinds('SELECT 1;\n\\q\nDROP TABLE x;'), ['sql:SELECT 1;', 'meta:q']);
  assert.deepEqual(kinds('DROP TABLE x\n\\r\nSELECT 1;'), ['meta:r', 'sql:SELECT 1;']);
});

test('line numbers point at the statement', () => {
  const items = splitScript('SELECT 1;\n\nDROP TABLE x;\n');
  assert.equal(items[1]?.line, 3);
});
