// In a deny-only channel (the agent hooks), SQL the lexical pass already finds destructive is refused
// without asking PostgreSQL's parser (whose WASM load is most of a hook call's cost); SQL it clears
// still goes to the parser, and the parser's answer stands.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyArgv, indexPacks } from '../../../../src/core/classify.js';
import { exampleContext } from '../../../../src/core/example-context.js';
import type { SqlParser } from '../../../../src/core/types.js';
import { loadSqlParser } from '../../../../src/io/load-sql-parser.js';
import { builtinPacks } from '../../../../rules/index.js';

const index = indexPacks(builtinPacks);
const real = await loadSqlParser();

function judge(sql: string, lexicalFirst: boolean): { findings: string[]; parsed: string[] } {
  const parsed: string[] = [];
  const sqlParser: SqlParser = (text) => {
    parsed.push(text);
    return real(text);
  };
  const ctx = { ...exampleContext({ argv: [] }), sqlParser, ...(lexicalFirst ? { sqlLexicalFirst: true } : {}) };
  const decision = classifyArgv(['psql', '-h', 'db.internal', '-c', sql], ctx, index);
  return { findings: decision.findings.map((f) => `${f.rule} ${f.resource}`), parsed };
}

test('deny-only: a statement the lexical pass finds destructive is refused without a parse', () => {
  for (const [sql, finding] of [
    ['DROP TABLE users', 'psql/drop-object users'],
    ['TRUNCATE orders', 'psql/truncate-table orders'],
    ['DELETE FROM t', 'psql/delete-all-rows t'],
  ] as const) {
    const { findings, parsed } = judge(sql, true);
    assert.deepEqual(parsed, [], sql);
    assert.ok(findings.includes(finding), `${sql}: ${findings.join(', ')}`);
    // The same finding as with the parse.
    assert.ok(judge(sql, false).findings.includes(finding), sql);
  }
});

test('deny-only: what the lexical pass clears still goes to the parser, which decides', () => {
  // Lexically harmless-looking but several statements: the parse still runs and its findings stand.
  const clean = judge('SELECT 1; SELECT 2', true);
  assert.equal(clean.parsed.length, 1);
  assert.deepEqual(clean.findings, []);
  // Neither reads it: the parser rejects it and the refusal fails closed.
  const broken = judge('DELET FROM t; DROPP TABLE x', true);
  assert.equal(broken.parsed.length, 1);
  assert.ok(broken.findings.length > 0, 'unreadable SQL is not allowed');
});

test('outside deny-only channels every statement that needs it is parsed', () => {
  assert.equal(judge('DROP TABLE users', false).parsed.length, 1);
});

test('deny-only lexical-first never changes a decision on any rule example (no new refusal, no new allow)', () => {
  const examples = builtinPacks.flatMap((pack) =>
    pack.rules.flatMap((rule) => [...rule.examples.destructive, ...rule.examples.benign]),
  );
  let compared = 0;
  for (const example of examples) {
    const base = { ...exampleContext(example), sqlParser: real };
    const parsed = classifyArgv(example.argv, base, index);
    const lexical = classifyArgv(
      example.argv,
      { ...exampleContext(example), sqlParser: real, sqlLexicalFirst: true },
      index,
    );
    assert.equal(lexical.decision, parsed.decision, JSON.stringify(example.argv));
    compared++;
  }
  assert.ok(compared > 500, `${compared} examples`);
});
