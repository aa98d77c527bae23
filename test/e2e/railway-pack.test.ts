// The railway pack through the built binary: environment from a real ~/.railway/config.json in a
// temp HOME, token handling, and benign look-alikes passing straight through to a stand-in.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runGuard } from '../helpers/run-guard.js';
import { createTempWorld, type TempWorld } from '../helpers/temp-world.js';

let world: TempWorld;
let project: string;
before(() => {
  world = createTempWorld();
  project = join(world.root, 'shop');
  mkdirSync(join(project, 'api', 'src'), { recursive: true });
  mkdirSync(join(world.home, '.railway'), { recursive: true });
  const link = {
    projectPath: project,
    name: 'shop',
    project: 'prj-1',
    environment: 'env-1',
    environmentName: 'production',
    service: 'svc-api',
  };
  writeFileSync(
    join(world.home, '.railway', 'config.json'),
    JSON.stringify({ projects: { [project]: link }, user: {} }),
  );
});
after(() => world.dispose());

interface CheckJson {
  decision: string;
  findings: {
    rule: string;
    resource: string;
    environment: { name: string; source: string; evidence: { detail: string }[] };
    warnings: string[];
  }[];
}

async function check(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; json: CheckJson }> {
  const result = await runGuard(['check', '--json', '--', ...argv], {
    cwd: join(project, 'api', 'src'),
    env: world.env(env),
  });
  return { code: result.code, json: JSON.parse(result.stdout) as CheckJson };
}

test('the linked environment is found walking up from a subdirectory of the linked project', async () => {
  const { code, json } = await check(['railway', 'volume', 'delete', '-v', 'pg-data', '-y']);
  assert.equal(code, 77);
  const [finding] = json.findings;
  assert.equal(finding?.rule, 'railway/volume-delete');
  assert.equal(`${finding?.environment.name}/${finding?.resource}`, 'production/pg-data');
  assert.equal(finding?.environment.source, 'tool-config');
  assert.match(
    finding?.environment.evidence[0]?.detail ?? '',
    /~\/\.railway\/config\.json links .*\/shop to environment production/,
  );
});

test('RAILWAY_TOKEN overrides the link: unknown, and the evidence says so', async () => {
  const { json } = await check(['railway', 'volume', 'delete', '-v', 'pg-data'], { RAILWAY_TOKEN: 'dummy' });
  const [finding] = json.findings;
  assert.equal(finding?.environment.name, 'unknown');
  assert.equal(
    finding?.environment.evidence[0]?.detail,
    "RAILWAY_TOKEN is set: the token's own environment overrides the link",
  );
});

test('a benign look-alike runs the real tool straight through, with no output of guard', async () => {
  const railway = world.standIn('railway');
  const argv = ['variable', 'set', 'NOTE=delete'];
  const result = await runGuard(['railway', ...argv], { cwd: project, env: world.env({ CI: 'true' }) });
  assert.equal(result.code, 0);
  assert.equal(result.stderr, '');
  assert.equal(result.stdout, 'stand-in railway ran\n');
  assert.deepEqual(railway.argv(), argv);
});

test('variable delete, which railway never confirms, is refused without a human', async () => {
  const railway = world.standIn('railway');
  const result = await runGuard(['railway', 'variable', 'delete', 'DATABASE_URL'], {
    cwd: project,
    env: world.env({ CI: 'true' }),
  });
  assert.equal(result.code, 77);
  assert.equal(railway.ran(), false);
  assert.match(result.stderr, /railway\/variable-delete/);
  assert.match(result.stderr, /DATABASE_URL/);
});
