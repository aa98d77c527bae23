import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfigFiles } from '../../../src/io/config/load-config-files.js';
import { tempWorld } from '../../helpers/config-world.js';
import { harnessPolicyEnv } from '../../helpers/system-policy-dir.js';

test('no config anywhere: nothing read, no problems', async () => {
  const w = tempWorld();
  try {
    const found = await loadConfigFiles({ env: harnessPolicyEnv(), cwd: w.project, home: w.home });
    assert.deepEqual([found.user, found.projects, found.problems, found.files], [undefined, [], [], []]);
  } finally {
    w.cleanup();
  }
});

test('user config in ~/.config/guard (YAML) and in $XDG_CONFIG_HOME/guard (JSON)', async () => {
  const w = tempWorld();
  try {
    w.write(join(w.userDir, 'config.yaml'), 'cooldownSeconds: 7\n');
    const found = await loadConfigFiles({ env: harnessPolicyEnv(), cwd: w.project, home: w.home });
    assert.equal(found.user?.data.cooldownSeconds, 7);
    const xdg = join(w.root, 'xdg');
    w.write(join(xdg, 'guard', 'config.json'), '{"cooldownSeconds": 9}');
    const viaXdg = await loadConfigFiles({
      env: { ...harnessPolicyEnv(), XDG_CONFIG_HOME: xdg },
      cwd: w.project,
      home: w.home,
    });
    assert.equal(viaXdg.user?.data.cooldownSeconds, 9);
    const relative = await loadConfigFiles({
      env: { ...harnessPolicyEnv(), XDG_CONFIG_HOME: 'relative/dir' },
      cwd: w.project,
      home: w.home,
    });
    assert.equal(relative.user?.data.cooldownSeconds, 7, 'a relative XDG_CONFIG_HOME is ignored, per the spec');
  } finally {
    w.cleanup();
  }
});

test('user config may be executable (JS), and is refused when group/world-writable', async () => {
  const w = tempWorld();
  try {
    w.write(join(w.userDir, 'config.mjs'), 'export default { cooldownSeconds: 11 };\n');
    assert.equal(
      (await loadConfigFiles({ env: harnessPolicyEnv(), cwd: w.project, home: w.home })).user?.data.cooldownSeconds,
      11,
    );
    w.write(join(w.userDir, 'config.mjs'), 'export default { cooldownSeconds: 11 };\n', 0o666);
    const found = await loadConfigFiles({ env: harnessPolicyEnv(), cwd: w.project, home: w.home });
    assert.equal(found.user, undefined);
    assert.match(found.problems[0]?.message ?? '', /writable by group or others \(mode 666\)/);
  } finally {
    w.cleanup();
  }
});

test('two user config files are ambiguous', async () => {
  const w = tempWorld();
  try {
    w.write(join(w.userDir, 'config.yaml'), 'cooldownSeconds: 7\n');
    w.write(join(w.userDir, 'config.json'), '{}');
    const found = await loadConfigFiles({ env: harnessPolicyEnv(), cwd: w.project, home: w.home });
    assert.match(
      found.problems[0]?.message ?? '',
      /several user config files \(config.json, config.yaml\); keep exactly one/,
    );
  } finally {
    w.cleanup();
  }
});

test('project configs are found from cwd upward, every format, package.json#guard included', async () => {
  const w = tempWorld();
  try {
    const sub = join(w.project, 'packages', 'api');
    w.write(join(sub, '.guardrc'), 'protectedPaths: [/a]\n');
    w.write(join(w.project, 'package.json'), JSON.stringify({ name: 'x', guard: { protectedPaths: ['/b'] } }));
    w.write(join(w.project, 'guard.config.yml'), 'protectedPaths: [/c]\n');
    w.write(join(w.project, '..', '.guardrc.json'), '{"protectedPaths": ["/d"]}');
    w.write(join(sub, 'package.json'), JSON.stringify({ name: 'no-guard-key', description: 'mentions guard' }));
    w.write(
      join(w.project, 'packages', 'package.json'),
      JSON.stringify({ name: 'has-key-elsewhere', config: { guard: 1 } }),
    );
    const found = await loadConfigFiles({ env: harnessPolicyEnv(), cwd: sub, home: w.home });
    assert.deepEqual(found.problems, []);
    assert.deepEqual(
      found.projects.map((p) => p.data.protectedPaths?.[0]),
      ['/a', '/c', '/b', '/d'],
    );
    assert.ok(found.projects.some((p) => p.file.endsWith('package.json#guard')));
  } finally {
    w.cleanup();
  }
});

