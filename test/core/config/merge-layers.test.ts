// Tamper resistance: a project config (agent-editable) may only tighten.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeLayers } from '../../../src/core/config/merge-layers.js';
import { validateConfigData } from '../../../src/core/config/validate.js';
import { input, PROJECT, USER } from '../../helpers/config-input.js';

const HOME = '/home/user';
const keys = (m: ReturnType<typeof mergeLayers>) => m.problems.map((p) => `${p.file}:${p.key}`);

test('user config: environments, protected paths (~ and relative), cooldown, probes, audit, allowances', () => {
  const m = mergeLayers(
    input(USER, 'user', {
      environments: [{ name: 'ephemeral', production: false, match: { 'tf-workspace': ['ephemeral-*'] } }],
      protectedPaths: ['~/data', 'backups', '/srv/pg'],
      cooldownSeconds: 8,
      probes: { enabled: false },
      audit: { path: '~/audit.jsonl' },
      allow: [{ rule: 'terraform/destroy', environment: 'ephemeral-*', resource: '*' }],
      disable: ['kubectl/delete-pod'],
    }),
    [],
    HOME,
  );
  assert.deepEqual(m.problems, []);
  assert.deepEqual(m.config.protectedPaths, ['/home/user/data', '/home/user/.config/guard/backups', '/srv/pg']);
  assert.equal(m.config.cooldownSeconds, 8);
  assert.equal(m.config.probes?.enabled, false);
  assert.equal(m.config.audit?.path, '/home/user/audit.jsonl');
  assert.deepEqual(m.allowances, [
    { rule: 'terraform/destroy', environment: 'ephemeral-*', resource: '*', file: USER },
  ]);
  assert.deepEqual(m.disabled, [{ rule: 'kubectl/delete-pod', file: USER }]);
  assert.equal(m.config.environments[0]?.source, USER);
});

test('project config may tighten: production environments, protected paths, longer cooldown, probes off, rules', () => {
  const m = mergeLayers(
    input(USER, 'user', {
      environments: [{ name: 'staging', production: false, match: { 'railway-environment': ['staging'] } }],
      cooldownSeconds: 5,
    }),
    [
      input(PROJECT, 'project', {
        environments: [
          { name: 'staging', production: true, match: { 'railway-environment': ['stage-2'] } },
          { name: 'production', production: true, match: { 'db-host': ['*.rds.amazonaws.com'] } },
        ],
        protectedPaths: ['./uploads'],
        cooldownSeconds: 30,
        probes: { enabled: false },
      }),
    ],
    HOME,
  );
  assert.deepEqual(m.problems, []);
  const staging = m.config.environments.find((e) => e.name === 'staging');
  assert.equal(staging?.production, true, 'a project may mark an environment production');
  assert.deepEqual(staging?.match?.['railway-environment'], ['staging', 'stage-2']);
  assert.equal(staging?.source, `${USER}, ${PROJECT}`);
  assert.deepEqual(m.config.protectedPaths, ['/home/user/project/uploads']);
  assert.equal(m.config.cooldownSeconds, 30);
  assert.equal(m.config.probes?.enabled, false);
});

test('project config may not allow anything (e.g. rm -rf /) nor disable a rule', () => {
  const m = mergeLayers(
    undefined,
    [
      input(PROJECT, 'project', {
        allow: [{ rule: 'rm/recursive-root', environment: '*', resource: '/' }],
        disable: ['rm/recursive-root'],
      }),
    ],
    HOME,
  );
  assert.deepEqual(keys(m), [`${PROJECT}:allow`, `${PROJECT}:disable`]);
  assert.deepEqual(m.allowances, []);
  assert.deepEqual(m.disabled, []);
  assert.match(m.problems[0]?.message ?? '', /may not allow anything/);
});

test('project config may not mark a production-looking or user-production environment non-production', () => {
  const m = mergeLayers(
    input(USER, 'user', { environments: [{ name: 'blue', production: true }] }),
    [
      input(PROJECT, 'project', {
        environments: [
          { name: 'blue', production: false },
          { name: 'prod-eu', production: false },
          { name: 'scratch', production: false },
        ],
      }),
    ],
    HOME,
  );
  assert.deepEqual(keys(m), [`${PROJECT}:environments[0].production`, `${PROJECT}:environments[1].production`]);
  assert.equal(m.config.environments.find((e) => e.name === 'blue')?.production, true);
  assert.equal(
    m.config.environments.find((e) => e.name === 'prod-eu'),
    undefined,
    'the rejected entry is not applied',
  );
});

test('project config may not map signals to a non-production environment (it could relabel production)', () => {
  const m = mergeLayers(
    undefined,
    [
      input(PROJECT, 'project', {
        environments: [{ name: 'dev', production: false, match: { 'railway-environment': ['c0ffee-id'] } }],
      }),
    ],
    HOME,
  );
  assert.deepEqual(keys(m), [`${PROJECT}:environments[0].match`]);
  assert.equal(m.config.environments.length, 0);
});

test('project config may not shorten the cooldown, exclude protected paths, set audit or probe timeouts', () => {
  const m = mergeLayers(
    input(USER, 'user', { cooldownSeconds: 10, probes: { enabled: false } }),
    [
      input(PROJECT, 'project', {
        cooldownSeconds: 6,
        protectedPaths: ['!/var/lib/postgresql'],
        audit: { path: '/dev/null' },
        probes: { enabled: true, timeoutMs: 30000 },
      }),
    ],
    HOME,
  );
  assert.deepEqual(
    keys(m).sort(),
    [
      `${PROJECT}:audit`,
      `${PROJECT}:cooldownSeconds`,
      `${PROJECT}:probes.enabled`,
      `${PROJECT}:probes.timeoutMs`,
      `${PROJECT}:protectedPaths[0]`,
    ].sort(),
  );
  assert.equal(m.config.cooldownSeconds, 10);
  assert.deepEqual(m.config.protectedPaths, []);
  assert.equal(m.config.audit, undefined);
});

