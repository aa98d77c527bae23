import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitMysql } from '../../../../src/core/tools/mysql/split-mysql.js';
import { analyseLexically } from '../../../../src/core/tools/sql/analyse-lexical.js';

const items = (src: string): string[] => splitMysql(src).map((i) => (i.kind === 'sql' ? i.text : `source ${i.file}`));

test('statements split at ;, \\g and \\G, never inside quotes or comments', () => {
  assert.deepEqual(items('SELECT \';\' # ; \n; SELECT `a;b`\\G SELECT "x\\";"\\g'), [
    "SELECT ';' # ;",
    'SELECT `a;b`',
    'SELECT "x\\";"',
  ]);
});

test('DELIMITER changes the terminator (procedure bodies stay whole)', () => {
  assert.deepEqual(items('DELIMITER //\nCREATE PROCEDURE p() BEGIN DELETE FROM t; END//\nDELIMITER ;\nSELECT 1;'), [
    'CREATE PROCEDURE p() BEGIN DELETE FROM t; END',
    'SELECT 1',
  ]);
});

test('source and \\. at the start of a statement name files', () => {
  assert.deepEqual(items('source a.sql\n\\. b.sql\nSELECT 1;'), ['source a.sql', 'source b.sql', 'SELECT 1']);
});

test('MySQL lexical rules: # comments, backslash escapes, backticks, WHERE 1', () => {
  assert.deepEqual(analyseLexically("SELECT 'it\\'s DROP TABLE x' # DROP TABLE y", 'mysql'), []);
  assert.deepEqual(
    analyseLexically('DROP TABLE `odd name`', 'mysql').map((e) => e.resource),
    ['odd name'],
  );
  assert.deepEqual(
    analyseLexically('DELETE FROM t WHERE 1', 'mysql').map((e) => e.kind),
    ['delete-all'],
  );
  assert.deepEqual(
    analyseLexically('DROP INDEX idx ON t', 'mysql').map((e) => e.resource),
    ['t.idx'],
  );
  assert.deepEqual(
    analyseLexically('DROP TABLE user', 'mysql').map((e) => e.resource),
    ['user'],
  );
});
