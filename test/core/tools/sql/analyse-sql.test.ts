// Every destructive statement kind through the real PostgreSQL parser, with benign look-alikes;
// the lexical fallback is held to the same table wherever it claims to understand the statement.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analysePgTree } from '../../../../src/core/tools/sql/analyse-pg-tree.js';
import { analyseLexically } from '../../../../src/core/tools/sql/analyse-lexical.js';
import { loadSqlParser } from '../../../../src/io/load-sql-parser.js';

const parse = await loadSqlParser();

function viaParser(sql: string): string[] {
  const outcome = parse(sql);
  if (!outcome.ok) return [`unparseable`];
  return analysePgTree(outcome.tree).map((e) => `${e.kind}:${e.resource}`);
}

function viaLexer(sql: string): string[] {
  return analyseLexically(sql, 'postgres').map((e) => `${e.kind}:${e.resource}`);
}

// [sql, effects expected from both analyses]
const BOTH: [string, string[]][] = [
  ['DROP TABLE users', ['drop:users']],
  ['DROP TABLE IF EXISTS public.a, b CASCADE', ['drop:public.a', 'drop:b']],
  ['drop schema billing cascade', ['drop:billing']],
  ['DROP DATABASE shop WITH (FORCE)', ['drop:shop']],
  ['DROP VIEW v', ['drop:v']],
  ['DROP MATERIALIZED VIEW mv', ['drop:mv']],
  ['DROP INDEX CONCURRENTLY idx', ['drop:idx']],
  ['DROP SEQUENCE s', ['drop:s']],
  ['DROP EXTENSION postgis', ['drop:postgis']],
  ['DROP ROLE bob', ['drop:bob']],
  ['DROP TABLESPACE fast', ['drop:fast']],
  ['DROP OWNED BY bob', ['drop:owned-by:bob']],
  ['TRUNCATE a, ONLY b RESTART IDENTITY CASCADE', ['truncate:a', 'truncate:b']],
  ['TRUNCATE TABLE audit.events', ['truncate:audit.events']],
  ['DELETE FROM s.t', ['delete-all:s.t']],
  ['DELETE FROM t WHERE 1=1', ['delete-all:t']],
  ['DELETE FROM t WHERE true', ['delete-all:t']],
  ['DELETE FROM t WHERE id = id', ['delete-all:t']],
  ['DELETE FROM t WHERE id = 1', []],
  ['DELETE FROM t WHERE id = 1 OR true', ['delete-all:t']],
  ['UPDATE t SET a = 1', ['update-all:t']],
  ['UPDATE t SET a = 1 WHERE TRUE', ['update-all:t']],
  ['UPDATE t SET a = 1 WHERE id = 7', []],
  ['ALTER TABLE t DROP COLUMN c', ['alter-drop:t.c']],
  ['ALTER TABLE t DROP CONSTRAINT k', ['alter-drop:t.k']],
  ['ALTER TABLE t ALTER COLUMN c DROP NOT NULL', []],
  ['ALTER TABLE t ALTER COLUMN c DROP DEFAULT', []],
  ['WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d', ['delete-all:t']],
  ['WITH d AS (DELETE FROM t WHERE id < 5 RETURNING *) SELECT * FROM d', []],
  ['MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE', ['delete-all:t']],
  ['MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET v = s.v', []],
  ['SELECT pg_terminate_backend(pid) FROM pg_stat_activity', ['admin-function:pg_terminate_backend']],
  ['SELECT pg_cancel_backend(42)', ['admin-function:pg_cancel_backend']],
  ["SELECT pg_drop_replication_slot('s')", ['admin-function:pg_drop_replication_slot']],
  ["SELECT dblink_exec('conn', 'DROP TABLE x')", ['opaque:dblink_exec']],
  ['DO $$ BEGIN NULL; END $$', ['opaque:DO-block']],
  // benign look-alikes
  ["SELECT 'drop table x'", []],
  ['-- drop table x\nSELECT 1', []],
  ['/* DELETE FROM t */ SELECT 1', []],
  ['SELECT $$DROP TABLE t$$', []],
  ['SELECT $tag$ TRUNCATE t $tag$', []],
  ['SELECT "drop table" FROM "delete"', []],
  ["SELECT E'it\\'s DROP TABLE t'", []],
  ['CREATE TABLE drop_me (id int)', []],
  ['SELECT * FROM jobs FOR UPDATE', []],
  ['INSERT INTO t VALUES (1) ON CONFLICT (id) DO UPDATE SET id = 1', []],
  ['ALTER TABLE o ADD FOREIGN KEY (u) REFERENCES users ON DELETE CASCADE', []],
  ['GRANT DELETE ON t TO bob', []],
  ['SELECT trunc(1.5), pg_stat_activity.pid FROM pg_stat_activity', []],
];

for (const [sql, expected] of BOTH) {
  test(`parser: ${JSON.stringify(sql)} → ${expected.join(', ') || 'benign'}`, () => {
    assert.deepEqual(viaParser(sql), expected);
  });
  test(`lexical fallback: ${JSON.stringify(sql)} → ${expected.join(', ') || 'benign'}`, () => {
    assert.deepEqual(viaLexer(sql), expected);
  });
}

test('parser: every DROP kind is a drop, whatever the object', () => {
  for (const sql of [
    'DROP FUNCTION f(int)',
    'DROP TRIGGER tr ON t',
    'DROP POLICY p ON t',
    'DROP TYPE mood',
    'DROP SUBSCRIPTION sub',
    'DROP SERVER s',
    'DROP PUBLICATION p',
    'DROP CAST (int AS text)',
  ]) {
    const effects = viaParser(sql);
    assert.equal(effects.length, 1, sql);
    assert.match(effects[0] as string, /^drop:/, sql);
  }
});

test('parser: CASCADE is reported as widening', () => {
  const outcome = parse('DROP SCHEMA s CASCADE');
  assert.ok(outcome.ok);
  const [effect] = analysePgTree(outcome.tree);
  assert.ok(effect?.details.some((d) => /CASCADE/.test(d)));
});

test('parser: rejected input comes back with the parser message and position', () => {
  const outcome = parse('SELEC 1');
  assert.equal(outcome.ok, false);
  assert.ok(!outcome.ok && /syntax error at or near "SELEC"/.test(outcome.message));
  assert.ok(!outcome.ok && outcome.position === 0);
});

test('multiple statements in one request are all analysed (parser and lexical)', () => {
  assert.deepEqual(viaParser('SELECT 1; DROP TABLE a; DELETE FROM b'), ['drop:a', 'delete-all:b']);
  assert.deepEqual(viaLexer('SELECT 1; DROP TABLE a; DELETE FROM b'), ['drop:a', 'delete-all:b']);
  assert.deepEqual(viaLexer("SELECT ';'; TRUNCATE c"), ['truncate:c']);
});
