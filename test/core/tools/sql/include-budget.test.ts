// Files that include files (psql \i, mysql source, mongosh load()) are judged in bounded work:
// a repeat in the same state is judged once, a cycle and a blown budget fail closed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exampleContext } from '../../../../src/core/example-context.js';
import type { RuleExample } from '../../../../src/core/rule.js';
import { parsePsqlArgs } from '../../../../src/core/tools/psql/parse-psql-args.js';
import { parseMysqlArgs } from '../../../../src/core/tools/mysql/parse-mysql-args.js';
import { parseMongoshArgs } from '../../../../src/core/tools/mongosh/parse-mongosh-args.js';
import { INCLUDE_LIMITS } from '../../../../src/core/tools/sql/include-budget.js';
import { loadSqlParser } from '../../../../src/io/load-sql-parser.js';
import { isNearLinear, measureGrowth, timeOf } from '../../../helpers/growth.js';

const sqlParser = await loadSqlParser();
const P = '/home/user/project';
const psql = (example: RuleExample): string[] =>
  parsePsqlArgs(example.argv, { ...exampleContext(example), sqlParser }).effects.map((e) => `${e.kind}:${e.resource}`);
const mysql = (example: RuleExample): string[] =>
  parseMysqlArgs(example.argv, exampleContext(example), 'mysql').effects.map((e) => `${e.kind}:${e.resource}`);
const mongosh = (example: RuleExample): string[] =>
  parseMongoshArgs(example.argv, exampleContext(example)).effects.map((e) => `${e.kind}:${e.resource}`);

const unique = (found: string[]): string[] => [...new Set(found)];

/** Level i includes level i+1 `fan` times; the last level holds `last`. */
function fanOut(
  count: number,
  fan: number,
  line: (next: string) => string,
  name: (i: number) => string,
  last: string,
): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) files[`${P}/${name(i)}`] = line(name(i + 1)).repeat(fan);
  files[`${P}/${name(count)}`] = last;
  return files;
}

test("the issue's 4-line self-including files are a cycle, reported at once (psql, mysql, mongosh)", () => {
  const cpu = timeOf(() => {
    assert.deepEqual(
      unique(
        psql({
          argv: ['-f', 'inc.sql'],
          files: { [`${P}/inc.sql`]: '\\i inc.sql\n\\i inc.sql\n\\i inc.sql\nSELECT 1;\n' },
        }),
      ),
      [`opaque:${P}/inc.sql`],
    );
    assert.deepEqual(
      unique(
        mysql({
          argv: ['shop'],
          stdin: 'source inc.my\n',
          files: { [`${P}/inc.my`]: 'source inc.my\nsource inc.my\nsource inc.my\nSELECT 1;\n' },
        }),
      ),
      [`opaque:${P}/inc.my`],
    );
    assert.deepEqual(
      unique(
        mongosh({
          argv: ['shop', 'inc.js'],
          files: { [`${P}/inc.js`]: 'load("inc.js")\nload("inc.js")\nload("inc.js")\ndb.x.find()\n' },
        }),
      ),
      [`opaque:${P}/inc.js`],
    );
  }, 1);
  assert.ok(cpu < 5000, `${cpu} ms`); // was ~107 s and 4.2 GiB for psql alone
});

test('a fan-out of 2 per level, 15 levels deep, still finds the DROP at the bottom, once', () => {
  const pg = fanOut(
    15,
    2,
    (n) => `\\i ${n}\n`,
    (i) => `l${i}.sql`,
    'DROP TABLE deep;\n',
  );
  assert.deepEqual(psql({ argv: ['-f', 'l0.sql'], files: pg }), ['drop:deep']);
  const my = fanOut(
    15,
    2,
    (n) => `source ${n}\n`,
    (i) => `l${i}.sql`,
    'DROP TABLE deep;\n',
  );
  assert.deepEqual(mysql({ argv: ['shop'], stdin: 'source l0.sql\n', files: my }), ['drop:deep']);
  const js = fanOut(
    15,
    2,
    (n) => `load("${n}")\n`,
    (i) => `l${i}.js`,
    'db.users.drop()\n',
  );
  assert.equal(mongosh({ argv: ['shop', 'l0.js'], files: js }).length, 1);
});

test('a repeat in another psql state is judged again: a variable set in between changes what it runs', () => {
  const files = { [`${P}/v.sql`]: 'DROP TABLE :t;\n' };
  const found = psql({
    argv: ['-f', 'main.sql'],
    files: { ...files, [`${P}/main.sql`]: '\\set t a\n\\i v.sql\n\\set t b\n\\i v.sql\n\\set t a\n\\i v.sql\n' },
  });
  assert.deepEqual(found, ['drop:a', 'drop:b']);
});

test('past the include budget the rest is unread and fails closed', () => {
  const count = INCLUDE_LIMITS.readings + 5;
  const files: Record<string, string> = {
    [`${P}/main.sql`]: Array.from({ length: count }, (_, i) => `\\i f${i}.sql\n`).join(''),
  };
  for (let i = 0; i < count; i++) files[`${P}/f${i}.sql`] = 'SELECT 1;\n';
  const found = psql({ argv: ['-f', 'main.sql'], files });
  assert.ok(found.length > 0 && found.every((e) => e.startsWith('opaque:')), found.slice(0, 3).join(' '));
});

test('growth: distinct included files cost linear time in their number', () => {
  const make = (n: number) => {
    const files: Record<string, string> = {
      [`${P}/main.sql`]: Array.from({ length: n }, (_, i) => `\\i f${i}.sql\n`).join(''),
    };
    for (let i = 0; i < n; i++) files[`${P}/f${i}.sql`] = `UPDATE t SET a = 1 WHERE id = ${i};\n`;
    return () => psql({ argv: ['-f', 'main.sql'], files });
  };
  const g = measureGrowth('psql includes', make, 400, 0);
  assert.ok(g && isNearLinear(g), JSON.stringify(g));
});
