import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  cautiousOrder,
  databaseTarget,
  lookupVariable,
} from '../../../../src/core/tools/framework/framework-signals.js';
import { unwrapJsRunner } from '../../../../src/core/tools/framework/unwrap-js-runner.js';
import { parseDotenv } from '../../../../src/core/tools/dotenv/read-dotenv.js';
import { databaseYmlName } from '../../../../src/core/tools/framework/yaml-database.js';
import { exampleContext } from '../../../../src/core/example-context.js';

test('unwrapJsRunner finds the tool behind npx/pnpm/yarn/bun syntaxes', () => {
  assert.deepEqual(unwrapJsRunner(['--yes', 'prisma@5.1', 'migrate', 'reset']), {
    tool: 'prisma',
    args: ['migrate', 'reset'],
  });
  assert.deepEqual(unwrapJsRunner(['exec', '--', 'prisma', 'db', 'push']), { tool: 'prisma', args: ['db', 'push'] });
  assert.deepEqual(unwrapJsRunner(['--filter', 'api', 'dlx', '@scope/tool@1', 'x']), {
    tool: '@scope/tool',
    args: ['x'],
  });
  assert.deepEqual(unwrapJsRunner(['-p', 'aws-cdk', 'cdk', 'destroy']), { tool: 'cdk', args: ['destroy'] });
  assert.equal(unwrapJsRunner(['--version']), undefined);
});

test('parseDotenv handles export, quotes and trailing comments', () => {
  const values = parseDotenv('# c\nexport A=1\nB="two words"\nC=three # note\nD=\'x=y\'\n');
  assert.deepEqual(
    [...values],
    [
      ['A', '1'],
      ['B', 'two words'],
      ['C', 'three'],
      ['D', 'x=y'],
    ],
  );
});

test('lookupVariable prefers the process environment, then the first dotenv defining it', () => {
  const ctx = exampleContext({
    argv: ['x'],
    files: { '/home/user/project/.env': 'X=file\n', '/home/user/project/.env.local': 'X=local\n' },
  });
  assert.equal(lookupVariable('X', ctx, ['.env.local', '.env'])?.value, 'local');
  assert.equal(lookupVariable('X', { ...ctx, env: { X: 'env' } }, ['.env'])?.source, 'env');
});

test('databaseTarget names host and database; cautiousOrder puts production-looking signals first', () => {
  assert.deepEqual(databaseTarget('postgres://u:p@db.example.com:5432/shop'), {
    host: 'db.example.com',
    database: 'shop',
  });
  assert.equal(databaseTarget('not a url'), undefined);
  const order = cautiousOrder(
    [
      { kind: 'db-host', value: 'localhost', source: 'env', detail: '' },
      { kind: 'other', value: 'production', source: 'env', detail: '' },
    ],
    (n) => n === 'production',
  );
  assert.deepEqual(
    order.map((s) => s.value),
    ['production', 'localhost'],
  );
});

test('databaseYmlName reads database under the environment key only', () => {
  const yml = 'development:\n  database: dev_db\nproduction:\n  adapter: pg\n  database: "prod_db"\n';
  assert.equal(databaseYmlName(yml, 'production'), 'prod_db');
  assert.equal(databaseYmlName(yml, 'test'), undefined);
});
