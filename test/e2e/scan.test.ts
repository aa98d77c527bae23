// guard scan on a fixture repository holding every file kind it reads: each destructive line is
// reported at its file:line and nothing else; SARIF validates against the published 2.1.0 schema;
// a baseline suppresses known findings and a new one still fails; committed tokens are named, never printed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AjvDraft04 from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { runGuard } from '../helpers/run-guard.js';
import { createTempWorld, type TempWorld } from '../helpers/temp-world.js';

const FIXTURE = fileURLToPath(new URL('../../../test/fixtures/scan-repo', import.meta.url));
// Both packages are CommonJS with a default export.
const Ajv = AjvDraft04.default;
const addFormats = addFormatsModule.default;
const SCHEMA = fileURLToPath(new URL('../../../test/fixtures/sarif/sarif-2.1.0-rtm.5.json', import.meta.url));

const DESTRUCTIVE = [
  '.github/workflows/ci.yml:12 git/force-push',
  '.github/workflows/ci.yml:14 terraform/destroy',
  '.gitlab-ci.yml:8 redis/flush-data',
  '.gitlab-ci.yml:14 postgres-tools/dropdb',
  'Dockerfile:5 rm/system-directory',
  'Makefile:11 terraform/destroy',
  'Makefile:15 psql/truncate-table',
  'docker-compose.yml:7 rm/outside-project',
  'docker-compose.yml:12 psql/drop-object',
  'justfile:7 kubectl/delete',
  'package.json:7 psql/drop-object',
  'package.json:9 docker/system-prune',
  'scripts/reset.sh:6 psql/drop-object',
  'scripts/reset.sh:9 railway/volume-delete',
  'scripts/wipe-home:2 rm/home-directory',
];

// Built here, not committed: secret-shaped strings never sit in the repository.
const AWS_KEY = ['AKIA', 'Z7QK3M2XW9RT4HYB'].join('');
const RAILWAY = ['6f1c2a9e', '4b7d', '4e21', '9a3f', '0c5d8e7b1a24'].join('-');

let world: TempWorld;
let repo: string;
before(() => {
  world = createTempWorld();
  repo = join(world.root, 'repo');
  cpSync(FIXTURE, repo, { recursive: true });
  writeFileSync(
    join(repo, '.env'),
    `# local settings\nNODE_ENV=development\nRAILWAY_API_TOKEN=${RAILWAY}\nAPI_KEY=\${{ secrets.API_KEY }}\n`,
  );
  mkdirSync(join(repo, 'config'));
  writeFileSync(join(repo, 'config', 'deploy.yml'), `region: eu-west-1\naws_access_key_id: ${AWS_KEY}\n`);
});
after(() => world.dispose());

interface JsonFinding {
  type: string;
  file: string;
  line: number;
  rule?: string;
  kind?: string;
}

async function scan(...args: string[]) {
  const result = await runGuard(['scan', ...args], { cwd: repo, env: world.env() });
  return result;
}

test('every destructive line of every file kind, with file:line and rule; benign lines not', async () => {
  const result = await scan('--format', 'json');
  assert.equal(result.code, 77, result.stderr);
  const report = JSON.parse(result.stdout) as { findings: JsonFinding[] };
  const commands = report.findings.filter((f) => f.type === 'command').map((f) => `${f.file}:${f.line} ${f.rule}`);
  assert.deepEqual(commands.sort(), [...DESTRUCTIVE].sort());
  const credentials = report.findings
    .filter((f) => f.type === 'credential')
    .map((f) => `${f.file}:${f.line} ${f.kind}`);
  assert.deepEqual(credentials.sort(), [
    '.env:3 Railway account or team token',
    'config/deploy.yml:2 AWS long-lived access key (IAM user or root)',
  ]);
  for (const secret of [AWS_KEY, RAILWAY])
    assert.ok(!result.stdout.includes(secret) && !result.stderr.includes(secret), 'a secret value was printed');
});

test('text output: file:line, rule, resource and environment, every line prefixed guard:', async () => {
  const result = await scan();
  assert.equal(result.code, 77);
  assert.ok(
    result.stdout
      .split('\n')
      .filter(Boolean)
      .every((l) => l.startsWith('guard: ')),
  );
  assert.match(result.stdout, /^guard: \.gitlab-ci\.yml:14: postgres-tools\/dropdb: app in db\.prod\.internal \(/m);
  assert.match(result.stdout, /^guard: scripts\/reset\.sh:9: railway\/volume-delete: pg-data in unknown \(/m);
  // The workflow step's env: names the terraform workspace.
  assert.match(
    result.stdout,
    /^guard: \.github\/workflows\/ci\.yml:14: terraform\/destroy: \S+ in production \(TF_WORKSPACE=production\)/m,
  );
});

test('SARIF output validates against the SARIF 2.1.0 schema and locates each result', async () => {
  const result = await scan('--format', 'sarif');
  assert.equal(result.code, 77);
  const sarif = JSON.parse(result.stdout) as {
    runs: Array<{
      results: Array<{
        ruleId: string;
        locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }>;
      }>;
    }>;
  };
  // The schema's `language` pattern is not valid with the u flag, so patterns are compiled without it.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')) as object);
  assert.ok(validate(sarif), JSON.stringify(validate.errors, null, 2));
  const located = sarif.runs[0]!.results.filter((r) => r.ruleId !== 'scan/committed-credential').map(
    (r) =>
      `${decodeURI(r.locations[0]!.physicalLocation.artifactLocation.uri)}:${r.locations[0]!.physicalLocation.region.startLine} ${r.ruleId}`,
  );
  assert.deepEqual(located.sort(), [...DESTRUCTIVE].sort());
  // The validator is not a rubber stamp: a result without a message fails it.
  const broken = structuredClone(sarif) as { runs: Array<{ results: Array<Record<string, unknown>> }> };
  delete broken.runs[0]!.results[0]!.message;
  assert.equal(validate(broken), false);
});

test('a baseline suppresses the known findings; a new one still fails', async () => {
  const baseline = join(world.root, 'baseline.json');
  const written = await scan('--write-baseline', baseline);
  assert.equal(written.code, 0, written.stderr);
  assert.ok(!readFileSync(baseline, 'utf8').includes(AWS_KEY), 'the baseline holds no secret');
  // Lines move above the known findings: they stay known.
  writeFileSync(
    join(repo, 'Makefile'),
    `# a comment that moves every line\n${readFileSync(join(repo, 'Makefile'), 'utf8')}`,
  );
  const clean = await scan('--baseline', baseline);
  assert.equal(clean.code, 0, clean.stdout);
  assert.match(
    clean.stdout,
    /guard: no destructive commands or credentials found in \d+ file\(s\), 17 known from the baseline/,
  );
  appendFileSync(join(repo, 'scripts', 'reset.sh'), 'terraform destroy -auto-approve\n');
  const fresh = await scan('--baseline', baseline, '--format', 'json');
  assert.equal(fresh.code, 77);
  const found = (JSON.parse(fresh.stdout) as { findings: JsonFinding[] }).findings.map(
    (f) => `${f.file}:${f.line} ${f.rule}`,
  );
  assert.deepEqual(found, ['scripts/reset.sh:19 terraform/destroy']);
});

test('a usage error for an unknown format', async () => {
  const result = await scan('--format', 'xml');
  assert.equal(result.code, 64);
  assert.match(result.stderr, /^guard: /);
});
