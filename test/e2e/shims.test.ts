// End-to-end: shims (demo packs) in a temporary HOME and PATH, run directly, via bash -c and via
// xargs; stand-ins record argv; a real rm works on temp directories only.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runDetached } from '../helpers/run-guard.js';
import { createShimWorld, installDemoShims, type ShimWorld } from '../helpers/shim-world.js';

let world: ShimWorld;
before(() => {
  world = createShimWorld();
});
after(() => world.dispose());

const env = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => world.env({ PATH: world.shimPath, ...extra });

function makeProject(name: string): string {
  const dir = join(world.root, name);
  mkdirSync(join(dir, '.git'), { recursive: true });
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, '.git/HEAD'), 'ref: refs/heads/main\n');
  writeFileSync(join(dir, 'src/index.ts'), 'export {};\n');
  writeFileSync(join(dir, 'file.log'), 'log\n');
  return dir;
}

describe('benign commands run the real tool, unchanged', () => {
  test('railway status through the shim: same argv, stdin, stdout and exit code', async () => {
    const railway = world.standIn('railway');
    const result = await runDetached('railway', ['status', '--json', 'two words', ''], {
      env: env({ STANDIN_EXIT: '5' }),
      input: 'in\0put',
    });
    assert.equal(result.code, 5, result.stderr);
    assert.equal(result.stdout, 'stand-in railway ran\n');
    assert.equal(result.stderr, '');
    assert.deepEqual(railway.argv(), ['status', '--json', 'two words', '']);
    assert.equal(railway.stdin().toString('latin1'), 'in\0put');
  });

  test('rm -f file.log really removes the file, with the same messages as the real rm', async () => {
    const project = makeProject('benign-rm');
    const ok = await runDetached('rm', ['-f', 'file.log'], { cwd: project, env: env({ CI: 'true' }) });
    assert.equal(ok.code, 0, ok.stderr);
    assert.equal(existsSync(join(project, 'file.log')), false);
    const viaShim = await runDetached('rm', ['missing.txt'], { cwd: project, env: env({ LANG: 'C' }) });
    const direct = await runDetached('/bin/rm', ['missing.txt'], { cwd: project, env: env({ LANG: 'C' }) });
    assert.equal(viaShim.code, direct.code);
    if (readFileSync(join(world.shims, 'rm'), 'utf8').startsWith('#!/bin/bash'))
      assert.equal(viaShim.stderr, direct.stderr.replace(/^\/bin\/rm/, 'rm'));
  });

  test('benign calls via bash -c and via xargs reach the stand-in', async () => {
    const terraform = world.standIn('terraform');
    const viaBash = await runDetached('bash', ['-c', 'terraform plan -out=tf.plan'], { env: env() });
    assert.equal(viaBash.code, 0, viaBash.stderr);
    assert.deepEqual(terraform.argv(), ['plan', '-out=tf.plan']);
    const viaXargs = await runDetached('sh', ['-c', 'printf "validate\\n" | xargs terraform'], { env: env() });
    assert.equal(viaXargs.code, 0, viaXargs.stderr);
    assert.deepEqual(terraform.argv(), ['validate']);
  });

  test('the fast path needs no Node: with guard unable to start, benign commands still run', async () => {
    const broken = installDemoShims(join(world.root, 'broken-shims'), join(world.root, 'no-such-node'));
    const railway = world.standIn('railway');
    const result = await runDetached('railway', ['status'], {
      env: env({ PATH: `${broken}:${world.bin}:/usr/bin:/bin` }),
    });
    assert.equal(result.code, 0, result.stderr);
    assert.ok(railway.ran());
  });
});

