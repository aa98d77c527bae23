// `guard install --system` / `guard uninstall --system` below a sandbox prefix (never the real /etc),
// with `guard doctor` before and after, and the installed shims and login-shell PATH really working.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GUARD_BIN } from '../helpers/run-guard.js';

function guard(args: string[], env: NodeJS.ProcessEnv, options: { uid?: number; gid?: number } = {}) {
  const r = spawnSync(process.execPath, [GUARD_BIN, ...args], { encoding: 'utf8', env, ...options, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every path below `root`, relative, sorted. */
function tree(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, rel: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      out.push(join(rel, name));
      if (lstatSync(path).isDirectory() && !path.endsWith('/package')) walk(path, join(rel, name));
    }
  };
  walk(root, '');
  return out;
}

test('install --system writes root-owned shims, profile.d, policy and package; doctor before/after; uninstall --system reverses exactly that', () => {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'guard-sysroot-')));
  const scratch = realpathSync(mkdtempSync(join(tmpdir(), 'guard-sysdata-')));
  try {
    chmodSync(root, 0o755);
    const shims = join(root, 'usr/local/lib/guard/shims');
    const env = {
      PATH: `${shims}:/usr/bin:/bin`,
      HOME: scratch,
      GUARD_SYSTEM_DIR: join(root, 'etc/guard'),
      LANG: 'C.UTF-8',
    };

    const before = guard(['doctor', '--dir', shims], env);
    assert.equal(before.code, 1);
    const beforeLine = before.stdout.split('\n').find((l) => l.startsWith('guard: hardening')) ?? '';
    assert.match(
      beforeLine,
      /^guard: hardening \d\/5: root-owned shims: no \(the agent can rewrite .*\); system policy: no \(.*\); pinned approval keys: no \(.*forge approvals/,
    );
    assert.match(before.stdout, /problem: GUARD_SYSTEM_DIR .* is ignored/);

    const notRoot = guard(['install', '--system', '--root', root], env, { uid: 65534, gid: 65534 });
    assert.equal(notRoot.code, 64, notRoot.stderr);
    assert.match(notRoot.stderr, /must run as root/);
    assert.deepEqual(readdirSync(root), []);

    const installed = guard(['install', '--system', '--root', root], env);
    assert.equal(installed.code, 0, installed.stderr);
    for (const path of [
      'usr/local/lib/guard/shims/rm',
      'usr/local/lib/guard/shims/railway',
      'etc/profile.d/guard.sh',
      'etc/guard/policy.json',
      'usr/local/lib/guard/package/bin/guard.js',
      'usr/local/lib/guard/system-install.json',
    ]) {
      const s = lstatSync(join(root, path));
      assert.equal(s.uid, 0, path);
      assert.equal(s.mode & 0o022, 0, `${path} is not group/world writable`);
    }
    assert.equal(existsSync(join(root, 'usr/local/lib/guard/package/dist/test')), false, 'tests are not installed');
    assert.equal(JSON.parse(readFileSync(join(root, 'etc/guard/policy.json'), 'utf8')).loosening, 'signed');

    const after = guard(['doctor', '--dir', shims], env);
    const afterLine = after.stdout.split('\n').find((l) => l.startsWith('guard: hardening')) ?? '';
    assert.match(afterLine, /root-owned shims: yes; system policy: yes; pinned approval keys: no/);
    assert.doesNotMatch(after.stdout, /GUARD_SYSTEM_DIR .* is ignored/);

    // a login shell picks the shims up; the installed copy of guard judges a recursive delete
    const login = spawnSync(
      '/bin/sh',
      [
        '-c',
        `. '${join(root, 'etc/profile.d/guard.sh')}'; . '${join(root, 'etc/profile.d/guard.sh')}'; echo "$PATH"; command -v rm`,
      ],
      { encoding: 'utf8', env: { PATH: '/usr/bin:/bin' } },
    );
    assert.deepEqual(
      login.stdout.trim().split('\n'),
      [`${shims}:/usr/bin:/bin`, join(shims, 'rm')],
      'first on PATH, once',
    );
    const victim = join(scratch, 'data');
    mkdirSync(victim);
    writeFileSync(join(victim, 'keep'), 'x');
    const refused = spawnSync('setsid', ['-w', 'rm', '-rf', victim], {
      encoding: 'utf8',
      env: { ...env, HOME: scratch },
    });
    assert.equal(refused.status, 77, refused.stderr);
    assert.equal(existsSync(join(victim, 'keep')), true);

    // an administrator's edit to the policy survives uninstall; everything else guard wrote goes
    writeFileSync(join(root, 'etc/guard/policy.json'), '{"version": 1, "loosening": "forbid"}\n');
    const removed = guard(['uninstall', '--system', '--root', root], env);
    assert.equal(removed.code, 0, removed.stderr);
    assert.match(removed.stderr, /left .*policy\.json: it changed since install/);
    assert.deepEqual(tree(root), ['etc', 'etc/guard', 'etc/guard/policy.json']);
    rmSync(join(root, 'etc'), { recursive: true });

    const clean = guard(['install', '--system', '--root', root], env);
    assert.equal(clean.code, 0, clean.stderr);
    assert.equal(guard(['uninstall', '--system', '--root', root], env).code, 0);
    assert.deepEqual(tree(root), [], 'nothing left behind');
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  }
});
