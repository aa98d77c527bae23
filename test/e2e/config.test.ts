// End to end with the built binary: layered config, allowances, tamper and broken-config
// refusals. HOME and XDG dirs are temporary; CI=true (no human); tools are stand-ins.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinPacks } from '../../rules/index.js';
import { dbDropRule } from '../helpers/custom-rule.js';
import { tempWorld, type TempWorld } from '../helpers/config-world.js';
import { harnessPolicyEnv } from '../helpers/system-policy-dir.js';

const GUARD = fileURLToPath(new URL('../../../bin/guard.js', import.meta.url));

function setup(): TempWorld & { bin: string; log: string } {
  const w = tempWorld();
  const bin = join(w.root, 'bin');
  const log = join(w.root, 'ran.log');
  for (const tool of ['mytool', 'rm'])
    w.write(join(bin, tool), `#!/bin/sh\necho "${tool} $*" >> '${log}'\nexit 3\n`, 0o755);
  w.write(
    join(w.userDir, 'config.json'),
    JSON.stringify({
      rules: [dbDropRule()],
      allow: [{ rule: 'mytool/db-drop', environment: 'ephemeral-*', resource: '*', reason: 'per-PR databases' }],
    }),
  );
  return { ...w, bin, log };
}

function guard(w: ReturnType<typeof setup>, args: string[], extraEnv: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [GUARD, ...args], {
    cwd: w.project,
    encoding: 'utf8',
    env: {
      PATH: `${w.bin}:/usr/bin:/bin`,
      HOME: w.home,
      XDG_CONFIG_HOME: join(w.home, '.config'),
      XDG_STATE_HOME: join(w.home, '.local', 'state'),
      CI: 'true',
      ...harnessPolicyEnv(),
      ...extraEnv,
    },
  });
  return {
    code: r.status,
    stderr: r.stderr,
    stdout: r.stdout,
    ran: existsSync(w.log) ? readFileSync(w.log, 'utf8') : '',
  };
}

test('user custom rule: destructive refused without a human (77), benign passes through with its exit code', () => {
  const w = setup();
  try {
    const refused = guard(w, ['mytool', 'db', 'drop', 'users', '--env', 'production']);
    assert.equal(refused.code, 77, refused.stderr);
    assert.equal(refused.ran, '');
    assert.match(refused.stderr, /mytool\/db-drop would destroy users in production/);
    const benign = guard(w, ['mytool', 'db', 'list']);
    assert.equal(benign.code, 3);
    assert.equal(benign.ran, 'mytool db list\n');
    assert.equal(benign.stderr, '');
  } finally {
    w.cleanup();
  }
});

test('a user allowance lets its narrow case run and says so on stderr, naming the file', () => {
  const w = setup();
  try {
    const r = guard(w, ['mytool', 'db', 'drop', 'users', '--env', 'ephemeral-7']);
    assert.equal(r.code, 3, r.stderr);
    assert.equal(r.ran, 'mytool db drop users --env ephemeral-7\n');
    assert.match(
      r.stderr,
      new RegExp(
        `^guard: allowed without confirmation by your allowance \\{rule: mytool/db-drop, environment: ephemeral-\\*, resource: \\*\\} in ${join(w.userDir, 'config.json')}: ephemeral-7/users \\(per-PR databases\\)\\n$`,
      ),
    );
    const audit = readFileSync(join(w.home, '.local', 'state', 'guard', 'audit.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.deepEqual(audit.at(-1).allowedBy, [
      `mytool/db-drop on ephemeral-7/users by {rule: mytool/db-drop, environment: ephemeral-*, resource: *} in ${join(w.userDir, 'config.json')}`,
    ]);
    const json = guard(w, ['check', '--json', '--', 'mytool', 'db', 'drop', 'users', '--env', 'ephemeral-7']);
    assert.equal(json.code, 0);
    assert.equal(JSON.parse(json.stdout).allowed[0].allowedBy.file, join(w.userDir, 'config.json'));
    const text = guard(w, ['check', '--', 'mytool', 'db', 'drop', 'users', '--env', 'ephemeral-7']);
    assert.equal(text.code, 0);
    assert.match(text.stdout, /^guard: allow: what matched is covered by your allowances/);
  } finally {
    w.cleanup();
  }
});

