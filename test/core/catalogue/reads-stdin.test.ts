// A SQL client's standard input is read only when it can carry the SQL: `clickhouse-client --query
// "INSERT … FORMAT CSV" < data.csv` streams data that guard must neither hold nor parse as SQL.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinPacks } from '../../../rules/index.js';
import { classifyArgv, indexPacks, packFor } from '../../../src/core/classify.js';
import { exampleContext } from '../../../src/core/example-context.js';

const index = indexPacks(builtinPacks);
const readsStdin = (argv: string[]) => packFor(index, argv[0] as string)?.readsStdin?.(argv.slice(1)) ?? false;

test('no SQL in the arguments: standard input is read; SQL in a flag: it is not', () => {
  assert.equal(readsStdin(['clickhouse-client', '--host', 'ch-prod']), true);
  assert.equal(
    readsStdin(['clickhouse-client', '--host', 'ch-prod', '--query', 'INSERT INTO events FORMAT CSV']),
    false,
  );
  assert.equal(readsStdin(['clickhouse-client', '-q=INSERT INTO events FORMAT CSV']), false);
  assert.equal(readsStdin(['mycli', '-h', 'db', 'shop']), true);
  assert.equal(readsStdin(['mycli', '-h', 'db', '-e', 'SELECT 1']), false);
});

test('what is read is judged: SQL piped in is found, a data stream with its query is not mistaken for SQL', () => {
  const piped = ['clickhouse-client', '--host', 'ch-prod'];
  const d = classifyArgv(piped, exampleContext({ argv: piped, stdin: 'TRUNCATE TABLE events;\n' }), index);
  assert.deepEqual(
    d.findings.map((f) => f.resource),
    ['events'],
  );
  const insert = ['clickhouse-client', '--host', 'ch-prod', '--query', 'INSERT INTO events FORMAT CSV'];
  assert.equal(
    classifyArgv(insert, exampleContext({ argv: insert, stdin: 'DROP TABLE x,1\n' }), index).decision,
    'allow',
  );
});
