// The config layer applied to the real packs through the built binary: a terraform allowance for
// `ephemeral-*` workspaces, environments named by tf-dir, protected paths for a real rm, token hygiene.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempWorld, type TempWorld } from '../helpers/config-world.js';
import { harnessPolicyEnv } from '../helpers/system-policy-dir.js';

const GUARD = fileURLToPath(new URL('../../../bin/guard.js', import.meta.url));

function world(userConfig: object): TempWorld & { bin: string; log: string } {
  const w = tempWorld();
  const bin = join(w.root, 'bin');
  const log = join(w.root, 'ran.log');
  for (const tool of ['terraform', 'railway'])
    w.write(join(bin, tool), `#!/bin/sh\necho "${tool} $*" >> '${log}'\nexit 3\n`, 0o755);
  w.write(join(w.userDir, 'config.json'), JSON.stringify(userConfig));
  return { ...w, bin, log };
}

function guard(w: ReturnType<typeof world>, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [GUARD, ...args], {
    cwd: w.project,
    encoding: 'utf8',
    env: {
      PATH: `${w.bin}:/usr/bin:/bin`,
      HOME: w.home,
      XDG_CONFIG_HOME: join(w.home, '.config'),
      XDG_STATE_HOME: join(w.root, 'state'),
      CI: 'true',
      ...harnessPolicyEnv(),
      ...env,
    },
  });
  return {
    code: r.status,
    stderr: r.stderr,
    stdout: r.stdout,
    ran: existsSync(w.log) ? readFileSync(w.log, 'utf8') : '',
  };
}

test('terraform destroy is allowed only in ephemeral-* workspaces by the user allowance, and says so', () => {
  const w = world({
    allow: [{ rule: 'terraform/destroy', environment: 'ephemeral-*', resource: '*', reason: 'per-PR stacks' }],
  });
  try {
    const allowed = guard(w, ['terraform', 'destroy', '-auto-approve'], { TF_WORKSPACE: 'ephemeral-3' });
    assert.equal(allowed.code, 3, allowed.stderr);
    assert.equal(allowed.ran, 'terraform destroy -auto-approve\n');
    assert.match(
      allowed.stderr,
      /^guard: allowed without confirmation by your allowance \{rule: terraform\/destroy, environment: ephemeral-\*, resource: \*\} in .*config\.json: ephemeral-3\/project \(per-PR stacks\)$/m,
    );
    const prod = guard(w, ['terraform', 'destroy', '-auto-approve'], { TF_WORKSPACE: 'prod' });
    assert.equal(prod.code, 77);
    assert.equal(prod.ran, 'terraform destroy -auto-approve\n', 'the stand-in did not run a second time');
    const other = guard(w, ['terraform', 'state', 'rm', 'aws_db_instance.main'], { TF_WORKSPACE: 'ephemeral-3' });
    assert.equal(other.code, 77, 'another rule in the same workspace still needs a human');
  } finally {
    w.cleanup();
  }
});

test('a configured environment names the target through the tf-dir signal', () => {
  const w = world({ environments: [{ name: 'crown-jewels', production: true, match: { 'tf-dir': ['*envs/prod'] } }] });
  try {
    mkdirSync(join(w.project, 'envs', 'prod'), { recursive: true });
    const r = guard(w, ['check', '--json', '--', 'terraform', '-chdir=envs/prod', 'destroy']);
    assert.equal(r.code, 77, r.stderr);
    const env = JSON.parse(r.stdout).findings[0].environment;
    assert.equal(env.name, 'crown-jewels');
    assert.equal(env.production, true);
    assert.match(env.evidence[0].detail, /environment "crown-jewels" matches tf-dir/);
  } finally {
    w.cleanup();
  }
});

test('protected paths from a project config protect files from a real rm', () => {
  const w = world({});
  try {
    w.write(join(w.project, 'guard.config.yaml'), 'protectedPaths: [precious]\n');
    const file = w.write(join(w.project, 'precious', 'ledger.csv'), 'data');
    const r = spawnSync(process.execPath, [GUARD, 'rm', file], {
      cwd: w.project,
      encoding: 'utf8',
      env: {
        PATH: '/usr/bin:/bin',
        HOME: w.home,
        XDG_CONFIG_HOME: join(w.home, '.config'),
        XDG_STATE_HOME: join(w.root, 'state'),
        CI: 'true',
        ...harnessPolicyEnv(),
      },
    });
    assert.equal(r.status, 77, r.stderr);
    assert.equal(existsSync(file), true);
    const other = w.write(join(w.project, 'scratch.txt'), 'x');
    const ok = spawnSync(process.execPath, [GUARD, 'rm', other], {
      cwd: w.project,
      encoding: 'utf8',
      env: {
        PATH: '/usr/bin:/bin',
        HOME: w.home,
        XDG_CONFIG_HOME: join(w.home, '.config'),
        XDG_STATE_HOME: join(w.root, 'state'),
        CI: 'true',
        ...harnessPolicyEnv(),
      },
    });
    assert.equal(ok.status, 0, ok.stderr);
    assert.equal(existsSync(other), false);
  } finally {
    w.cleanup();
  }
});

test('an account-wide Railway token is flagged once (the pack and token hygiene do not double up)', () => {
  const w = world({});
  try {
    const r = guard(w, ['check', '--json', '--', 'railway', 'volume', '-e', 'staging', 'delete', '-v', 'pg-data'], {
      RAILWAY_API_TOKEN: 'account-token',
    });
    assert.equal(r.code, 77, r.stderr);
    const warnings: string[] = JSON.parse(r.stdout).findings[0].warnings;
    assert.equal(warnings.filter((x) => x.includes('RAILWAY_API_TOKEN')).length, 1, warnings.join('\n'));
  } finally {
    w.cleanup();
  }
});
