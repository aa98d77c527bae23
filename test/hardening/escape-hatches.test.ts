// No environment variable, flag or project file lets a destructive command run without a human
// at a terminal. The variables are enumerated from the source (a scan fails on any new read that
// is not listed here), and each one is then set to "off"-looking values for a refused command.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runGuard, type RunResult } from '../helpers/run-guard.js';
import { createStandIn } from '../helpers/stand-in.js';
import { createTempWorld, type TempWorld } from '../helpers/temp-world.js';
import { scanEnvReads } from './env-reads.js';

/** Every variable guard's own code reads by name. A new read must be added here, and so gets tested below. */
const READ_BY_NAME = [
  'AWS_ACCESS_KEY_ID',
  'AWS_DEFAULT_REGION',
  'AWS_ENDPOINT_URL',
  'AWS_PROFILE',
  'AWS_REGION',
  'AZURE_CONFIG_DIR',
  'CI',
  'CLOUDSDK_ACTIVE_CONFIG_NAME',
  'CLOUDSDK_CONFIG',
  'CLOUDSDK_CORE_DISABLE_PROMPTS',
  'GOOGLE_APPLICATION_CREDENTIALS',
  'CLOUDSDK_CORE_PROJECT',
  'CODEX_HOME',
  'COMPOSE_PROJECT_NAME',
  'CURL_HOME',
  'DISABLE_DATABASE_ENVIRONMENT_CHECK',
  'DJANGO_SETTINGS_MODULE',
  'DOCKER_CONFIG',
  'DOCKER_CONTEXT',
  'DOCKER_HOST',
  'FLY_APP',
  'GH_HOST',
  'GH_REPO',
  'GUARD_SYSTEM_DIR',
  'HELM_KUBECONTEXT',
  'HELM_NAMESPACE',
  'HEROKU_APP',
  'HOME',
  'KUBECONFIG',
  'LOGNAME',
  'NODE_ENV',
  'PATH',
  'PGHOSTADDR',
  'PGSERVICE',
  'PGSERVICEFILE',
  'PGSYSCONFDIR',
  'POSIXLY_CORRECT',
  'PSQLRC',
  'PULUMI_HOME',
  'RAILWAY_API_TOKEN',
  'RAILWAY_ENV',
  'RAILWAY_ENVIRONMENT_ID',
  'RAILWAY_PROJECT_ID',
  'RAILWAY_SERVICE_ID',
  'RAILWAY_TOKEN',
  'SHELL',
  'SUPABASE_WORKDIR',
  'TF_DATA_DIR',
  'TF_WORKSPACE',
  'USER',
  'VERCEL_ORG_ID',
  'XDG_CONFIG_HOME',
  'XDG_DATA_HOME',
  'XDG_STATE_HOME',
];

