import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, chownSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { loadGuardSetup } from '../../../src/app/config-setup.js';
import { exampleContext } from '../../../src/core/example-context.js';
import { accountHome, stateBase, configBase } from '../../../src/io/account-home.js';
import { forgetSystemPolicies, systemPolicy } from '../../../src/io/system-policy/load-system-policy.js';
import { untrustedReason } from '../../../src/io/system-policy/trusted-path.js';
import { createPolicyDir } from '../../helpers/system-policy-dir.js';

const NOBODY = 65534;
const NONE = '/nonexistent-guard-etc';

test('a root-owned policy directory named by GUARD_SYSTEM_DIR is read', () => {
  const dir = createPolicyDir({ cooldownSeconds: 9, loosening: 'forbid' });
  try {
    const loaded = systemPolicy({ GUARD_SYSTEM_DIR: dir }, NONE);
    assert.deepEqual(
      [loaded.policy?.cooldownSeconds, loaded.policy?.loosening, loaded.source, loaded.warnings],
      [9, 'forbid', join(dir, 'policy.json'), []],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a user-owned "system" directory, a user-owned file, or a group-writable one is ignored with a warning', () => {
  const cases: [string, (dir: string) => void, RegExp][] = [
    ['dir owned by nobody', (d) => chownSync(d, NOBODY, NOBODY), /is owned by uid 65534, not by root/],
    [
      'file owned by nobody',
      (d) => chownSync(join(d, 'policy.json'), NOBODY, NOBODY),
      /policy\.json is owned by uid 65534/,
    ],
    [
      'file group-writable',
      (d) => chmodSync(join(d, 'policy.json'), 0o664),
      /writable by group or others \(mode 664\)/,
    ],
    ['dir world-writable and sticky', (d) => chmodSync(d, 0o1777), /writable by group or others \(mode 1777\)/],
  ];
  for (const [label, spoil, reason] of cases) {
    const dir = createPolicyDir({ locationsFromEnvironment: true });
    try {
      spoil(dir);
      forgetSystemPolicies();
      const loaded = systemPolicy({ GUARD_SYSTEM_DIR: dir }, NONE);
      assert.equal(loaded.policy, undefined, label);
      assert.match(loaded.warnings.join('\n'), /GUARD_SYSTEM_DIR \(.*\) is ignored/, label);
      assert.match(loaded.warnings.join('\n'), reason, label);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
});

test('a parent directory the user owns makes the policy untrusted; a root-owned sticky /tmp does not', () => {
  const parent = mkdtempSync(join(tmpdir(), 'guard-parent-'));
  try {
    chmodSync(parent, 0o755);
    const dir = createPolicyDir({}, parent);
    assert.equal(untrustedReason(join(dir, 'policy.json')), undefined, 'under root-owned dirs and the sticky /tmp');
    chownSync(parent, NOBODY, NOBODY);
    assert.match(untrustedReason(join(dir, 'policy.json')) ?? '', /guard-parent-.* is owned by uid 65534/);
  } finally {
    rmSync(parent, { recursive: true, force: true });
  }
});

test('a symbolic link to a trusted policy is refused', () => {
  const real = createPolicyDir({});
  const dir = mkdtempSync(join(tmpdir(), 'guard-link-'));
  try {
    chmodSync(dir, 0o755);
    symlinkSync(join(real, 'policy.json'), join(dir, 'policy.json'));
    const loaded = systemPolicy({ GUARD_SYSTEM_DIR: dir }, NONE);
    assert.equal(loaded.policy, undefined);
    assert.match(loaded.warnings.join(''), /is a symbolic link/);
  } finally {
    rmSync(real, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a trusted /etc/guard always wins: GUARD_SYSTEM_DIR cannot point at another root-owned policy', () => {
  const etc = createPolicyDir({ loosening: 'forbid' });
  const other = createPolicyDir({ locationsFromEnvironment: true });
  try {
    const loaded = systemPolicy({ GUARD_SYSTEM_DIR: other }, etc);
    assert.equal(loaded.policy?.loosening, 'forbid');
    assert.equal(loaded.policy?.locationsFromEnvironment, undefined);
    assert.match(loaded.warnings.join(''), /GUARD_SYSTEM_DIR .* is ignored: .* holds a trusted system policy/);
  } finally {
    rmSync(etc, { recursive: true, force: true });
    rmSync(other, { recursive: true, force: true });
  }
});

test('a trusted policy that is not an object of keys is a problem, and one that does not validate refuses destructive commands', async () => {
  const dir = createPolicyDir({});
  try {
    writeFileSync(join(dir, 'policy.json'), '[1]');
    const loaded = systemPolicy({ GUARD_SYSTEM_DIR: dir }, NONE);
    assert.equal(loaded.policy, undefined);
    assert.equal(loaded.problems[0]?.layer, 'system');
    forgetSystemPolicies();
    writeFileSync(join(dir, 'policy.json'), '{"loosening": "maybe", "locationsFromEnvironment": true}');
    const ctx = exampleContext({ argv: [] });
    Object.assign(ctx, {
      env: { GUARD_SYSTEM_DIR: dir, HOME: dir, XDG_CONFIG_HOME: join(dir, 'none') },
      home: dir,
      cwd: dir,
    });
    const setup = await loadGuardSetup(ctx);
    assert.deepEqual(
      setup.problems.map((p) => `${p.layer}:${p.key}`),
      ['system:loosening'],
    );
    assert.equal(ctx.config.system, undefined, 'an invalid policy is never applied');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('YAML policy files are read too', () => {
  const dir = createPolicyDir({});
  try {
    rmSync(join(dir, 'policy.json'));
    writeFileSync(join(dir, 'policy.yaml'), 'cooldownSeconds: 12\nlockout: {attempts: 2, windowSeconds: 600}\n', {
      mode: 0o644,
    });
    assert.equal(systemPolicy({ GUARD_SYSTEM_DIR: dir }, NONE).policy?.lockout?.attempts, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('state and user config come from the account database: HOME and XDG_* move them only under a policy that says so', () => {
  const elsewhere = {
    HOME: '/tmp/agent-home',
    XDG_STATE_HOME: '/tmp/agent-state',
    XDG_CONFIG_HOME: '/tmp/agent-config',
  };
  assert.equal(accountHome(), userInfo().homedir);
  assert.equal(stateBase(elsewhere), join(userInfo().homedir, '.local', 'state'));
  assert.equal(configBase(elsewhere, '/tmp/agent-home'), join(userInfo().homedir, '.config'));
  const dir = createPolicyDir({ locationsFromEnvironment: true });
  try {
    chownSync(dir, NOBODY, NOBODY);
    forgetSystemPolicies();
    assert.equal(
      stateBase({ ...elsewhere, GUARD_SYSTEM_DIR: dir }),
      join(userInfo().homedir, '.local', 'state'),
      'an untrusted policy cannot relocate state',
    );
    chownSync(dir, 0, 0);
    forgetSystemPolicies();
    assert.equal(stateBase({ ...elsewhere, GUARD_SYSTEM_DIR: dir }), '/tmp/agent-state');
    assert.equal(configBase({ ...elsewhere, GUARD_SYSTEM_DIR: dir }, '/tmp/agent-home'), '/tmp/agent-config');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('inside a user namespace no owner is believed: GUARD_SYSTEM_DIR ignored, an /etc/guard policy refuses destructive commands', async () => {
  const { spawnSync } = await import('node:child_process');
  const etc = createPolicyDir({ loosening: 'forbid' });
  const other = createPolicyDir({ locationsFromEnvironment: true });
  try {
    const module = new URL('../../../src/io/system-policy/load-system-policy.js', import.meta.url).href;
    const script = `import(${JSON.stringify(module)}).then((m) => console.log(JSON.stringify(m.systemPolicy({ GUARD_SYSTEM_DIR: ${JSON.stringify(other)} }, ${JSON.stringify(etc)}))))`;
    // unshare -r: the process is "root" in a new user namespace, as an agent could make itself
    const r = spawnSync('unshare', ['-r', process.execPath, '-e', script], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const loaded = JSON.parse(r.stdout) as { policy?: unknown; warnings: string[]; problems: { message: string }[] };
    assert.equal(loaded.policy, undefined);
    assert.match(loaded.warnings.join(''), /GUARD_SYSTEM_DIR .* is ignored: guard runs inside a user namespace/);
    assert.match(loaded.problems[0]?.message ?? '', /cannot be verified/);
  } finally {
    rmSync(etc, { recursive: true, force: true });
    rmSync(other, { recursive: true, force: true });
  }
});
