import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../../../src/core/config-defaults.js';
import { exampleContext } from '../../../../src/core/example-context.js';
import type { RuleExample } from '../../../../src/core/rule.js';
import {
  railwayEnvironment,
  TOKEN_OVERRIDES_LINK,
  type RailwayTargetFlags,
} from '../../../../src/core/tools/railway/railway-environment.js';

const CONFIG = '/home/user/.railway/config.json';
const LINK = {
  [CONFIG]: JSON.stringify({
    projects: {
      '/home/user/project': { name: 'shop', project: 'prj-1', environment: 'env-stg', environmentName: 'staging' },
    },
  }),
};
const LINK_ID_ONLY = {
  [CONFIG]: JSON.stringify({ projects: { '/home/user/project': { project: 'prj-1', environment: 'env-7c2e' } } }),
};

function envOf(flags: RailwayTargetFlags, world: Partial<RuleExample> = {}, config = defaultConfig()) {
  return railwayEnvironment(flags, exampleContext({ argv: [], ...world }, config));
}

test('-e beats everything, and the weaker facts stay in the evidence, marked unused', () => {
  const env = envOf({ environments: ['production'] }, { files: LINK, env: { RAILWAY_TOKEN: 't' } });
  assert.equal(env.name, 'production');
  assert.equal(env.source, 'flag');
  assert.deepEqual(
    env.evidence.map((e) => e.source),
    ['flag', 'env', 'tool-config'],
  );
  assert.match(env.evidence[1]!.detail, /RAILWAY_TOKEN is set.*not used/);
});

test('RAILWAY_TOKEN makes the environment unknown, and says why, even with a link', () => {
  const env = envOf({ environments: [] }, { files: LINK, env: { RAILWAY_TOKEN: 't' } });
  assert.equal(env.name, 'unknown');
  assert.equal(env.production, true);
  assert.equal(env.evidence[0]!.detail, TOKEN_OVERRIDES_LINK);
  assert.equal(env.evidence[0]!.source, 'env');
  assert.ok(env.evidence.some((e) => e.source === 'tool-config' && /staging.*not used/.test(e.detail)));
});

test('an empty RAILWAY_TOKEN still counts as set, as it does for the CLI', () => {
  assert.equal(envOf({ environments: [] }, { files: LINK, env: { RAILWAY_TOKEN: '' } }).name, 'unknown');
});

test('RAILWAY_PROJECT_ID + RAILWAY_ENVIRONMENT_ID name the environment by id, over the link', () => {
  const env = envOf(
    { environments: [] },
    { files: LINK, env: { RAILWAY_PROJECT_ID: 'prj-1', RAILWAY_ENVIRONMENT_ID: 'env-prod' } },
  );
  assert.equal(env.name, 'env-prod');
  assert.equal(env.source, 'env');
  assert.equal(
    env.production,
    true,
    'an id says nothing about production, and production is the default for unknown names',
  );
});

test('RAILWAY_ENVIRONMENT_ID alone, or RAILWAY_PROJECT_ID for another project, is unknown', () => {
  assert.equal(envOf({ environments: [] }, { files: LINK, env: { RAILWAY_ENVIRONMENT_ID: 'env-x' } }).name, 'unknown');
  assert.equal(envOf({ environments: [] }, { files: LINK, env: { RAILWAY_PROJECT_ID: 'prj-other' } }).name, 'unknown');
  assert.equal(
    envOf({ environments: [] }, { files: LINK, env: { RAILWAY_PROJECT_ID: 'prj-1' } }).name,
    'staging',
    'same project: the link applies',
  );
});

test('the linked environment: its name, else its id; the detail names the file and the directory', () => {
  const named = envOf({ environments: [] }, { files: LINK });
  assert.equal(named.name, 'staging');
  assert.equal(named.source, 'tool-config');
  assert.equal(named.production, false);
  assert.equal(
    named.evidence[0]!.detail,
    '~/.railway/config.json links /home/user/project to environment staging (project shop)',
  );
  assert.equal(envOf({ environments: [] }, { files: LINK_ID_ONLY }).name, 'env-7c2e');
});

test('no flag, variable or link: unknown, treated as production', () => {
  const env = envOf({ environments: [] });
  assert.equal(env.name, 'unknown');
  assert.equal(env.production, true);
  assert.match(env.evidence.at(-1)!.detail, /does not exist/);
});

test('RAILWAY_ENV is never the environment', () => {
  const env = envOf({ environments: [] }, { files: LINK, env: { RAILWAY_ENV: 'staging' } });
  assert.equal(
    env.name,
    'unknown',
    'RAILWAY_ENV=staging makes the CLI read config-staging.json, which does not exist here',
  );
  const prod = envOf({ environments: [] }, { env: { RAILWAY_ENV: 'production' } });
  assert.equal(prod.name, 'unknown');
});

test('-p without -e: the link of another project does not apply', () => {
  assert.equal(envOf({ environments: [], project: 'other' }, { files: LINK }).name, 'unknown');
  assert.equal(
    envOf({ environments: [], project: 'SHOP' }, { files: LINK }).name,
    'staging',
    'the linked project, by name, case-insensitive',
  );
  assert.equal(envOf({ environments: ['prod'], project: 'other' }, { files: LINK }).name, 'prod');
});

test('conflicting -e values are unknown', () => {
  const env = envOf({ environments: ['staging', 'production'] }, { files: LINK });
  assert.equal(env.name, 'unknown');
  assert.match(env.evidence.at(-1)!.detail, /staging, production/);
});

test('configured environments map railway environment names and ids', () => {
  const config = {
    ...defaultConfig(),
    environments: [{ name: 'production', production: true, match: { 'railway-environment': ['env-7c2e'] } }],
  };
  const env = envOf({ environments: [] }, { files: LINK_ID_ONLY }, config);
  assert.equal(env.name, 'production');
  assert.equal(env.source, 'tool-config');
});