/** Files that read variables by computed name, what for, and names that reach them. */
const READ_DYNAMICALLY: Record<string, { why: string; names: string[] }> = {
  'src/core/audit/agent.ts': {
    why: 'agent markers, recorded in the audit trail only',
    names: [
      'CLAUDECODE',
      'CLAUDE_CODE_ENTRYPOINT',
      'CURSOR_TRACE_ID',
      'CODEX_SANDBOX',
      'OPENCODE',
      'AIDER_MODEL',
      'GEMINI_CLI',
      'COPILOT_AGENT',
    ],
  },
  'bin/guard-shim-loader.cjs': {
    why: 'GUARD_KEEP_<NAME>: NODE_OPTIONS & co. moved aside by the shim, put back for the real tool only',
    names: ['GUARD_KEEP_NODE_OPTIONS', 'GUARD_KEEP_LD_PRELOAD'],
  },
  'src/core/audit/redact.ts': {
    why: 'names of secret-looking variables, never their values',
    names: ['GUARD_TOKEN', 'GUARD_SECRET', 'DEPLOY_KEY'],
  },
  'src/core/catalogue/match-operation.ts': {
    why: 'variables a catalogue tool or a custom rule names as environment signals',
    names: ['VAULT_ADDR', 'CONSUL_HTTP_ADDR', 'ETCDCTL_ENDPOINTS', 'CLOUDFLARE_ACCOUNT_ID'],
  },
  'src/core/doctor/token-advisories.ts': {
    why: '`guard doctor` advice about credentials in the environment',
    names: ['AWS_SECRET_ACCESS_KEY', 'GITHUB_TOKEN'],
  },
  'src/core/shell/analyse-line.ts': {
    why: 'assignments inside an analysed shell line (FOO=1 cmd), written to a copy',
    names: [],
  },
  'src/core/shell/command-context.ts': {
    why: "a walked command's environment: the line's exports and assignments, written to a copy",
    names: [],
  },
  'src/core/scan/extract-yaml.ts': {
    why: "a CI step's `env:` block, read from the workflow file guard scan reads (not guard's own environment)",
    names: [],
  },
  'src/core/follow/make.ts': {
    why: 'make reads the environment as variables (a recipe using $(HOME) removes the real home)',
    names: [],
  },
  'src/core/tools/terraform/env-args.ts': {
    why: 'TF_CLI_ARGS and TF_CLI_ARGS_<command>, which add arguments to terraform',
    names: ['TF_CLI_ARGS', 'TF_CLI_ARGS_destroy'],
  },
  'src/core/token-hygiene.ts': {
    why: 'which credential variables are set, for warnings',
    names: ['RAILWAY_API_TOKEN', 'AWS_SECRET_ACCESS_KEY'],
  },
  'src/core/tools/mysql/parse-mysql-args.ts': {
    why: 'MYSQL_HOST, MYSQL_PWD… name the MySQL target',
    names: ['MYSQL_HOST', 'MYSQL_TCP_PORT'],
  },
  'src/core/tools/psql/pg-target.ts': {
    why: 'PGHOST, PGDATABASE, PGPORT… name the PostgreSQL target',
    names: ['PGHOST', 'PGDATABASE', 'PGPORT', 'PGUSER'],
  },
  'src/core/tools/rails/parse-rails.ts': {
    why: 'RAILS_ENV / RACK_ENV name the Rails environment',
    names: ['RAILS_ENV', 'RACK_ENV'],
  },
  'src/core/tools/aws/aws-environment.ts': {
    why: 'AWS_PROFILE / AWS_DEFAULT_PROFILE / AWS_REGION signals',
    names: ['AWS_DEFAULT_PROFILE', 'AWS_REGION'],
  },
  'src/core/tools/framework/framework-signals.ts': {
    why: 'RAILS_ENV, APP_ENV, MIX_ENV, DATABASE_URL… for framework resets',
    names: ['RAILS_ENV', 'APP_ENV', 'MIX_ENV', 'DATABASE_URL', 'DJANGO_SETTINGS_MODULE'],
  },
};

/** Read by Node or by libraries guard loads (os.tmpdir, chalk), and names an escape hatch would plausibly have. */
const READ_BY_RUNTIME = [
  'TMPDIR',
  'TMP',
  'TEMP',
  'NO_COLOR',
  'FORCE_COLOR',
  'TERM',
  'COLORTERM',
  'LANG',
  'LC_ALL',
  'XDG_CONFIG_HOME',
  'XDG_DATA_HOME',
];
const PLAUSIBLE_HATCHES = [
  'GUARD',
  'GUARD_DISABLE',
  'GUARD_DISABLED',
  'GUARD_OFF',
  'GUARD_ALLOW',
  'GUARD_YES',
  'GUARD_SKIP',
  'GUARD_BYPASS',
  'GUARD_CONFIRM',
  'GUARD_FORCE',
  'GUARD_MODE',
  'GUARD_DENY',
  'GUARD_INTERACTIVE',
  'GUARD_NONINTERACTIVE',
  'NO_GUARD',
  'SKIP_GUARD',
  'GUARD_ASSUME_YES',
  'GUARD_TTY',
  'GUARD_CONFIG',
  'GUARD_TEST',
];
const OFF_VALUES = ['0', 'false', '1', 'yes', 'allow', 'off', 'true', 'no', ''];

const DELETE = ['railway', 'volume', '-e', 'production', 'delete', '-v', 'pg-data', '--yes'];

let world: TempWorld;
before(() => {
  world = createTempWorld();
});
after(() => world.dispose());

test('source scan: every environment variable guard reads is listed (add new ones to READ_BY_NAME, and they get tested)', () => {
  const reads = scanEnvReads();
  const unlisted = reads.filter((r) => (r.name ? !READ_BY_NAME.includes(r.name) : !(r.file in READ_DYNAMICALLY)));
  assert.deepEqual(
    unlisted.map((r) => `${r.file}:${r.line} ${r.name ?? '(computed name)'}: ${r.text}`),
    [],
  );
  // The list holds nothing stale either: each entry is still read somewhere.
  const named = new Set(reads.map((r) => r.name));
  assert.deepEqual(
    READ_BY_NAME.filter((n) => !named.has(n)),
    [],
  );
});

/** Runs many guards, a few at a time (each is a Node start-up). */
async function inBatches<T>(items: T[], size: number, run: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(run));
}

