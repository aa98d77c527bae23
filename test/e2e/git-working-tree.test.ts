// End-to-end with the real git: commands that overwrite uncommitted work in a temporary repository
// are refused without a human and the work survives; the same commands over a clean tree run.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runGuard } from '../helpers/run-guard.js';
import { createTempWorld, type TempWorld } from '../helpers/temp-world.js';

let world: TempWorld;
before(() => {
  world = createTempWorld();
});
after(() => world.dispose());

let count = 0;
function repo(): string {
  const dir = join(world.root, `repo${++count}`);
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'src/app.ts'), 'committed\n');
  writeFileSync(join(dir, 'README.md'), 'committed\n');
  const git = (...args: string[]): void =>
    void execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
      cwd: dir,
      stdio: 'ignore',
    });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'first');
  git('branch', 'other');
  return dir;
}

const DISCARDING = [
  ['git', 'checkout', '--', 'src/app.ts'],
  ['git', 'checkout', 'src/app.ts'],
  ['git', 'checkout', '.'],
  ['git', 'restore', 'src'],
  ['git', 'checkout', '-f', 'other'],
  ['git', 'switch', '--discard-changes', 'other'],
  ['git', 'rm', '-rf', 'src'],
];

for (const argv of DISCARDING) {
  test(`${argv.join(' ')} over an uncommitted edit is refused and the edit survives; over a clean tree it runs`, async () => {
    const dir = repo();
    writeFileSync(join(dir, 'src/app.ts'), 'work in progress\n');
    const refused = await runGuard(argv, { cwd: dir, env: world.env({ CI: 'true' }) });
    assert.equal(refused.code, 77, refused.stderr);
    assert.match(refused.stderr, /git\/discard-uncommitted/);
    assert.equal(readFileSync(join(dir, 'src/app.ts'), 'utf8'), 'work in progress\n');

    const line = await runGuard(['check', '--shell', argv.join(' ')], { cwd: dir, env: world.env({ CI: 'true' }) });
    assert.equal(line.code, 77, line.stderr);
    assert.match(line.stdout + line.stderr, /uncommitted changes: src\/app\.ts/);

    writeFileSync(join(dir, 'src/app.ts'), 'committed\n');
    const clean = await runGuard(argv, { cwd: dir, env: world.env({ CI: 'true' }) });
    assert.equal(clean.code, 0, clean.stderr);
  });
}

test('switching branches and unstaging run straight through with uncommitted edits present', async () => {
  const dir = repo();
  writeFileSync(join(dir, 'README.md'), 'edited\n');
  execFileSync('git', ['add', 'README.md'], { cwd: dir });
  for (const argv of [
    ['git', 'checkout', 'other'],
    ['git', 'checkout', '-b', 'feature'],
    ['git', 'restore', '--staged', 'README.md'],
    ['git', 'switch', 'main'],
  ]) {
    const result = await runGuard(argv, { cwd: dir, env: world.env({ CI: 'true' }) });
    assert.equal(result.code, 0, `${argv.join(' ')}: ${result.stderr}`);
  }
  assert.equal(readFileSync(join(dir, 'README.md'), 'utf8'), 'edited\n');
});

test('a data file replaced under sudo or through tee is refused and keeps its bytes', async () => {
  const dir = join(world.root, 'data');
  mkdirSync(join(dir, 'storage'), { recursive: true });
  const db = Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(84, 7)]);
  writeFileSync(join(dir, 'storage/app.db'), db);
  // (sudo itself need not be installed: `check` judges without running anything.)
  for (const argv of [
    ['sudo', 'cp', '/dev/null', 'storage/app.db'],
    ['sudo', '-u', 'root', 'tee', 'storage/app.db'],
    ['tee', 'storage/app.db'],
  ]) {
    const result = await runGuard(['check', '--', ...argv], { cwd: dir, env: world.env({ CI: 'true' }), input: '' });
    assert.equal(result.code, 77, `${argv.join(' ')}: ${result.stderr}`);
    assert.match(result.stdout + result.stderr, /shell\/overwrite-data/);
  }
  const teed = await runGuard(['tee', 'storage/app.db'], { cwd: dir, env: world.env({ CI: 'true' }), input: 'text\n' });
  assert.equal(teed.code, 77, teed.stderr);
  assert.deepEqual(readFileSync(join(dir, 'storage/app.db')), db);
  const appended = await runGuard(['tee', '-a', 'storage/app.db'], {
    cwd: dir,
    env: world.env({ CI: 'true' }),
    input: '',
  });
  assert.equal(appended.code, 0, appended.stderr);
});
