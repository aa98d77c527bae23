// Every signal kind can be mapped to a configured environment through resolveEnvironment, and
// the evidence chain keeps the order flag > env > config > tool-config > probe > unknown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinPacks } from '../../rules/index.js';
import { classifyArgv, indexPacks } from '../../src/core/classify.js';
import { defaultConfig } from '../../src/core/config-defaults.js';
import { SIGNAL_KINDS } from '../../src/core/config/schema.js';
import { exampleContext } from '../../src/core/example-context.js';
import { panelLines } from '../../src/core/present.js';
import type { GuardConfig } from '../../src/core/types.js';
import { signalPack } from '../helpers/signal-pack.js';

const index = indexPacks([signalPack]);

function classify(signals: string[], config: GuardConfig = defaultConfig()) {
  const argv = ['fake', 'drop', 'thing', ...signals.flatMap((s) => ['--signal', s])];
  const decision = classifyArgv(argv, exampleContext({ argv }, config), index);
  const finding = decision.findings[0];
  assert.ok(finding, 'fake/drop must flag');
  return { finding, lines: panelLines(argv, decision) };
}

const VALUES: Record<string, string> = {
  'railway-environment': 'c0ffee00-prod-env-id',
  'railway-project': 'proj-1234',
  'db-host': 'db.internal.example.com',
  'db-name': 'orders',
  'db-uri': 'postgres://db.internal.example.com:5432/orders',
  'tf-workspace': 'blue',
  'tf-dir': '/home/user/project/infra/live',
  'kube-context': 'gke_acme_europe-west1_main',
  'kube-namespace': 'payments',
  'aws-profile': 'acme-admin',
  'aws-account': '123456789012',
  'gcloud-project': 'acme-core',
  'azure-subscription': '00000000-1111-2222-3333-444444444444',
  'fly-app': 'acme-api',
  'heroku-app': 'acme-web',
  'supabase-ref': 'abcdefghijklmnopqrst',
  'vercel-scope': 'acme',
  'docker-context': 'remote-box',
  'git-remote': 'git@github.com:acme/app.git',
  'http-host': 'api.acme.com',
  other: 'thing-7',
};

for (const kind of SIGNAL_KINDS) {
  test(`signal ${kind}: a configured environment names it and decides production`, () => {
    const value = VALUES[kind] as string;
    const prefix = value.slice(0, Math.max(1, value.length - 3));
    const config: GuardConfig = {
      ...defaultConfig(),
      environments: [
        { name: 'crown-jewels', production: true, match: { [kind]: [`${prefix}*`] }, source: '/u/config.yaml' },
      ],
    };
    const { finding, lines } = classify([`${kind}=${value}@flag`], config);
    assert.equal(finding.environment.name, 'crown-jewels');
    assert.equal(finding.environment.production, true);
    assert.match(
      finding.environment.evidence[0]?.detail ?? '',
      new RegExp(`config /u/config.yaml: environment "crown-jewels" matches ${kind}`),
    );
    assert.ok(lines.some((l) => l.includes('crown-jewels')));
  });
  test(`signal ${kind}: a non-matching configured environment leaves the raw value`, () => {
    const config: GuardConfig = {
      ...defaultConfig(),
      environments: [{ name: 'crown-jewels', production: true, match: { [kind]: ['nothing-like-it'] } }],
    };
    const { finding } = classify([`${kind}=${VALUES[kind]}@env`], config);
    assert.equal(finding.environment.name, VALUES[kind]);
  });
}

test('precedence: the strongest signal (flag) decides, weaker ones stay in the chain in order', () => {
  const { finding, lines } = classify([
    'other=staging@flag',
    'other=production@env',
    'other=dev@tool-config',
    'other=qa@probe',
  ]);
  assert.equal(finding.environment.name, 'staging');
  assert.equal(finding.environment.source, 'flag');
  assert.deepEqual(
    finding.environment.evidence.map((e) => e.source),
    ['flag', 'env', 'tool-config', 'probe'],
  );
  assert.ok(lines.some((l) => l.includes('also env: other production from env')));
});

