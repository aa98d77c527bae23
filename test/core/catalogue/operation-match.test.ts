// The declarative matcher shared by catalogue tools and custom rules: alternatives and `*` in the
// command path, exceptions with reasons, first match wins, SQL through the analysis, counting.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinPacks } from '../../../rules/index.js';
import { compileTool } from '../../../src/core/catalogue/compile-tool.js';
import { concreteOperations } from '../../../src/core/catalogue/count-operations.js';
import type { CatalogueTool, OperationSpec } from '../../../src/core/catalogue/operation-spec.js';
import { classifyArgv, indexPacks } from '../../../src/core/classify.js';
import { exampleContext } from '../../../src/core/example-context.js';

const index = indexPacks(builtinPacks);
const judge = (line: string[], env: Record<string, string> = {}) =>
  classifyArgv(line, exampleContext({ argv: line, env }), index);

test('a verb grammar catches an AWS delete no list names, and leaves the listed benign look-alikes alone', () => {
  const d = judge(['aws', 'dms', 'delete-replication-task', '--replication-task-arn', 'arn:x']);
  assert.deepEqual(
    d.findings.map((f) => f.rule),
    ['aws/verb-grammar'],
  );
  for (const benign of [
    ['aws', 'ec2', 'delete-tags', '--resources', 'i-1'],
    ['aws', 'sqs', 'delete-message', '--queue-url', 'u', '--receipt-handle', 'r'],
    ['aws', 'lambda', 'delete-function', 'help'],
  ]) {
    assert.equal(judge(benign).decision, 'allow', benign.join(' '));
  }
});

test('first match wins: a listed operation is reported once, not again by the verb grammar or twice with the hand-written rule', () => {
  assert.deepEqual(
    judge(['aws', 'ec2', 'delete-volume', '--volume-id', 'vol-1']).findings.map((f) => f.rule),
    ['aws/ec2-deletes'],
  );
  assert.deepEqual(
    judge(['aws', 'rds', 'delete-db-instance', '--db-instance-identifier', 'db1']).findings.map((f) => f.rule),
    ['aws/rds-delete'],
  );
});

test('the environment of a merged tool comes from the hand-written evidence chain (aws profile precedence)', () => {
  const d = judge(['aws', 'lambda', 'delete-function', '--function-name', 'api', '--profile', 'live'], {
    AWS_PROFILE: 'dev',
  });
  assert.equal(d.findings[0]?.environment.name, 'live');
  assert.equal(d.findings[0]?.environment.production, true);
});

test('weakening a protection is destructive; strengthening it is not', () => {
  assert.equal(
    judge(['aws', 'rds', 'modify-db-instance', '--db-instance-identifier', 'db', '--no-deletion-protection']).decision,
    'confirm',
  );
  assert.equal(
    judge(['aws', 'rds', 'modify-db-instance', '--db-instance-identifier', 'db', '--deletion-protection']).decision,
    'allow',
  );
  assert.equal(
    judge(['az', 'keyvault', 'update', '--name', 'kv', '--enable-purge-protection', 'false']).decision,
    'confirm',
  );
  assert.equal(judge(['gcloud', 'sql', 'instances', 'patch', 'db', '--no-deletion-protection']).decision, 'confirm');
  const tf = judge(['terraform', 'destroy', '-lock=false']).findings[0];
  assert.ok(
    tf?.warnings.some((w) => w.startsWith('-lock=false')),
    'terraform destroy -lock=false says the lock is off',
  );
});

test('SQL handed to a catalogued client goes through the SQL analysis: destructive statements only', () => {
  const drop = judge(['sqlite3', 'app.db', 'DROP TABLE users; SELECT 1']);
  assert.deepEqual(
    drop.findings.map((f) => [f.resource, f.environment.name]),
    [['users', 'app.db']],
  );
  assert.equal(judge(['sqlite3', 'app.db', "SELECT 'DROP TABLE users'"]).decision, 'allow');
  assert.equal(judge(['sqlite3', 'app.db', '-- DROP TABLE users\nSELECT 1']).decision, 'allow');
  assert.equal(
    judge(['wrangler', 'd1', 'execute', 'db', '--command', 'DROP TABLE t']).decision,
    'allow',
    'local D1 copy',
  );
  assert.equal(judge(['wrangler', 'd1', 'execute', 'db', '--remote', '--command', 'DROP TABLE t']).decision, 'confirm');
});

test('the rationale and the panel say what undo exists', () => {
  const kv = judge(['az', 'keyvault', 'delete', '--name', 'kv']).findings[0];
  assert.ok(
    kv?.details.some((d) => /^undo: a deleted vault stays soft-deleted/.test(d)),
    'a detail line of the finding',
  );
  const rule = builtinPacks.flatMap((p) => p.rules).find((r) => r.id === kv?.rule);
  assert.match(rule?.rationale ?? '', /Undo: a deleted vault stays soft-deleted/);
  const zfs = builtinPacks.flatMap((p) => p.rules).find((r) => r.id === 'zfs/destroy');
  assert.match(zfs?.rationale ?? '', /Undo: no undo/);
});

const spec = (when: OperationSpec['when']): OperationSpec => ({
  id: 't/op',
  tool: 't',
  commands: ['t'],
  summary: 's',
  message: 'm',
  rationale: 'r',
  safer: 's',
  when,
  resource: { value: 'x' },
  examples: { destructive: [{ argv: ['t'] }], benign: [{ argv: ['t'] }] },
});

test('counting: one per alternative at the widest position, operands skipped, patterns count nothing, unconditional exceptions removed', () => {
  assert.deepEqual(concreteOperations(spec({ args: ['volume', ['rm', 'prune']] })), ['t volume rm', 't volume prune']);
  assert.equal(concreteOperations(spec({ args: [['app', 'cluster'], ['delete', 'rm', 'remove'], '*'] })).length, 3);
  assert.deepEqual(concreteOperations(spec({ args: ['*', ['delete-*']] })), []);
  assert.deepEqual(concreteOperations(spec({ args: ['*'] })), ['t']);
  assert.equal(
    concreteOperations(
      spec({ args: [['system'], ['reset', 'rm']], except: [{ args: ['system', 'rm'], reason: 'not real' }] }),
    ).length,
    1,
  );
});

test('the derived pre-filter names the path words, and asks always for a tool whose operations have no words', () => {
  const tool = (ops: CatalogueTool['operations']): CatalogueTool => ({
    tool: 't',
    commands: ['t'],
    docs: 'https://x',
    operations: ops,
  });
  const op = (when: OperationSpec['when']) => {
    const { tool: _t, commands: _c, ...rest } = spec(when);
    return rest;
  };
  assert.deepEqual(
    compileTool(tool([op({ args: ['db', ['drop', 'reset'], '*'] }), op({ args: ['*', ['delete-*']] })])).prefilter,
    { words: ['db', 'drop', 'reset'], prefixes: ['delete-'] },
  );
  assert.deepEqual(compileTool(tool([op({ args: ['*'] })])).prefilter, { always: true });
  assert.deepEqual(compileTool(tool([op({ flags: [['--force', '-f']] })])).prefilter, {
    words: [],
    prefixes: ['-force', '--force'],
    shortFlagChars: 'f',
  });
});
