// A long script whose statements share one effect on one resource keeps a few findings and a count,
// not one finding per statement (10⁵ statements the parser was not loaded for held 10⁵ findings),
// and the refusal is the same: same rule, same resource, and the count is shown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyArgv, indexPacks } from '../../../../src/core/classify.js';
import { exampleContext } from '../../../../src/core/example-context.js';
import { parsePsqlArgs } from '../../../../src/core/tools/psql/parse-psql-args.js';
import { parseMysqlArgs } from '../../../../src/core/tools/mysql/parse-mysql-args.js';
import { parseMongoshArgs } from '../../../../src/core/tools/mongosh/parse-mongosh-args.js';
import { analyseLexically } from '../../../../src/core/tools/sql/analyse-lexical.js';
import { SAME_EFFECT_KEPT } from '../../../../src/core/tools/sql/bounded-effects.js';
import { loadSqlParser } from '../../../../src/io/load-sql-parser.js';
import { builtinPacks } from '../../../../rules/index.js';

const sqlParser = await loadSqlParser();
const index = indexPacks(builtinPacks);
const N = 20_000;
const lines = (n: number, line: (i: number) => string): string => Array.from({ length: n }, (_, i) => line(i)).join('');

test('psql: 20,000 statements the parser is not loaded for keep 3 findings, the last counting the rest', () => {
  const notLoaded = () => ({ ok: false as const, message: "PostgreSQL's parser is not loaded" });
  const stdin = lines(N, (i) => `UPDATE t SET a = 1 WHERE id = ${i};\n`);
  const { effects } = parsePsqlArgs(['-h', 'db.internal', 'app'], {
    ...exampleContext({ argv: [], stdin }),
    sqlParser: notLoaded,
  });
  assert.equal(effects.length, SAME_EFFECT_KEPT);
  assert.ok(effects.every((e) => e.kind === 'unparseable'));
  assert.match(
    effects.at(-1)?.details.at(-1) ?? '',
    new RegExp(`^and ${N - SAME_EFFECT_KEPT} more statements with the same effect after it$`),
  );
});

test('psql: 20,000 DELETEs of every row of one table: one resource to confirm, three places and a count', () => {
  const argv = ['psql', '-h', 'db.internal', 'app'];
  const stdin = lines(N, () => 'DELETE FROM orders;\n');
  const { effects } = parsePsqlArgs(argv.slice(1), { ...exampleContext({ argv: [], stdin }), sqlParser });
  assert.deepEqual(
    effects.map((e) => `${e.kind}:${e.resource}:${e.where}`),
    ['delete-all:orders:stdin line 1', 'delete-all:orders:stdin line 2', 'delete-all:orders:stdin line 3'],
  );
  const decision = classifyArgv(argv, { ...exampleContext({ argv, stdin }), sqlParser }, index);
  assert.equal(decision.decision, 'confirm');
  assert.deepEqual(
    [...new Set(decision.findings.map((f) => `${f.rule} ${f.resource}`))],
    ['psql/delete-all-rows orders'],
  );
  assert.ok(decision.findings.some((f) => f.details.some((d) => d.includes(`and ${N - 3} more statements`))));
});

test('psql: different resources and different connections are never folded together', () => {
  const stdin = `${lines(5, () => 'DELETE FROM a;\n')}DELETE FROM b;\n\\c other prod.db.internal\n${lines(5, () => 'DELETE FROM a;\n')}`;
  const { effects } = parsePsqlArgs(['-h', 'db.internal', 'app'], {
    ...exampleContext({ argv: [], stdin }),
    sqlParser,
  });
  assert.deepEqual(
    effects.map((e) => e.resource),
    ['a', 'a', 'a', 'b', 'a', 'a', 'a'],
  );
});

test('mysql and lexical SQL (the catalogue clients): many statements with one effect keep 3 and a count', () => {
  const stdin = lines(N, () => 'TRUNCATE TABLE sessions;\n');
  const mysql = parseMysqlArgs(['shop'], exampleContext({ argv: [], stdin }), 'mysql').effects;
  assert.deepEqual(
    mysql.map((e) => `${e.kind}:${e.resource}`),
    Array(3).fill('truncate:sessions'),
  );
  const lexical = analyseLexically(stdin, 'mysql');
  assert.equal(lexical.length, 3);
  assert.match(lexical[2]?.details.at(-1) ?? '', /^and 19997 more statements/);
});

test('mongosh: many calls with one effect keep 3 and a count', () => {
  const stdin = lines(N, () => 'db.carts.deleteMany({})\n');
  const { effects } = parseMongoshArgs(['mongodb://db.internal/shop'], exampleContext({ argv: [], stdin }));
  assert.deepEqual(
    effects.map((e) => `${e.kind}:${e.resource}`),
    Array(3).fill('delete-all:shop.carts'),
  );
  assert.match(effects[2]?.detail ?? '', /\(and 19997 more calls like it after it\)$/);
});