describe('destructive commands reach the full check and are refused without a human', () => {
  const ways: Array<[string, (args: string[]) => [string, string[]]]> = [
    ['directly', (args) => [args[0] as string, args.slice(1)]],
    ['via bash -c', (args) => ['bash', ['-c', args.map((a) => `'${a}'`).join(' ')]]],
    ['via xargs', (args) => ['sh', ['-c', `printf '%s\\n' '${args.at(-1)}' | xargs ${args.slice(0, -1).join(' ')}`]]],
  ];
  for (const [how, wrap] of ways) {
    test(`railway volume delete ${how}: exit 77 (xargs: 123), the stand-in never ran`, async () => {
      const railway = world.standIn('railway');
      const [file, args] = wrap(['railway', 'volume', 'delete', 'pg-data']);
      const result = await runDetached(file, args, { env: env({ CI: 'true' }) });
      assert.equal(result.code, how === 'via xargs' ? 123 : 77, result.stderr);
      assert.match(result.stderr, /guard: .*railway\/demo-delete/s);
      assert.equal(railway.ran(), false);
    });
    test(`real rm -rf of the project ${how}: refused, every file still there`, async () => {
      const project = makeProject(`deny-${how.replace(/\W/g, '-')}`);
      const [file, args] = wrap(['rm', '-rf', project]);
      const result = await runDetached(file, args, { cwd: project, env: env() });
      assert.equal(result.code, how === 'via xargs' ? 123 : 77, result.stderr);
      assert.ok(existsSync(join(project, 'src/index.ts')) && existsSync(join(project, '.git/HEAD')));
    });
  }

  test('children of a real tool keep the shims: a tool that calls railway delete is stopped inside', async () => {
    const railway = world.standIn('railway');
    const script = join(world.bin, 'terraform');
    writeFileSync(script, '#!/bin/sh\nrailway volume delete pg-data\n');
    chmodSync(script, 0o755);
    const result = await runDetached('terraform', ['apply'], { env: env() });
    assert.equal(result.code, 77, result.stderr);
    assert.equal(railway.ran(), false);
  });

  test('guard unable to start: a destructive command runs nothing, says how to repair or uninstall, exit 70', async () => {
    const broken = installDemoShims(join(world.root, 'broken-shims-2'), join(world.root, 'no-such-node'));
    const railway = world.standIn('railway');
    const result = await runDetached('railway', ['delete'], {
      env: env({ PATH: `${broken}:${world.bin}:/usr/bin:/bin` }),
    });
    assert.equal(result.code, 70);
    assert.match(result.stderr, /^guard: railway: .*nothing was run.*guard uninstall/s);
    assert.equal(railway.ran(), false);
  });
});

describe('no recursion, whatever PATH looks like', () => {
  test('the shim dir listed twice, relative, with a trailing slash and through a symlink: the real tool is found', async () => {
    const railway = world.standIn('railway');
    const link = join(world.root, 'shim-link');
    if (!existsSync(link)) symlinkSync(world.shims, link);
    const rel = relative(world.root, world.shims);
    const path = [
      world.shims,
      `${world.shims}/`,
      rel,
      `${link}/`,
      link,
      world.shims,
      world.bin,
      '/usr/bin',
      '/bin',
    ].join(':');
    for (const args of [['status'], ['delete']]) {
      const result = await runDetached(join(link, 'railway'), args, {
        cwd: world.root,
        env: env({ PATH: path, STANDIN_EXIT: '0' }),
      });
      assert.equal(result.code, args[0] === 'delete' ? 77 : 0, result.stderr);
    }
    assert.deepEqual(railway.argv(), ['status']);
  });

  test('only shim directories on PATH: 127 and a clear message, from the fast path and from the full check', async () => {
    const link = join(world.root, 'shim-link-2');
    symlinkSync(world.shims, link);
    const path = [world.shims, `${link}/`, relative(world.root, world.shims)].join(':');
    for (const args of [['status'], ['delete']]) {
      const result = await runDetached(join(world.shims, 'railway'), args, {
        cwd: world.root,
        env: env({ PATH: path }),
      });
      assert.equal(result.code, 127, result.stderr);
      assert.match(result.stderr, /^guard: the real `railway` was not found on PATH/);
    }
  });

  test('copied shims outside a shim directory: a copy skips itself; two copies hit the depth backstop (exit 70)', async () => {
    const a = join(world.root, 'copy-a');
    const b = join(world.root, 'copy-b');
    mkdirSync(a);
    mkdirSync(b);
    copyFileSync(join(world.shims, 'railway'), join(a, 'railway'));
    copyFileSync(join(world.shims, 'railway'), join(b, 'railway'));
    chmodSync(join(a, 'railway'), 0o755);
    chmodSync(join(b, 'railway'), 0o755);
    const alone = await runDetached('railway', ['status'], { env: env({ PATH: `${a}:/usr/bin:/bin` }) });
    assert.equal(alone.code, 127, alone.stderr);
    const loop = await runDetached('railway', ['status'], { env: env({ PATH: `${a}:${b}:/usr/bin:/bin` }) });
    assert.equal(loop.code, 70, loop.stderr);
    assert.match(loop.stderr, /^guard: railway: guard's shims were entered 8 times in a row/);
  });
});
