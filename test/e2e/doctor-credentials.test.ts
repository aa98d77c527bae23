// guard doctor names every platform credential the agent can reach, in its environment and in the
// files of the project and HOME, with kind and reach, and never prints a secret value.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runGuard, type RunResult } from '../helpers/run-guard.js';
import { createTempWorld, type TempWorld } from '../helpers/temp-world.js';

// Secret-shaped values built at run time (vendor prefixes + random), so none is committed.
const alnum = (n: number): string =>
  randomBytes(n * 2)
    .toString('base64')
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, n)
    .padEnd(n, 'Q');
const upper = (n: number): string =>
  alnum(n * 2)
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .slice(0, n)
    .padEnd(n, 'Z');
const hex = (n: number): string => randomBytes(n).toString('hex').slice(0, n);
const S = {
  railwayAccount: `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`,
  railwayProject: `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`,
  awsId: `AKIA${upper(16)}`,
  awsSecret: alnum(40),
  dbPassword: alnum(18),
  vercel: alnum(24),
  fly: `fo1_${alnum(40)}`,
  supabase: `sbp_${hex(40)}`,
  gh: `ghp_${alnum(36)}`,
  fileRailway: `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`,
  fileDb: alnum(20),
  cliRailway: alnum(32),
  fileAwsSecret: alnum(40),
  fileAwsId: `AKIA${upper(16)}`,
  ghCli: `gho_${alnum(36)}`,
  npm: `npm_${alnum(36)}`,
  pgpass: alnum(16),
  gcpKey: alnum(64),
};

let world: TempWorld;
let project: string;
let result: RunResult;

function put(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

before(async () => {
  world = createTempWorld();
  project = join(world.root, 'project');
  const home = world.home;
  put(join(project, '.env'), `NODE_ENV=development\nRAILWAY_API_TOKEN=${S.fileRailway}\nSENTRY_DSN=\n`);
  put(join(project, '.env.production'), `DATABASE_URL=postgres://app:${S.fileDb}@db.prod.example.com:5432/app\n`);
  put(join(home, '.railway', 'config.json'), JSON.stringify({ projects: {}, user: { token: S.cliRailway } }, null, 2));
  put(
    join(home, '.aws', 'credentials'),
    `[default]\naws_access_key_id = ${S.fileAwsId}\naws_secret_access_key = ${S.fileAwsSecret}\n`,
  );
  put(
    join(home, '.config', 'gh', 'hosts.yml'),
    `github.com:\n    user: someone\n    oauth_token: ${S.ghCli}\n    git_protocol: https\n`,
  );
  put(join(home, '.npmrc'), `//registry.npmjs.org/:_authToken=${S.npm}\n`);
  put(join(home, '.pgpass'), `db.prod.example.com:5432:app:app:${S.pgpass}\n`);
  const keyFile = join(world.root, 'gcp-key.json');
  put(
    keyFile,
    JSON.stringify(
      {
        type: 'service_account',
        project_id: 'shop-prod',
        private_key: `-----BEGIN PRIVATE KEY-----\n${S.gcpKey}\n-----END PRIVATE KEY-----\n`,
        client_email: 'ci@shop-prod.iam.gserviceaccount.com',
      },
      null,
      2,
    ),
  );
  const env = world.env({
    RAILWAY_API_TOKEN: S.railwayAccount,
    RAILWAY_TOKEN: S.railwayProject,
    AWS_ACCESS_KEY_ID: S.awsId,
    AWS_SECRET_ACCESS_KEY: S.awsSecret,
    GOOGLE_APPLICATION_CREDENTIALS: keyFile,
    DATABASE_URL: `postgresql://admin:${S.dbPassword}@prod-db.internal:5432/shop`,
    VERCEL_TOKEN: S.vercel,
    FLY_API_TOKEN: S.fly,
    SUPABASE_ACCESS_TOKEN: S.supabase,
    GH_TOKEN: S.gh,
  });
  result = await runGuard(['doctor', '--dir', join(world.root, 'no-shims')], { cwd: project, env });
});
after(() => world.dispose());

test('no secret value appears in doctor output', () => {
  const output = result.stdout + result.stderr;
  for (const [name, value] of Object.entries(S)) assert.ok(!output.includes(value), `${name}'s value was printed`);
  assert.ok(!output.includes(S.awsId.slice(4)), 'part of a key was printed');
});

const expected: Array<[string, RegExp]> = [
  ['Railway account token (env)', /warning: RAILWAY_API_TOKEN is set: an account or team token/],
  [
    'Railway project token (env)',
    /warning: RAILWAY_TOKEN is set: a project token.*reach: one environment of one project/,
  ],
  [
    'AWS long-lived key (env)',
    /warning: AWS_ACCESS_KEY_ID is set: AWS long-lived access key \(IAM user or root\); reach: whatever its IAM user may do/,
  ],
  [
    'GCP service account (env)',
    /warning: GOOGLE_APPLICATION_CREDENTIALS is set: a Google Cloud service-account key file/,
  ],
  [
    'GCP key file contents',
    /warning: credential: .*gcp-key\.json:\d+: Google Cloud service-account key in private_key \(every role the service account holds \(project shop-prod\)\)/,
  ],
  [
    'DATABASE_URL with a production host (env)',
    /warning: DATABASE_URL is set: .*reach: the database at prod-db\.internal, which guard counts as production/,
  ],
  ['Vercel (env)', /warning: VERCEL_TOKEN is set: a Vercel token; reach: account or team-wide/],
  [
    'Fly personal token (env)',
    /warning: FLY_API_TOKEN is set: a Fly\.io token; Fly\.io personal access token; reach: account-wide/,
  ],
  ['Supabase (env)', /warning: SUPABASE_ACCESS_TOKEN is set: a Supabase account token; reach: account-wide/],
  [
    'GitHub classic token (env)',
    /warning: GH_TOKEN is set: .*GitHub classic personal access token; reach: every repository and organization/,
  ],
  [
    '.env Railway token',
    /warning: credential: .*project\/\.env:2: Railway account or team token in RAILWAY_API_TOKEN \(account-wide/,
  ],
  [
    '.env.production database URL',
    /warning: credential: .*project\/\.env\.production:1: postgres connection string with a password in DATABASE_URL \(the database at db\.prod\.example\.com, which guard counts as production\)/,
  ],
  [
    'Railway CLI login',
    /warning: credential: .*\.railway\/config\.json:\d+: Railway CLI login \(user token\) in token \(account-wide/,
  ],
  [
    'AWS credentials file',
    /warning: credential: .*\.aws\/credentials:2: AWS long-lived access key \(IAM user or root\) in aws_access_key_id/,
  ],
  ['gh CLI login', /warning: credential: .*gh\/hosts\.yml:3: GitHub OAuth or app token in oauth_token/],
  ['npm token', /warning: credential: .*\.npmrc:1: npm token/],
  [
    '.pgpass',
    /warning: credential: .*\.pgpass:1: PostgreSQL password \(\.pgpass\) \(user app on db\.prod\.example\.com, which guard counts as production\)/,
  ],
];

for (const [what, pattern] of expected) {
  test(`doctor reports ${what}, with what to use instead`, () => {
    const line = result.stdout.split('\n').find((l) => pattern.test(l));
    assert.ok(line, `${what}: no line matches ${pattern}\n${result.stdout}`);
    assert.match(line!, /^guard: warning: .* instead$/);
  });
}