test('precedence: a configured environment matching a weaker signal wins over an unmatched stronger one', () => {
  // config is consulted per signal, strongest first; the first signal a configured environment claims decides
  const config: GuardConfig = {
    ...defaultConfig(),
    environments: [{ name: 'production', production: true, match: { 'tf-workspace': ['prod'] } }],
  };
  const { finding } = classify(['other=whatever@flag', 'tf-workspace=prod@tool-config'], config);
  assert.equal(finding.environment.name, 'production');
  assert.equal(finding.environment.source, 'tool-config');
});

test('env var beats tool config file', () => {
  const { finding } = classify(['tf-workspace=green@env', 'tf-workspace=blue@tool-config']);
  assert.equal(finding.environment.name, 'green');
  assert.equal(finding.environment.source, 'env');
});

test('probe evidence is used when nothing stronger exists', () => {
  const { finding } = classify(['railway-environment=qa@probe']);
  assert.equal(finding.environment.name, 'qa');
  assert.equal(finding.environment.source, 'probe');
  assert.equal(finding.environment.production, false);
});

test('no signal: unknown, treated as production', () => {
  const { finding, lines } = classify([]);
  assert.equal(finding.environment.name, 'unknown');
  assert.equal(finding.environment.production, true);
  assert.ok(lines.some((l) => l.includes('treated as production')));
});

test('a configured non-production environment overrides the name heuristic (user config only)', () => {
  const config: GuardConfig = { ...defaultConfig(), environments: [{ name: 'main-preview', production: false }] };
  const { finding } = classify(['other=main-preview@flag'], config);
  assert.equal(finding.environment.production, false);
  const { finding: plain } = classify(['other=main-preview@flag']);
  assert.equal(plain.environment.production, true);
});

// The same through the real packs on main: configured environments reach them via resolveEnvironment.
const realIndex = indexPacks(builtinPacks);
const realConfig: GuardConfig = {
  ...defaultConfig(),
  environments: [
    {
      name: 'production',
      production: true,
      match: { 'railway-environment': ['c0ffee*'], 'tf-workspace': ['blue', 'green'] },
      source: '/u/config.yaml',
    },
    { name: 'sandbox', production: false, match: { 'tf-workspace': ['sbx-*'] }, source: '/u/config.yaml' },
  ],
};

test('real railway pack: an environment id from RAILWAY_ENVIRONMENT_ID maps to a configured environment', () => {
  const argv = ['railway', 'volume', 'delete', '-v', 'pg-data'];
  const d = classifyArgv(
    argv,
    exampleContext({ argv, env: { RAILWAY_PROJECT_ID: 'p-1', RAILWAY_ENVIRONMENT_ID: 'c0ffee-42' } }, realConfig),
    realIndex,
  );
  assert.equal(d.findings[0]?.environment.name, 'production');
  assert.equal(d.findings[0]?.environment.source, 'env');
});

test('real terraform pack: TF_WORKSPACE (env) and .terraform/environment (tool config) map through config', () => {
  const argv = ['terraform', 'destroy'];
  const fromEnv = classifyArgv(argv, exampleContext({ argv, env: { TF_WORKSPACE: 'green' } }, realConfig), realIndex);
  assert.deepEqual(
    [fromEnv.findings[0]?.environment.name, fromEnv.findings[0]?.environment.source],
    ['production', 'env'],
  );
  const fromFile = classifyArgv(
    argv,
    exampleContext({ argv, files: { '/home/user/project/.terraform/environment': 'sbx-7\n' } }, realConfig),
    realIndex,
  );
  assert.deepEqual(
    [
      fromFile.findings[0]?.environment.name,
      fromFile.findings[0]?.environment.source,
      fromFile.findings[0]?.environment.production,
    ],
    ['sandbox', 'tool-config', false],
  );
  const flagBeatsFile = classifyArgv(
    argv,
    exampleContext(
      { argv, env: { TF_WORKSPACE: 'sbx-1' }, files: { '/home/user/project/.terraform/environment': 'blue\n' } },
      realConfig,
    ),
    realIndex,
  );
  assert.equal(
    flagBeatsFile.findings[0]?.environment.name,
    'sandbox',
    'TF_WORKSPACE outranks the selected workspace file',
  );
});
