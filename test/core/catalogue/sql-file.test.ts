// SQL in a file a flag names (`wrangler d1 execute DB --remote --file dump.sql`) is read and judged like
// SQL in the arguments; a file guard cannot read (missing, too large) is refused: guard fails closed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinPacks } from '../../../rules/index.js';
import { classifyArgv, indexPacks } from '../../../src/core/classify.js';
import { exampleContext } from '../../../src/core/example-context.js';

const index = indexPacks(builtinPacks);
const FILES = {
  '/home/user/project/seed.sql': "INSERT INTO users (id) VALUES (1);\nUPDATE users SET name = 'a' WHERE id = 1;\n",
  '/home/user/project/reset.sql': '-- start over\nDROP TABLE users;\nDELETE FROM sessions;\n',
};
const judge = (argv: string[]) =>
  classifyArgv(argv, exampleContext({ argv, files: FILES, cwd: '/home/user/project' }), index);

test('a benign file passes, a destructive one names what it destroys, relative to the working directory', () => {
  assert.equal(judge(['wrangler', 'd1', 'execute', 'acme-db', '--remote', '--file', 'seed.sql']).decision, 'allow');
  const d = judge(['wrangler', 'd1', 'execute', 'acme-db', '--remote', '--file=./reset.sql']);
  assert.deepEqual(
    d.findings.map((f) => f.resource),
    ['users', 'sessions'],
  );
});

test('a file that cannot be read is refused, not passed', () => {
  const d = judge(['wrangler', 'd1', 'execute', 'acme-db', '--remote', '--file', 'missing.sql']);
  assert.notEqual(d.decision, 'allow');
  assert.match(d.findings[0]?.details?.join(' ') ?? '', /cannot be analysed/);
});

test('without --remote the local copy is used and nothing is judged', () => {
  assert.equal(judge(['wrangler', 'd1', 'execute', 'acme-db', '--file', 'reset.sql']).decision, 'allow');
});
