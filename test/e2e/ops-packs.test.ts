// End-to-end: ops tools through the built guard in prefix mode, with stand-ins on PATH and no terminal.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runGuard } from '../helpers/run-guard.js';
import { createTempWorld, type TempWorld } from '../helpers/temp-world.js';

let world: TempWorld;
before(() => {
  world = createTempWorld();
});
after(() => world.dispose());

const refusals: [string, string[], RegExp][] = [
  ['aws', ['s3', 'rb', 's3://prod-assets', '--force'], /aws\/s3-rb would destroy s3:\/\/prod-assets in prod/],
  ['gh', ['repo', 'delete', 'acme/api', '--yes'], /gh\/repo-delete would destroy acme\/api/],
  [
    'npx',
    ['prisma', 'migrate', 'reset', '--force'],
    /npx\/prisma-migrate-reset would destroy shop in db\.prod\.internal/,
  ],
  ['php', ['artisan', 'migrate:fresh', '--force'], /laravel\/migrate-fresh-or-wipe would destroy/],
  ['supabase', ['db', 'reset', '--linked', '--yes'], /supabase\/db-reset-remote would destroy postgres in unknown/],
];

for (const [tool, args, reason] of refusals) {
  test(`guard ${tool} ${args.join(' ')} without a terminal: refused with 77, the tool never runs`, async () => {
    const standIn = world.standIn(tool);
    const env = world.env({ AWS_PROFILE: 'prod', DATABASE_URL: 'postgresql://app@db.prod.internal:5432/shop' });
    const result = await runGuard([tool, ...args], { env, cwd: world.root });
    assert.equal(result.code, 77, result.stderr);
    assert.match(result.stderr, reason);
    assert.match(result.stderr, /guard rules show /);
    assert.equal(standIn.ran(), false);
  });
}

test("benign runner usage passes straight through with the tool's own exit code", async () => {
  for (const [tool, args] of [
    ['npx', ['tsc', '--noEmit']],
    ['python3', ['script.py', 'flush']],
    ['php', ['-v']],
    ['aws', ['s3', 'ls']],
  ] as const) {
    const standIn = world.standIn(tool);
    const result = await runGuard([tool, ...args], {
      env: world.env({ STANDIN_EXIT: '3', AWS_PROFILE: 'prod' }),
      cwd: world.root,
    });
    assert.equal(result.code, 3, `${tool}: ${result.stderr}`);
    assert.deepEqual(standIn.argv(), [...args]);
  }
});

test("the environment comes from the tool's own config file in the working directory", async () => {
  const project = join(world.root, 'fly-project');
  mkdirSync(project, { recursive: true });
  writeFileSync(join(project, 'fly.toml'), 'app = "acme-prod"\n');
  const fly = world.standIn('fly');
  const result = await runGuard(['fly', 'volumes', 'destroy', 'vol_123', '-y'], { env: world.env(), cwd: project });
  assert.equal(result.code, 77, result.stderr);
  assert.match(
    result.stderr,
    /fly\/volumes-destroy would destroy vol_123 in acme-prod \(from the tool's own config: app = "acme-prod" in .*fly\.toml/,
  );
  assert.equal(fly.ran(), false);
});
