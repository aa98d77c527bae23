// redis-cli, mysql and mongosh are not installed here: stand-ins on PATH record argv and stdin,
// proving what guard lets through (byte for byte) and what it refuses (the tool never runs).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { runGuard } from '../helpers/run-guard.js';
import { createTempWorld, type TempWorld } from '../helpers/temp-world.js';

let world: TempWorld;
before(() => {
  world = createTempWorld();
});
after(() => world.dispose());

const refused: [string, string[], string?][] = [
  ['redis-cli', ['-h', 'cache.prod', 'FLUSHALL']],
  ['redis-cli', [], 'PING\nFLUSHDB\n'],
  ['mysql', ['-e', 'DROP DATABASE shop']],
  ['mysql', ['shop'], 'DELETE FROM users;\n'],
  ['mysqladmin', ['-f', 'drop', 'shop']],
  ['mongosh', ['mongodb://db.prod/shop', '--eval', 'db.dropDatabase()']],
  ['mongosh', ['shop'], 'db.users.deleteMany({})\n'],
];

for (const [tool, args, input] of refused) {
  test(`refused without a human: ${tool} ${args.join(' ')}${input ? ` <<< ${JSON.stringify(input)}` : ''}`, async () => {
    const standIn = world.standIn(tool);
    const result = await runGuard([tool, ...args], { env: world.env({ CI: 'true' }), ...(input ? { input } : {}) });
    assert.equal(result.code, 77, result.stderr);
    assert.equal(standIn.ran(), false);
    assert.match(result.stderr, /^guard: /);
  });
}

const allowed: [string, string[], string][] = [
  ['redis-cli', ['-n', '1'], 'SET k "FLUSHALL"\nGET k\n'],
  ['mysql', ['shop'], "SELECT 'DROP TABLE users'; -- DELETE FROM users\nDELETE FROM users WHERE id = 1;\n"],
  ['mongosh', ['shop'], 'print("db.dropDatabase()")\n'],
];

for (const [tool, args, input] of allowed) {
  test(`benign stdin reaches ${tool} byte for byte`, async () => {
    const standIn = world.standIn(tool);
    const result = await runGuard(['--deny', tool, ...args], { env: world.env(), input });
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(standIn.argv(), args);
    assert.equal(standIn.stdin().toString('utf8'), input);
  });
}

test('guard check reads piped SQL the way prefix mode would', async () => {
  const drop = await runGuard(['check', '--', 'psql', 'app'], {
    env: world.env(),
    input: 'SELECT 1;\nDROP TABLE x;\n',
  });
  assert.equal(drop.code, 77, drop.stderr);
  assert.match(drop.stdout, /psql\/drop-object/);
  const select = await runGuard(['check', '--', 'psql', 'app'], {
    env: world.env(),
    input: "SELECT 'DROP TABLE x';\n",
  });
  assert.equal(select.code, 0, select.stderr);
});

test('check --shell --stdin: the SQL parser is loaded mid-batch when a line needs it; earlier and later lines keep their answers', async () => {
  const input = [
    'psql -c "select count(*) from users"',
    'psql -h db.prod -c "DROP TABLE users"',
    'psql -c "select 1"',
    'bash -c \'psql -c "truncate audit"\'',
  ].join('\n');
  const r = await runGuard(['check', '--shell', '--stdin', '--json'], { env: world.env(), input });
  assert.equal(r.code, 77, r.stderr);
  const answers = r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { decision: string; findings: { rule: string; resource: string }[] });
  assert.deepEqual(
    answers.map((a) => [a.decision, a.findings.map((f) => `${f.rule} ${f.resource}`)]),
    [
      ['allow', []],
      ['confirm', ['psql/drop-object users']],
      ['allow', []],
      ['confirm', ['psql/truncate-table audit']],
    ],
  );
});
