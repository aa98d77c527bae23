// The PostgreSQL parser is loaded only when a classification asks for it, and a classification that
// asked before it was loaded is run again with it: the answer is never the placeholder's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sqlParserSlot, withSqlParser } from '../../src/app/sql-parser-for.js';
import { classifyArgv, indexPacks } from '../../src/core/classify.js';
import { exampleContext } from '../../src/core/example-context.js';
import { builtinPacks } from '../../rules/index.js';

const index = indexPacks(builtinPacks);
const ctxFor = () => exampleContext({ argv: [] });

test('read-only SQL is classified without loading the parser', async () => {
  const ctx = ctxFor();
  const decision = await withSqlParser(ctx, () =>
    classifyArgv(['psql', '-c', 'select count(*) from users'], ctx, index),
  );
  assert.equal(decision.decision, 'allow');
  assert.equal(sqlParserSlot(ctx).loaded(), false);
});

test('SQL that needs the parser loads it and is classified again with it', async () => {
  const ctx = ctxFor();
  let runs = 0;
  const decision = await withSqlParser(ctx, () => {
    runs++;
    return classifyArgv(['psql', '-c', 'DROP TABLE users'], ctx, index);
  });
  assert.equal(runs, 2);
  assert.equal(sqlParserSlot(ctx).loaded(), true);
  assert.deepEqual(
    decision.findings.map((f) => `${f.rule} ${f.resource}`),
    ['psql/drop-object users'],
  );
  // Loaded once: the next classification runs once.
  runs = 0;
  const again = await withSqlParser(ctx, () => {
    runs++;
    return classifyArgv(['psql', '-c', 'DELETE FROM t'], ctx, index);
  });
  assert.equal(runs, 1);
  assert.equal(again.findings[0]?.rule, 'psql/delete-all-rows');
});

test('classifySync reports a miss instead of an answer built without the parser', async () => {
  const ctx = ctxFor();
  const slot = sqlParserSlot(ctx);
  assert.equal(
    slot.classifySync(() => classifyArgv(['psql', '-c', 'TRUNCATE t'], ctx, index)),
    undefined,
  );
  await slot.load();
  assert.equal(
    slot.classifySync(() => classifyArgv(['psql', '-c', 'TRUNCATE t'], ctx, index))?.result.findings[0]?.rule,
    'psql/truncate-table',
  );
  // Without a load, the placeholder fails closed: an unparseable finding, never an allow.
  const bare = ctxFor();
  sqlParserSlot(bare);
  assert.equal(classifyArgv(['psql', '-c', 'TRUNCATE t'], bare, index).decision, 'confirm');
});
