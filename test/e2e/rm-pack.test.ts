// End-to-end: the real rm behind guard, in a temporary project only.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runGuard } from '../helpers/run-guard.js';
import { createTempWorld, type TempWorld } from '../helpers/temp-world.js';

let world: TempWorld;
before(() => {
  world = createTempWorld();
});
after(() => world.dispose());

function makeProject(name: string): string {
  const dir = join(world.root, name);
  for (const sub of ['.git', 'src', 'node_modules/left-pad', 'dist']) mkdirSync(join(dir, sub), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{}');
  writeFileSync(join(dir, 'src/index.ts'), '');
  writeFileSync(join(dir, 'node_modules/left-pad/index.js'), '');
  writeFileSync(join(dir, 'dist/index.js'), '');
  writeFileSync(join(dir, 'app.db'), Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(84)]));
  return dir;
}

test('build outputs inside the project are removed straight through', async () => {
  const project = makeProject('benign');
  const result = await runGuard(['rm', '-rf', 'node_modules', 'dist'], {
    cwd: project,
    env: world.env({ CI: 'true' }),
  });
  assert.equal(result.code, 0, result.stderr);
  assert.equal(result.stderr, '');
  assert.deepEqual(readdirSync(project).sort(), ['.git', 'app.db', 'package.json', 'src']);
});

test('a SQLite database is refused without a human, even without -r, and survives', async () => {
  const project = makeProject('sqlite');
  const result = await runGuard(['rm', '-f', 'app.db'], { cwd: project, env: world.env({ CI: 'true' }) });
  assert.equal(result.code, 77);
  assert.match(result.stderr, /rm\/protected-path/);
  assert.ok(existsSync(join(project, 'app.db')));
});

test('the operand list the shell makes of ./* counts as the current directory', async () => {
  const project = makeProject('glob');
  const everything = readdirSync(project).filter((n) => !n.startsWith('.'));
  const result = await runGuard(['--deny', 'rm', '-rf', ...everything], { cwd: project, env: world.env() });
  assert.equal(result.code, 77);
  assert.match(result.stderr, /rm\/current-directory would destroy .*glob\/\*/);
  assert.deepEqual(
    readdirSync(project)
      .filter((n) => !n.startsWith('.'))
      .sort(),
    everything.sort(),
  );
});
