// End-to-end: `terraform apply PLANFILE` is judged by reading the plan through the real tool's
// `show -json` (here a stand-in on PATH), in the -chdir directory; the apply itself runs only when benign.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runGuard } from '../helpers/run-guard.js';
import { createTempWorld, type TempWorld } from '../helpers/temp-world.js';

let world: TempWorld;
let project: string;
const applied = () => join(world.records, 'terraform.apply');

before(() => {
  world = createTempWorld();
  project = join(world.root, 'infra');
  mkdirSync(join(project, 'envs/prod/.terraform'), { recursive: true });
  writeFileSync(join(project, 'envs/prod/.terraform/environment'), 'production\n');
  const plan = (actions: Record<string, string[]>) =>
    JSON.stringify({
      format_version: '1.2',
      resource_changes: Object.entries(actions).map(([address, a]) => ({
        address,
        mode: 'managed',
        change: { actions: a },
      })),
    });
  writeFileSync(
    join(project, 'destroy.tfplan.json'),
    plan({ 'aws_db_instance.main': ['delete'], 'aws_s3_bucket.logs': ['delete'] }),
  );
  writeFileSync(join(project, 'create.tfplan.json'), plan({ 'aws_instance.web': ['create'] }));
  writeFileSync(join(project, 'envs/prod/replace.tfplan.json'), plan({ 'aws_db_instance.main': ['create', 'delete'] }));
  // `show -json PLAN` prints PLAN.json from the directory it runs in; anything else records its argv.
  writeFileSync(
    join(world.bin, 'terraform'),
    `#!/bin/sh\nif [ "$1" = show ]; then cat "$3.json"; exit $?; fi\nprintf '%s\\n' "$@" > '${applied()}'\necho applied\n`,
  );
  chmodSync(join(world.bin, 'terraform'), 0o755);
});
after(() => world.dispose());

test('a saved plan that deletes resources needs confirmation, naming the plan and what it deletes', async () => {
  const result = await runGuard(['check', '--json', '--', 'terraform', 'apply', 'destroy.tfplan'], {
    cwd: project,
    env: world.env(),
  });
  assert.equal(result.code, 77, result.stderr);
  const [finding] = JSON.parse(result.stdout).findings as {
    rule: string;
    resource: string;
    environment: { name: string };
  }[];
  assert.deepEqual(
    [finding?.rule, finding?.resource, finding?.environment.name],
    ['terraform/apply-destructive-plan', 'destroy.tfplan', 'default'],
  );
  const panel = await runGuard(['check', '--', 'terraform', 'apply', 'destroy.tfplan'], {
    cwd: project,
    env: world.env(),
  });
  assert.match(panel.stdout, /the plan removes 2 resources: delete 2/);
});

test('-chdir: the plan is read in that directory and the workspace comes from its .terraform', async () => {
  const result = await runGuard(['check', '--json', '--', 'terraform', '-chdir=envs/prod', 'apply', 'replace.tfplan'], {
    cwd: project,
    env: world.env(),
  });
  assert.equal(result.code, 77, result.stderr);
  const [finding] = JSON.parse(result.stdout).findings as {
    resource: string;
    environment: { name: string; source: string };
  }[];
  assert.deepEqual(
    [finding?.resource, finding?.environment.name, finding?.environment.source],
    ['aws_db_instance.main', 'production', 'tool-config'],
  );
});

test('a create-only plan runs straight through; a destructive one is refused without a human and never applied', async () => {
  const ok = await runGuard(['terraform', 'apply', 'create.tfplan'], { cwd: project, env: world.env() });
  assert.equal(ok.code, 0, ok.stderr);
  assert.equal(ok.stdout, 'applied\n');
  assert.equal(readFileSync(applied(), 'utf8'), 'apply\ncreate.tfplan\n');
  const refused = await runGuard(['terraform', 'apply', 'missing.tfplan'], {
    cwd: project,
    env: world.env({ CI: 'true' }),
  });
  assert.equal(refused.code, 77);
  assert.match(refused.stderr, /terraform\/apply-destructive-plan/);
  writeFileSync(applied(), '');
  const denied = await runGuard(['--deny', 'terraform', 'apply', 'destroy.tfplan'], { cwd: project, env: world.env() });
  assert.equal(denied.code, 77);
  assert.equal(readFileSync(applied(), 'utf8'), '', 'the apply never ran');
  assert.ok(existsSync(applied()));
});