test('an executable project config is rejected by name and never executed', async () => {
  const w = tempWorld();
  try {
    const marker = join(w.root, 'executed');
    for (const name of ['guard.config.js', '.guardrc.cjs', 'guard.config.mjs', 'guard.config.ts']) {
      w.write(
        join(w.project, name),
        `require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran'); module.exports = {};\n`,
      );
    }
    const found = await loadConfigFiles({ env: harnessPolicyEnv(), cwd: w.project, home: w.home });
    assert.equal(existsSync(marker), false, 'the file must not have run');
    assert.equal(found.problems.length, 4);
    for (const p of found.problems)
      assert.match(
        `${p.file}: ${p.message}`,
        /(guard\.config|\.guardrc)\.(js|cjs|mjs|ts): an executable config in a project is refused and was not run/,
      );
  } finally {
    w.cleanup();
  }
});

test('$import in a project config is refused (it could pull in code)', async () => {
  const w = tempWorld();
  try {
    const marker = join(w.root, 'executed');
    w.write(
      join(w.root, 'evil.cjs'),
      `require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran'); module.exports = {};\n`,
    );
    w.write(join(w.project, 'guard.config.json'), JSON.stringify({ $import: '../../evil.cjs' }));
    const found = await loadConfigFiles({ env: harnessPolicyEnv(), cwd: w.project, home: w.home });
    assert.equal(existsSync(marker), false);
    assert.match(found.problems[0]?.message ?? '', /"\$import" is not supported/);
  } finally {
    w.cleanup();
  }
});

test('invalid YAML and wrong types are problems naming the file (and key)', async () => {
  const w = tempWorld();
  try {
    w.write(join(w.project, 'guard.config.yaml'), 'environments: [\n  - name: x\n');
    w.write(join(w.project, '.guardrc.json'), '{"cooldownSeconds": "ten"}');
    const found = await loadConfigFiles({ env: harnessPolicyEnv(), cwd: w.project, home: w.home });
    const text = found.problems.map((p) => `${p.file}|${p.key}|${p.message}`).join('\n');
    assert.match(text, /guard\.config\.yaml\|\|cannot be read: /);
    w.write(join(w.project, '.guardrc.json'), '{\n  "cooldownSeconds": 10,\n}\n');
    const json = await loadConfigFiles({ env: harnessPolicyEnv(), cwd: w.project, home: w.home });
    assert.match(json.problems.map((p) => p.message).join('\n'), /cannot be read: invalid JSON at line 3, column 1: /);
    assert.match(text, /\.guardrc\.json\|cooldownSeconds\|expected number, received string/);
    assert.deepEqual(
      found.files.map((f) => f.status),
      ['rejected', 'rejected'],
    );
  } finally {
    w.cleanup();
  }
});

test("cosmiconfig's meta config in the project (.config/config.js, package.json#cosmiconfig) is never run", async () => {
  const w = tempWorld();
  const before = process.cwd();
  try {
    const marker = join(w.root, 'executed');
    const code = `require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran'); module.exports = {};\n`;
    w.write(join(w.project, '.config', 'config.cjs'), code);
    w.write(join(w.project, '.config', 'config.js'), code);
    w.write(join(w.project, 'guard.config.json'), '{"protectedPaths": ["/x"]}');
    w.write(join(w.userDir, 'config.json'), '{"cooldownSeconds": 6}');
    process.chdir(w.project);
    const found = await loadConfigFiles({ env: harnessPolicyEnv(), cwd: w.project, home: w.home });
    assert.deepEqual(found.problems, []);
    assert.equal(found.projects.length, 1);
    assert.equal(existsSync(marker), false, 'cosmiconfig must not load meta config from the project');
  } finally {
    process.chdir(before);
    w.cleanup();
  }
});

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
test(
  'a project config owned by another account is ignored (listed), a foreign user config is refused',
  { skip: isRoot ? false : 'needs root to chown' },
  async () => {
    const { chownSync } = await import('node:fs');
    const w = tempWorld();
    try {
      const planted = w.write(join(w.root, 'work', '.guardrc.json'), '{"cooldownSeconds": "broken"}');
      chownSync(planted, 4242, 4242);
      const found = await loadConfigFiles({ env: harnessPolicyEnv(), cwd: w.project, home: w.home });
      assert.deepEqual(found.problems, []);
      assert.deepEqual(found.files, [
        { file: planted, layer: 'project', status: 'ignored', note: 'owned by another account' },
      ]);
      const user = w.write(join(w.userDir, 'config.json'), '{}');
      chownSync(user, 4242, 4242);
      const refused = await loadConfigFiles({ env: harnessPolicyEnv(), cwd: w.project, home: w.home });
      assert.match(refused.problems[0]?.message ?? '', /is owned by uid 4242, not by you/);
    } finally {
      w.cleanup();
    }
  },
);
