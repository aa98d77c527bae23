// The bundles hold the catalogue's index only; each tool's data is its own chunk (dist/catalogue/<tool>.cjs,
// scripts/bundle-shim.mjs), required the first time one of its commands is judged. Proven on a copy of
// the built guard from which every chunk but one is removed: an eager load would fail on the missing ones.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogueEntries } from '../../rules/catalogue/index.js';
import { createTempWorld, type TempWorld } from '../helpers/temp-world.js';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
let world: TempWorld;
let copy: string;
before(() => {
  world = createTempWorld();
  copy = join(world.home, 'guard-copy');
  mkdirSync(join(copy, 'dist', 'catalogue'), { recursive: true });
  cpSync(join(repo, 'bin'), join(copy, 'bin'), { recursive: true });
  cpSync(join(repo, 'package.json'), join(copy, 'package.json'));
  for (const file of ['guard-shim.cjs', 'guard-shim.cjs.cache', 'guard-cli.cjs', 'guard-cli.cjs.cache'])
    cpSync(join(repo, 'dist', file), join(copy, 'dist', file));
  cpSync(join(repo, 'dist', 'catalogue', 'zfs.cjs'), join(copy, 'dist', 'catalogue', 'zfs.cjs'));
  symlinkSync(join(repo, 'node_modules'), join(copy, 'node_modules'));
});
after(() => world.dispose());

const shim = (argv: string[]) => {
  const tool = world.standIn(argv[0] as string);
  return {
    tool,
    ...spawnSync(process.execPath, [join(copy, 'bin', 'guard-shim.cjs'), ...argv], {
      env: world.env({ PATH: `${world.bin}:/usr/bin:/bin`, CI: 'true' }),
      encoding: 'utf8',
    }),
  };
};

test('every catalogued tool has a chunk, and the bundles carry none of the data', () => {
  const chunks = readdirSync(join(repo, 'dist', 'catalogue'));
  assert.deepEqual(chunks.sort(), catalogueEntries.map((e) => `${e.tool}.cjs`).sort());
  const zfsOnly = 'only a snapshot held elsewhere (zfs send) brings the data back';
  assert.ok(readFileSync(join(repo, 'dist', 'catalogue', 'zfs.cjs'), 'utf8').includes(zfsOnly));
  for (const bundle of ['guard-shim.cjs', 'guard-cli.cjs'])
    assert.ok(!readFileSync(join(repo, 'dist', bundle), 'utf8').includes(zfsOnly), bundle);
});

test('with one chunk left, its tool is judged and hand-written packs still work: nothing else is loaded', () => {
  assert.ok(!existsSync(join(copy, 'dist', 'catalogue', 'virsh.cjs')));
  const zfs = shim(['zfs', 'destroy', '-r', 'tank/postgres']);
  assert.equal(zfs.status, 77, zfs.stderr);
  assert.match(zfs.stderr, /zfs\/destroy/);
  const list = shim(['zfs', 'list']);
  assert.equal(list.status, 0, list.stderr);
  assert.ok(list.tool.ran());
  const terraform = shim(['terraform', 'destroy', '-auto-approve']);
  assert.equal(terraform.status, 77, terraform.stderr);
});

test('a tool whose chunk is missing fails closed: refused, with a guard: line, never run', () => {
  const virsh = shim(['virsh', 'undefine', 'db01', '--remove-all-storage']);
  assert.notEqual(virsh.status, 0);
  assert.match(virsh.stderr, /^guard: /m);
  assert.equal(virsh.tool.ran(), false);
});