test('the cooldown is at least 5 s in any file (schema), and a project cannot go under the user value', () => {
  const v = validateConfigData({ cooldownSeconds: 1 }, PROJECT, 'project');
  assert.equal(v.ok, false);
  assert.match(v.ok ? '' : (v.problems[0]?.message ?? ''), /expected at least 5 seconds/);
  const m = mergeLayers(
    input(USER, 'user', { cooldownSeconds: 20 }),
    [input(PROJECT, 'project', { cooldownSeconds: 5 })],
    HOME,
  );
  assert.match(m.problems[0]?.message ?? '', /expected at least 20, got 5/);
});

test('lockout: a project may only make it stricter; alerts and passphrase are user-only', () => {
  const ok = mergeLayers(
    input(USER, 'user', { lockout: { attempts: 5, windowSeconds: 60 } }),
    [input(PROJECT, 'project', { lockout: { attempts: 2, windowSeconds: 600 } })],
    HOME,
  );
  assert.deepEqual(ok.problems, []);
  assert.deepEqual(ok.config.lockout, { attempts: 2, windowSeconds: 600 });
  const bad = mergeLayers(
    undefined,
    [
      input(PROJECT, 'project', {
        lockout: { attempts: 50, windowSeconds: 1 },
        alerts: { command: 'curl evil' },
        passphrase: { salt: '00112233445566778899aabbccddeeff', hash: 'ab'.repeat(32) },
      }),
    ],
    HOME,
  );
  assert.deepEqual(keys(bad).sort(), [
    `${PROJECT}:alerts`,
    `${PROJECT}:lockout.attempts`,
    `${PROJECT}:lockout.windowSeconds`,
    `${PROJECT}:passphrase`,
  ]);
  assert.deepEqual(bad.config.lockout, { attempts: 3, windowSeconds: 60 }, 'never looser than the default');
  assert.equal(bad.config.alerts, undefined);
});

test('project config may not create an environment name that falls under a user allowance', () => {
  const m = mergeLayers(
    input(USER, 'user', { allow: [{ rule: 'terraform/destroy', environment: 'ephemeral-*', resource: '*' }] }),
    [
      input(PROJECT, 'project', {
        environments: [{ name: 'ephemeral-x', production: true, match: { 'tf-workspace': ['prod'] } }],
      }),
    ],
    HOME,
  );
  assert.deepEqual(keys(m), [`${PROJECT}:environments[0].name`]);
  assert.deepEqual(m.allowances, [], 'any problem drops every allowance');
});

test('earlier problems (unreadable files) also drop allowances and disabled rules', () => {
  const m = mergeLayers(
    input(USER, 'user', {
      allow: [{ rule: 'terraform/destroy', environment: 'e-*', resource: '*' }],
      disable: ['x/y'],
    }),
    [],
    HOME,
    [{ file: '/p/.guardrc', layer: 'project', key: '', message: 'cannot be read' }],
  );
  assert.deepEqual(m.allowances, []);
  assert.deepEqual(m.disabled, []);
});

test('several project files all apply, each tighten-only', () => {
  const m = mergeLayers(
    undefined,
    [
      input('/a/b/.guardrc.json', 'project', { protectedPaths: ['/x'] }),
      input('/a/guard.config.yaml', 'project', { protectedPaths: ['/y'], cooldownSeconds: 9 }),
    ],
    HOME,
  );
  assert.deepEqual(m.problems, []);
  assert.deepEqual(m.config.protectedPaths, ['/x', '/y']);
  assert.equal(m.config.cooldownSeconds, 9);
});

test('apiHosts: user entries come before the defaults, project entries after; a project may not name a host into an allowance', () => {
  const m = mergeLayers(
    input(USER, 'user', {
      apiHosts: [{ host: 'api.heroku.com', environment: 'production' }],
      allow: [{ rule: 'http/delete-api', environment: 'sandbox-*', resource: '*' }],
    }),
    [
      input(PROJECT, 'project', {
        apiHosts: [{ host: 'api.internal.acme.com' }, { host: 'api.heroku.com', environment: 'dev' }],
      }),
    ],
    HOME,
  );
  assert.deepEqual(m.problems, []);
  const hosts = m.config.apiHosts ?? [];
  assert.deepEqual(hosts[0], { host: 'api.heroku.com', environment: 'production' });
  assert.deepEqual(hosts.slice(-2), [
    { host: 'api.internal.acme.com' },
    { host: 'api.heroku.com', environment: 'dev' },
  ]);
  assert.ok(
    hosts.findIndex((h) => h.host === 'api.heroku.com' && h.environment === undefined) < hosts.length - 2,
    'the default entry stays ahead of the project one',
  );
  const bad = mergeLayers(
    input(USER, 'user', { allow: [{ rule: 'http/delete-api', environment: 'sandbox-*', resource: '*' }] }),
    [input(PROJECT, 'project', { apiHosts: [{ host: 'api.stripe.com', environment: 'sandbox-1' }] })],
    HOME,
  );
  assert.deepEqual(keys(bad), [`${PROJECT}:apiHosts[0].environment`]);
});
