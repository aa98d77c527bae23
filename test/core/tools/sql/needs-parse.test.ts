// The lexical screen in front of PostgreSQL's parser must be sound: whatever it clears, the tree
// analysis finds nothing destructive in. (The parser may still reject a cleared text: a typo in a
// single statement that starts with SELECT and names nothing the analysis acts on destroys nothing,
// so the screen clears it instead of failing closed.) Checked on hand-picked traps, on every SQL text
// in the psql pack's examples, and on generated SQL.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analysePgTree } from '../../../../src/core/tools/sql/analyse-pg-tree.js';
import { sqlNeedsParse } from '../../../../src/core/tools/sql/needs-parse.js';
import { loadSqlParser } from '../../../../src/io/load-sql-parser.js';
import { builtinPacks } from '../../../../rules/index.js';
import { packExamples } from '../../../helpers/pack-inputs.js';

const parse = await loadSqlParser();

/** What the parser-based analysis says: effects, or that the text does not parse. */
function analysis(sql: string): string[] {
  const outcome = parse(sql);
  if (!outcome.ok) return ['unparseable'];
  return analysePgTree(outcome.tree).map((e) => `${e.kind}:${e.resource}`);
}

function assertSound(sql: string): void {
  if (!sqlNeedsParse(sql))
    assert.deepEqual(
      analysis(sql).filter((e) => e !== 'unparseable'),
      [],
      `cleared without a parse, but the parser-based analysis finds something: ${JSON.stringify(sql)}`,
    );
}

const MUST_PARSE = [
  'DROP TABLE users',
  'select 1; drop table t',
  'select 1;drop table t',
  'SELECT 1 ; DELETE FROM t',
  'with d as (delete from t returning *) select * from d',
  'WITH u AS (UPDATE t SET a = 1 RETURNING *) SELECT count(*) FROM u',
  'select pg_terminate_backend(42)',
  'SELECT PG_TERMINATE_BACKEND(pid) FROM pg_stat_activity',
  'select "pg_terminate_backend"(42)',
  'select U&"\\0070g_terminate_backend"(42)',
  'select u&"\\0070g_cancel_backend"(1)',
  "select dblink_exec('drop table t')",
  'select lo_unlink(123)',
  'select :x',
  "select :'name'",
  'DROP TABLE :tbl',
  'SELEC * FROM users',
  'selectt 1',
  'truncate t',
  'explain analyze delete from t',
  'EXPLAIN ANALYZE UPDATE t SET a = 1',
  'do $$ begin perform 1; end $$',
  "copy t to program 'rm -rf /'",
  'merge into t using s on t.id = s.id when matched then delete',
  '(select 1)',
  '-- note\nselect 1',
  '/* c */ select 1',
  'select 1 from t for update',
  'SELECT * FROM t FOR UPDATE SKIP LOCKED',
  'INSERT INTO t VALUES (1) ON CONFLICT (id) DO UPDATE SET a = 2',
  'insert into t with d as (delete from s returning *) select * from d',
  'INSERT INTO t SELECT pg_terminate_backend(pid) FROM pg_stat_activity',
  'insert into t values (:v)',
];

const CLEARED = [
  'select 1',
  'SELECT 1;',
  'select count(*) from t5',
  "SELECT * FROM documents WHERE updated_at > now() - interval '1 day'",
  'select id, dropped_at, deleted_by from audit',
  'SHOW search_path',
  'values (1), (2)',
  'table users',
  'with x as (select 1) select * from x',
  'BEGIN',
  'set statement_timeout = 5000',
  "INSERT INTO t VALUES (1, 'a'), (2, 'b')",
  'insert into orders (id, total) select id, sum(x) from lines group by id',
];

test('the screen sends every statement with an effect, a typo or a psql variable to the parser', () => {
  for (const sql of MUST_PARSE) {
    assert.equal(sqlNeedsParse(sql), true, sql);
    assertSound(sql);
  }
});

test('plain read-only statements are cleared without a parse, and the parser agrees they are harmless', () => {
  for (const sql of CLEARED) {
    assert.equal(sqlNeedsParse(sql), false, sql);
    assert.deepEqual(analysis(sql), [], sql);
  }
  // A typo in a read-only statement is cleared too (the server rejects it; it destroys nothing).
  assert.equal(sqlNeedsParse('select 1 frm t'), false);
  assert.deepEqual(analysis('select 1 frm t'), ['unparseable']);
});

test('every SQL text in the psql pack examples: whatever the screen clears, the parser clears too', () => {
  const psql = builtinPacks.find((p) => p.tool === 'psql');
  assert.ok(psql);
  let seen = 0;
  for (const { example } of packExamples(psql)) {
    const texts = [
      ...example.argv
        .filter((a, k) => example.argv[k - 1] === '-c' || a.startsWith('--command='))
        .map((a) => a.replace(/^--command=/, '')),
      ...(example.stdin ? example.stdin.split(/;\s*\n/) : []),
    ];
    for (const sql of texts) {
      seen++;
      assertSound(sql);
    }
  }
  assert.ok(seen > 20, `only ${seen} SQL texts found in the examples`);
});

test('generated SQL: whatever the screen clears, the parse-tree analysis finds nothing destructive in', () => {
  const word = fc.constantFrom(
    'select',
    'SELECT',
    'with',
    'values',
    'table',
    'show',
    'explain',
    'analyze',
    'set',
    'begin',
    'commit',
    'drop',
    'DROP',
    'truncate',
    'delete',
    'Delete',
    'update',
    'do',
    'copy',
    'program',
    'merge',
    'into',
    'then',
    'when',
    'matched',
    'from',
    'where',
    'and',
    'or',
    'not',
    'true',
    '1',
    '1=1',
    'id',
    't',
    'users',
    'documents',
    'updated_at',
    'dropped',
    'todo',
    'undo',
    'pg_terminate_backend',
    'pg_cancel_backend',
    'lo_unlink',
    'dblink_exec',
    'count(*)',
    'now()',
    'as',
    'returning',
    '*',
    'table t',
    'database d',
    'on',
    'using',
    'limit',
    'for',
    'cascade',
    'join',
  );
  const piece = fc.oneof(
    { weight: 8, arbitrary: word },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        ';',
        '(',
        ')',
        ',',
        '=',
        "'drop'",
        '"delete"',
        '$$ drop $$',
        '-- drop\n',
        '/* update */',
        ':x',
        'U&"\\0064rop"',
        '::int',
        '\n',
      ),
    },
  );
  const sqlArb = fc.array(piece, { minLength: 1, maxLength: 12 }).map((ps) => ps.join(' '));
  fc.assert(
    fc.property(sqlArb, (sql) => assertSound(sql)),
    { numRuns: 3000 },
  );
});
