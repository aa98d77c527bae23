// The cheap end of bench/growth.mjs: each input channel that was once quadratic or exponential,
// timed at n and 4n in CPU time, must grow near-linearly (4n may cost at most 10× n, plus noise).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exampleContext } from '../../src/core/example-context.js';
import { parsePsqlArgs } from '../../src/core/tools/psql/parse-psql-args.js';
import { parseMysqlArgs } from '../../src/core/tools/mysql/parse-mysql-args.js';
import { parseRedisArgs } from '../../src/core/tools/redis/parse-redis-args.js';
import { parseMongoshArgs } from '../../src/core/tools/mongosh/parse-mongosh-args.js';
import { analyseLexically } from '../../src/core/tools/sql/analyse-lexical.js';
import { splitScript } from '../../src/core/tools/psql/split-script.js';
import { readGraphqlBody } from '../../src/core/tools/graphql/graphql-body.js';
import { appendAudit, verifyAuditTrail } from '../../src/io/audit/audit-log.js';
import { loadSqlParser } from '../../src/io/load-sql-parser.js';
import { isNearLinear, measureGrowth, type Growth } from '../helpers/growth.js';

const sqlParser = await loadSqlParser();

function assertLinear(g: Growth | undefined): void {
  assert.ok(g, 'measured');
  assert.ok(
    isNearLinear(g),
    `${g.label}: ${g.small.toFixed(1)} ms at n, ${g.large.toFixed(1)} ms at 4n (×${g.ratio.toFixed(1)})`,
  );
}

const lines = (n: number, line: (i: number) => string): string => Array.from({ length: n }, (_, i) => line(i)).join('');

for (const [label, line] of [
  ['\\x lines', (i: number) => `\\x ${i}\n`],
  ['\\echo + SELECT lines', (i: number) => `\\echo step ${i}\nSELECT ${i};\n`],
  ['\\set lines', (i: number) => `\\set v${i % 50} ${i}\n`],
] as const) {
  test(`psql: ${label} split in linear time (was exponent 1.92)`, () => {
    assertLinear(
      measureGrowth(
        `psql ${label}`,
        (n) => {
          const text = lines(n, line);
          return () => splitScript(text);
        },
        5000,
        0,
      ),
    );
  });
}

test('psql and mysql: many statements on one line in linear time', () => {
  const ctx = (stdin: string) => ({ ...exampleContext({ argv: [], stdin }), sqlParser });
  assertLinear(
    measureGrowth(
      'psql one line',
      (n) => {
        const c = ctx(lines(n, (i) => `UPDATE t SET a = 1 WHERE id = ${i};`));
        return () => parsePsqlArgs(['app'], c);
      },
      2000,
      0,
    ),
  );
  assertLinear(
    measureGrowth(
      'mysql one line',
      (n) => {
        const c = exampleContext({ argv: [], stdin: lines(n, (i) => `UPDATE t SET a = 1 WHERE id = ${i};`) });
        return () => parseMysqlArgs(['shop'], c, 'mysql');
      },
      5000,
      0,
    ),
  );
});

test('redis-cli, mongosh, mysql and lexical SQL (catalogue clients): stdin lines in linear time', () => {
  assertLinear(
    measureGrowth(
      'redis-cli stdin',
      (n) => {
        const c = exampleContext({ argv: [], stdin: lines(n, (i) => `SET k${i} "v ${i}"\n`) });
        return () => [...parseRedisArgs(['-h', 'cache.internal'], c).calls].length;
      },
      5000,
      0,
    ),
  );
  assertLinear(
    measureGrowth(
      'mongosh stdin',
      (n) => {
        const c = exampleContext({ argv: [], stdin: lines(n, (i) => `db.users.find({ id: ${i}, name: "n${i}" })\n`) });
        return () => parseMongoshArgs(['mongodb://db.internal/shop'], c);
      },
      5000,
      0,
    ),
  );
  assertLinear(
    measureGrowth(
      'mysql stdin one per line',
      (n) => {
        const c = exampleContext({ argv: [], stdin: lines(n, (i) => `DELETE FROM t WHERE id = ${i};\n`) });
        return () => parseMysqlArgs(['shop'], c, 'mysql');
      },
      5000,
      0,
    ),
  );
  assertLinear(
    measureGrowth(
      'lexical SQL of a whole stdin',
      (n) => {
        const text = lines(n, (i) => `DELETE FROM t${i % 7};\n`);
        return () => analyseLexically(text, 'mysql');
      },
      5000,
      0,
    ),
  );
});

test('GraphQL: fragments spread twice per level cost linear time in the depth (was 2^depth)', () => {
  const body = (depth: number): string => {
    let fragments = '';
    for (let i = 0; i < depth; i++) fragments += `fragment F${i} on Mutation { ...F${i + 1} ...F${i + 1} }\n`;
    fragments += `fragment F${depth} on Mutation { volumeDelete(volumeId: "v1") }\n`;
    return JSON.stringify({ query: `mutation { ...F0 }\n${fragments}` });
  };
  const reading = readGraphqlBody(body(22));
  assert.ok(reading.ok && reading.calls.length === 1 && reading.calls[0]?.field === 'volumeDelete');
  assertLinear(
    measureGrowth(
      'graphql fragments',
      (n) => {
        const text = body(n);
        return () => readGraphqlBody(text);
      },
      200,
      0,
    ),
  );
});

test('audit: verifying the trail costs linear time in its records, across rotated files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'guard-growth-audit-'));
  try {
    const trail = (n: number): string => {
      const path = join(dir, `n${n}`, 'audit.jsonl');
      for (let i = 0; i < n; i++)
        appendAudit(
          path,
          { time: '2026-12-01T00:00:00.000Z', decision: 'allow', user: 'u', cwd: '/w', argv: ['ls', String(i)] },
          64 * 1024,
        );
      return path;
    };
    const g = measureGrowth(
      'audit verify',
      (n) => {
        const path = trail(n);
        return () => assert.equal(verifyAuditTrail(path).problems.length, 0);
      },
      400,
      0,
    );
    assertLinear(g);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