function assertRefused(result: RunResult, ran: boolean, label: string): void {
  assert.equal(ran, false, `${label}: the real tool ran`);
  // PATH without the tool's directory: not found (127); everything else: refused (77).
  assert.ok(
    result.code === 77 || (label.startsWith('PATH=') && result.code === 127),
    `${label}: exit ${result.code}\n${result.stderr}`,
  );
}

test('each variable guard reads, set to off-looking values, never lets a destructive command run without a terminal', async () => {
  const names = [
    ...READ_BY_NAME,
    ...Object.values(READ_DYNAMICALLY).flatMap((d) => d.names),
    ...READ_BY_RUNTIME,
    ...PLAUSIBLE_HATCHES,
  ];
  const cases = names.flatMap((name, i) =>
    [0, 1].map((k) => ({ name, value: OFF_VALUES[(i + k * 4) % OFF_VALUES.length] as string })),
  );
  await inBatches(cases, 6, async ({ name, value }) => {
    const records = join(world.root, `rec-${name}-${value}`);
    mkdirSync(records, { recursive: true });
    const bin = join(world.root, `bin-${name}-${value}`);
    mkdirSync(bin, { recursive: true });
    const railway = createStandIn(bin, records, 'railway');
    const env = { ...world.env(), PATH: `${bin}:${process.env.PATH ?? '/usr/bin:/bin'}`, [name]: value };
    const result = await runGuard(DELETE, { env, cwd: world.root });
    assertRefused(result, railway.ran(), `${name}=${value}`);
  });
});

test('all of them set at once, to each off-looking value: still refused', async () => {
  const names = [
    ...READ_BY_NAME.filter((n) => n !== 'PATH'),
    ...Object.values(READ_DYNAMICALLY).flatMap((d) => d.names),
    ...READ_BY_RUNTIME,
    ...PLAUSIBLE_HATCHES,
  ];
  await inBatches(OFF_VALUES, 3, async (value) => {
    const railway = world.standIn('railway');
    const env = { ...world.env(), ...Object.fromEntries(names.map((n) => [n, value])) };
    const result = await runGuard(DELETE, { env, cwd: world.root });
    assertRefused(result, railway.ran(), `all=${value}`);
  });
});

const FLAGS = ['--yes', '-y', '--force', '-auto-approve', '--confirm', '--no-guard', '--guard-off'];

test('skip flags anywhere in the argv, before the tool included, never let it run', async () => {
  const railway = world.standIn('railway');
  const cases = FLAGS.flatMap((flag) => [
    [flag, ...DELETE],
    ['--deny', flag, ...DELETE],
    [DELETE[0] as string, flag, ...DELETE.slice(1)],
    [...DELETE.slice(0, 4), flag, ...DELETE.slice(4)],
    [...DELETE, flag],
    [...DELETE, '--', flag],
  ]);
  await inBatches(cases, 6, async (argv) => {
    const result = await runGuard(argv, { env: world.env(), cwd: world.root });
    // Before the tool, guard reads it as its own (unknown) option: a usage error. Everywhere else: refused.
    const expected = argv[0] === DELETE[0] ? 77 : 64;
    assert.equal(result.code, expected, `${argv.join(' ')}: ${result.stderr}`);
  });
  assert.equal(railway.ran(), false);
});

test('project files that try to switch guard off or allow the command cannot', async () => {
  const project = join(world.root, 'hostile-project');
  mkdirSync(join(project, '.git'), { recursive: true });
  const off = {
    enabled: false,
    disable: ['railway/volume-delete'],
    allow: [{ rule: 'railway/volume-delete', environment: 'production', resource: 'pg-data' }],
    deny: false,
    interactive: false,
    yes: true,
  };
  writeFileSync(join(project, 'guard.config.json'), JSON.stringify(off));
  writeFileSync(join(project, '.guardrc'), JSON.stringify(off));
  writeFileSync(join(project, '.guardrc.json'), JSON.stringify(off));
  writeFileSync(join(project, '.guardrc.yaml'), 'enabled: false\ndisable: [railway/volume-delete]\n');
  writeFileSync(join(project, 'guard.config.js'), 'process.exit(0);\nexport default { enabled: false };\n');
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'x', guard: off }));
  const railway = world.standIn('railway');
  const result = await runGuard(DELETE, { env: world.env(), cwd: project });
  assert.equal(railway.ran(), false);
  // Refused (77), or the project config is rejected as invalid (78): never run.
  assert.ok(result.code === 77 || result.code === 78, `${result.code}: ${result.stderr}`);
});