test('a project config that tries to allow or disable is rejected: destructive refused (78), benign still runs', () => {
  const w = setup();
  try {
    w.write(
      join(w.project, 'guard.config.json'),
      JSON.stringify({
        allow: [{ rule: 'mytool/db-drop', environment: '*', resource: '*' }],
        disable: ['mytool/db-drop'],
      }),
    );
    // Even the case the user allowed is refused while the project config tampers.
    const r = guard(w, ['mytool', 'db', 'drop', 'users', '--env', 'ephemeral-7']);
    assert.equal(r.code, 78, r.stderr);
    assert.equal(r.ran, '');
    assert.match(
      r.stderr,
      /^guard: refused: the guard configuration did not load \(.*guard\.config\.json: allow: a project config may not allow anything/,
    );
    assert.match(r.stderr, /guard\.config\.json: disable: a project config may not disable rules/);
    assert.equal(r.stderr.trim().split('\n').length, 1, 'one paragraph');
    const benign = guard(w, ['mytool', 'db', 'list']);
    assert.equal(benign.code, 3);
    assert.equal(benign.ran, 'mytool db list\n');
    const check = guard(w, ['check', '--json', '--', 'mytool', 'db', 'drop', 'users', '--env', 'production']);
    assert.equal(check.code, 78);
    assert.deepEqual(
      JSON.parse(check.stdout).configProblems.map((p: { key: string }) => p.key),
      ['allow', 'disable'],
    );
  } finally {
    w.cleanup();
  }
});

test('a project config that marks production as non-production is rejected', () => {
  const w = setup();
  try {
    w.write(join(w.project, '.guardrc.yaml'), 'environments:\n  - name: production\n    production: false\n');
    const r = guard(w, ['mytool', 'db', 'drop', 'users', '--env', 'production']);
    assert.equal(r.code, 78);
    assert.match(r.stderr, /\.guardrc\.yaml: environments\[0\]\.production: "production" looks like production/);
  } finally {
    w.cleanup();
  }
});

test('a broken config (invalid YAML, wrong types) fails closed for destructive and lets benign run', () => {
  for (const [file, text, expected] of [
    ['guard.config.yaml', 'environments: [\n  - name: x\n', /guard\.config\.yaml: cannot be read: /],
    [
      '.guardrc.json',
      '{"environments": [{"name": "x", "production": "no"}]}',
      /\.guardrc\.json: environments\[0\]\.production: expected boolean, received string/,
    ],
  ] as const) {
    const w = setup();
    try {
      w.write(join(w.project, file), text);
      const r = guard(w, ['mytool', 'db', 'drop', 'users', '--env', 'staging']);
      assert.equal(r.code, 78, r.stderr);
      assert.equal(r.ran, '');
      assert.match(r.stderr, expected);
      const benign = guard(w, ['mytool', 'db', 'list']);
      assert.equal(benign.code, 3);
      assert.equal(benign.ran, 'mytool db list\n');
    } finally {
      w.cleanup();
    }
  }
});

test('a broken user config also fails closed (its own custom rule is then missing, so built-in and project rules decide)', () => {
  const w = setup();
  try {
    w.write(join(w.userDir, 'config.json'), '{"cooldownSeconds": "soon"}');
    w.write(join(w.project, 'guard.config.json'), JSON.stringify({ rules: [dbDropRule()] }));
    const r = guard(w, ['mytool', 'db', 'drop', 'users', '--env', 'ephemeral-7']);
    assert.equal(r.code, 78);
    assert.match(r.stderr, /config\.json: cooldownSeconds: expected number, received string/);
  } finally {
    w.cleanup();
  }
});

test('an executable project config is refused and never run', () => {
  const w = setup();
  try {
    const marker = join(w.root, 'executed');
    w.write(
      join(w.project, 'guard.config.cjs'),
      `require('fs').writeFileSync(${JSON.stringify(marker)}, 'x'); module.exports = { allow: [] };\n`,
    );
    const r = guard(w, ['mytool', 'db', 'drop', 'users', '--env', 'ephemeral-7']);
    assert.equal(r.code, 78);
    assert.equal(existsSync(marker), false);
    assert.match(r.stderr, /guard\.config\.cjs: an executable config in a project is refused and was not run/);
  } finally {
    w.cleanup();
  }
});

test('guard explain --json lists rules considered, the environment evidence and the files read or rejected', () => {
  const w = setup();
  try {
    w.write(join(w.project, 'guard.config.json'), JSON.stringify({ disable: ['mytool/db-drop'] }));
    const r = guard(w, ['explain', '--json', '--', 'mytool', 'db', 'drop', 'users'], { MYTOOL_ENV: 'qa' });
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(
      out.config.files.map((f: { layer: string; status: string }) => `${f.layer}:${f.status}`),
      ['system:read', 'user:read', 'project:rejected'],
      'the harness system policy is listed first',
    );
    assert.equal(out.config.problems[0].key, 'disable');
    const rule = out.packs[0].rules[0];
    assert.equal(rule.rule, 'mytool/db-drop');
    assert.equal(rule.matches[0].resource, 'users');
    assert.deepEqual(rule.matches[0].environment.evidence, [{ source: 'env', detail: 'MYTOOL_ENV=qa' }]);
    const text = guard(w, ['explain', '--', 'mytool', 'db', 'list']);
    assert.match(text.stdout, /no match mytool\/db-drop: Drops a whole database/);
    assert.match(text.stdout, /project {2}rejected {2}.*guard\.config\.json/);
    assert.match(text.stdout, /guard: decision: allow/);
  } finally {
    w.cleanup();
  }
});

const hasRmPack = builtinPacks.some((p) => p.commands.includes('rm'));
test(
  'a project config that tries to allow `rm -rf /` is rejected and rm stays refused',
  { skip: hasRmPack ? false : 'no built-in rm pack on this branch yet' },
  () => {
    const w = setup();
    try {
      const rmRules = builtinPacks.filter((p) => p.commands.includes('rm')).flatMap((p) => p.rules.map((r) => r.id));
      w.write(
        join(w.project, 'guard.config.json'),
        JSON.stringify({ allow: rmRules.map((rule) => ({ rule, environment: '*', resource: '*' })), disable: rmRules }),
      );
      const r = guard(w, ['rm', '-rf', '/']);
      assert.notEqual(r.code, 0);
      assert.equal(r.code, 78, r.stderr);
      assert.equal(r.ran, '', 'the stand-in rm never ran');
    } finally {
      w.cleanup();
    }
  },
);

test('guard rules list shows custom rules with their file; rules test runs their examples too', () => {
  const w = setup();
  try {
    const list = guard(w, ['rules', 'list']);
    assert.equal(list.code, 0, list.stderr);
    assert.match(
      list.stdout,
      new RegExp(`mytool \\(${join(w.userDir, 'config.json').replace(/[.]/g, '\\.')}; commands: mytool\\)`),
    );
    assert.match(list.stdout, /mytool\/db-drop/);
    const run = guard(w, ['rules', 'test', '--json']);
    assert.equal(run.code, 0, run.stderr);
    const report = JSON.parse(run.stdout);
    const builtinRules = builtinPacks.reduce((n, p) => n + p.rules.length, 0);
    const builtinExamples = builtinPacks.reduce(
      (n, p) => n + p.rules.reduce((m, r) => m + r.examples.destructive.length + r.examples.benign.length, 0),
      0,
    );
    assert.deepEqual([report.rules, report.checked, report.ok], [builtinRules + 1, builtinExamples + 6, true]);
  } finally {
    w.cleanup();
  }
});
