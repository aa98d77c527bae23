// End-to-end: the built `guard` binary in prefix mode, with stand-in tools on PATH and real rm on temp dirs.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GUARD_BIN, runDetached, runGuard } from '../helpers/run-guard.js';
import { createTempWorld, type TempWorld } from '../helpers/temp-world.js';

let world: TempWorld;
before(() => {
  world = createTempWorld();
});
after(() => world.dispose());

/** A project directory that is a git repository, with a few files. */
function makeProject(name: string): string {
  const dir = join(world.root, name);
  mkdirSync(join(dir, '.git'), { recursive: true });
  mkdirSync(join(dir, 'src'), { recursive: true });
  mkdirSync(join(dir, 'build'), { recursive: true });
  writeFileSync(join(dir, '.git/HEAD'), 'ref: refs/heads/main\n');
  writeFileSync(join(dir, 'src/index.ts'), 'export {};\n');
  writeFileSync(join(dir, 'build/out.js'), '//\n');
  return dir;
}

describe('benign commands pass straight through', () => {
  test('a stand-in railway gets the same argv and stdin, and its exit code comes back', async () => {
    const railway = world.standIn('railway');
    const result = await runGuard(['railway', 'status', '--json', 'arg with spaces', ''], {
      env: world.env({ STANDIN_EXIT: '5' }),
      input: 'bytes\0on\nstdin',
    });
    assert.equal(result.code, 5);
    assert.equal(result.stdout, 'stand-in railway ran\n');
    assert.equal(result.stderr, '');
    assert.deepEqual(railway.argv(), ['status', '--json', 'arg with spaces', '']);
    assert.equal(railway.stdin().toString('latin1'), 'bytes\0on\nstdin');
  });

  test('arguments that are not valid UTF-8 reach the tool byte for byte', async () => {
    const railway = world.standIn('railway');
    const odd = Buffer.from([0x61, 0xff, 0xfe, 0x0a, 0x62, 0x27, 0x5c]);
    const script = `exec ${JSON.stringify(process.execPath)} ${JSON.stringify(GUARD_BIN)} railway status "$(printf 'a\\377\\376\\nb\\047\\134')" plain`;
    const result = await runDetached('/bin/sh', ['-c', script], { env: world.env() });
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(railway.rawArgv(), Buffer.concat([Buffer.from('status\0'), odd, Buffer.from('\0plain\0')]));
  });

  test('death by signal is reported as 128+n', async () => {
    world.standIn('terraform');
    const result = await runGuard(['terraform', 'plan'], { env: world.env({ STANDIN_SIGNAL: 'TERM' }) });
    assert.equal(result.code ?? 128 + 15, 143);
  });

  test('a benign real rm inside the project really removes', async () => {
    const project = makeProject('benign-rm');
    const result = await runGuard(['rm', '-rf', 'build'], { cwd: project, env: world.env({ CI: 'true' }) });
    assert.equal(result.code, 0, result.stderr);
    assert.equal(existsSync(join(project, 'build')), false);
    assert.equal(existsSync(join(project, 'src/index.ts')), true);
  });
});

describe('destructive commands without a human are refused', () => {
  test('real rm of a git repository root in deny mode: exit 77, every file still there', async () => {
    const project = makeProject('deny-rm');
    const before = readdirSync(project, { recursive: true }).sort();
    const result = await runGuard(['--deny', 'rm', '-rf', project], { cwd: world.root, env: world.env() });
    assert.equal(result.code, 77, result.stderr);
    assert.match(result.stderr, /^guard: refused/);
    assert.match(result.stderr, /rm\//);
    assert.deepEqual(readdirSync(project, { recursive: true }).sort(), before);
  });

  test('real rm of the current directory with CI=true: exit 77, files survive', async () => {
    const project = makeProject('ci-rm');
    const result = await runGuard(['rm', '-rf', '.'], { cwd: project, env: world.env({ CI: 'true' }) });
    assert.equal(result.code, 77, result.stderr);
    assert.equal(existsSync(join(project, 'src/index.ts')), true);
  });

  test('real rm of HOME (a temp dir) with no controlling terminal: exit 77, HOME intact', async () => {
    writeFileSync(join(world.home, 'precious.txt'), 'keep me');
    const result = await runGuard(['rm', '-rf', world.home], { cwd: world.root, env: world.env() });
    assert.equal(result.code, 77, result.stderr);
    assert.match(result.stderr, /no controlling terminal/);
    assert.equal(existsSync(join(world.home, 'precious.txt')), true);
  });

  test('railway volume delete with --yes: refused, the stand-in never runs, the paragraph names rule, resource and environment', async () => {
    const railway = world.standIn('railway');
    const result = await runGuard(['railway', 'volume', '-e', 'production', 'delete', '-v', 'pg-data', '--yes'], {
      env: world.env({ CI: 'true' }),
    });
    assert.equal(result.code, 77);
    assert.equal(railway.ran(), false);
    assert.match(result.stderr, /railway\/[a-z-]+/);
    assert.match(result.stderr, /pg-data/);
    assert.match(result.stderr, /production/);
    assert.match(result.stderr, /Nothing was run/);
    assert.equal(result.stdout, '');
  });

  test('terraform destroy -auto-approve: refused, the stand-in never runs; stdin "yes" does not help', async () => {
    const terraform = world.standIn('terraform');
    const result = await runGuard(['terraform', 'destroy', '-auto-approve'], { env: world.env(), input: 'yes\nyes\n' });
    assert.equal(result.code, 77);
    assert.equal(terraform.ran(), false);
    assert.match(result.stderr, /terraform\//);
  });
});

describe('usage and lookup errors', () => {
  test('a missing real tool exits 127 with a guard: message', async () => {
    const result = await runGuard(['definitely-not-a-tool-xyz', 'delete'], { env: world.env() });
    assert.equal(result.code, 127);
    assert.match(result.stderr, /^guard: the real `definitely-not-a-tool-xyz` was not found on PATH/);
  });

  test('no command and unknown guard options exit 64', async () => {
    assert.equal((await runGuard([], { env: world.env() })).code, 64);
    assert.equal((await runGuard(['--frobnicate', 'rm'], { env: world.env() })).code, 64);
    assert.equal((await runGuard(['check'], { env: world.env() })).code, 64);
  });
});
