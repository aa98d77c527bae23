import { test } from 'node:test';
import assert from 'node:assert/strict';
import { protectedReason } from '../../../../src/core/tools/find/protected-area.js';
import { exampleContext } from '../../../../src/core/example-context.js';
import { defaultConfig } from '../../../../src/core/config-defaults.js';
import { remoteHost } from '../../../../rules/rsync.js';
import { emptiesFile } from '../../../../rules/truncate.js';

test('protected: root, system dirs and their contents, $HOME, home dirs, repo root and .git, configured paths', () => {
  const ctx = exampleContext({ argv: ['find'], dirs: ['/home/user/project/src', '/srv/data', '/tmp/x'] });
  for (const p of ['/', '/etc', '/usr/lib/x', '~', '/home/other', '.', '.git', '/srv/data', '/data']) assert.ok(protectedReason(p, ctx), `${p} should be protected`);
  for (const p of ['src', '/tmp/x', '/home/user/project/src']) assert.equal(protectedReason(p, ctx), undefined, `${p} should not be protected`);
  const configured = exampleContext({ argv: ['find'] }, { ...defaultConfig(), protectedPaths: ['/home/user/project/src'] });
  assert.match(protectedReason('src/a', configured) ?? '', /config/);
});

test('rsync remoteHost and truncate emptiesFile', () => {
  assert.equal(remoteHost('user@web1:/srv'), 'web1');
  assert.equal(remoteHost('rsync://mirror/pub'), 'mirror');
  assert.equal(remoteHost('./local:dir'), undefined);
  assert.equal(remoteHost('/abs/path'), undefined);
  for (const s of ['0', '0K', '<0', '00']) assert.ok(emptiesFile(s), s);
  for (const s of ['10', '+0', '1G', '-5']) assert.ok(!emptiesFile(s), s);
});
