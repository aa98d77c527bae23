import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../../../src/core/config-defaults.js';
import { exampleContext } from '../../../../src/core/example-context.js';
import type { RuleExample } from '../../../../src/core/rule.js';
import { analyseRm } from '../../../../src/core/tools/rm/analyse-rm.js';

function kinds(argv: string[], world: Partial<RuleExample> = {}, protectedPaths: string[] = []): string[] {
  const ctx = exampleContext({ argv, ...world }, { ...defaultConfig(), protectedPaths });
  return analyseRm(argv.slice(1), ctx).judged.map((j) => `${j.danger.kind} ${j.target.display}`);
}

test('configured protected paths: absolute, ~ and relative, any removal', () => {
  assert.deepEqual(kinds(['rm', '-f', '/srv/backups/latest.tar'], {}, ['/srv/backups']), [
    'protected-path /srv/backups/latest.tar',
  ]);
  assert.deepEqual(kinds(['rm', 'secrets/key.pem'], {}, ['~/project/secrets']), [
    'protected-path /home/user/project/secrets/key.pem',
  ]);
  assert.deepEqual(kinds(['rm', '-r', 'fixtures'], {}, ['fixtures/golden']), [
    'protected-path /home/user/project/fixtures',
  ]);
  assert.deepEqual(kinds(['rm', '-f', 'notes.txt'], {}, ['/srv/backups']), []);
});

test('configured patterns with * match the path or an ancestor, and recursive removal above them', () => {
  assert.deepEqual(kinds(['rm', '/srv/tenant-a/data/x'], {}, ['/srv/*/data']), ['protected-path /srv/tenant-a/data/x']);
  assert.deepEqual(kinds(['rm', '-rf', '/opt/homebrew/var'], {}), ['protected-path /opt/homebrew/var']);
});

test('one rule per target, most specific first', () => {
  assert.deepEqual(kinds(['rm', '-rf', '/var/lib/mysql']), ['protected-path /var/lib/mysql']);
  assert.deepEqual(kinds(['rm', '-rf', '/var/lib']), ['system-directory /var/lib']);
  assert.deepEqual(kinds(['rm', '-rf', '/home/user']), ['home-directory /home/user']);
  assert.deepEqual(kinds(['rm', '-rf', '/home/user/project']), ['current-directory /home/user/project']);
  assert.deepEqual(kinds(['rm', '-rf', '/home/user/other']), ['home-directory /home/user/other']);
});

test('a symlink removed without following is judged as the link only', () => {
  const world = {
    links: { '/home/user/project/data': '/var/lib/postgresql/16/main' },
    dirs: ['/var/lib/postgresql/16/main'],
  };
  assert.deepEqual(kinds(['rm', '-rf', 'data'], world), []);
  assert.deepEqual(kinds(['rm', '-rf', 'data/'], world), ['protected-path /var/lib/postgresql/16/main']);
});

test('the temporary directory counts through its real path too', () => {
  const world = { links: { '/var/folders/tmp': '/private/var/folders/tmp' }, dirs: ['/private/var/folders/tmp/x'] };
  const ctx = exampleContext({ argv: ['rm'], ...world });
  const macos = { ...ctx, tmpdir: '/var/folders/tmp' };
  assert.deepEqual(analyseRm(['-rf', '/private/var/folders/tmp/x'], macos).judged, []);
  assert.deepEqual(analyseRm(['-rf', '/var/folders/tmp/x'], macos).judged, []);
  assert.equal(analyseRm(['-rf', '/private/var/folders/other'], macos).judged[0]?.danger.kind, 'outside-project');
});

test('non-recursive removal only trips protected data and top-level entries', () => {
  assert.deepEqual(kinds(['rm', '-f', '/etc/passwd.bak', '../x', '.git']), []);
  assert.deepEqual(kinds(['rm', '-f', '/vmlinuz'], { files: { '/vmlinuz': '' } }), []);
  assert.deepEqual(kinds(['rm', '-f', '/lib64'], { links: { '/lib64': 'usr/lib64' } }), ['system-directory /lib64']);
});

test("details explain the operand and rm's own refusals; warnings name skip flags", () => {
  const ctx = exampleContext({ argv: ['rm'] });
  const analysis = analyseRm(['-rf', '--no-preserve-root', '/'], ctx);
  assert.equal(analysis.options.skipsPrompts, true);
  const root = analyseRm(['-rf', '..'], { ...ctx, cwd: '/home/user/project/src' });
  assert.equal(root.judged[0]?.danger.kind, 'current-directory');
});

test('an empty operand names nothing, but "$UNSET/" is /', () => {
  assert.deepEqual(kinds(['rm', '-rf', '']), []);
  assert.deepEqual(kinds(['rm', '-rf', '/']), ['system-directory /']);
});

test('an expanded glob that is harmless as a whole still has its members judged', () => {
  const world = { files: { '/home/user/project/data/app.sqlite': '', '/home/user/project/data/notes.txt': '' } };
  assert.deepEqual(kinds(['rm', 'data/app.sqlite', 'data/notes.txt'], world), [
    'protected-path /home/user/project/data/app.sqlite',
  ]);
  assert.deepEqual(kinds(['rm', '-r', 'data/app.sqlite', 'data/notes.txt'], world), [
    'protected-path /home/user/project/data/*',
  ]);
});

test("a git worktree's root is the project, found by the one .git reader (its .git is a file)", () => {
  const world = {
    cwd: '/home/user/wt/packages/web',
    dirs: ['/home/user/wt/packages/web', '/home/user/wt/packages/shared/dist', '/home/user/project/.git/worktrees/wt'],
    files: { '/home/user/wt/.git': 'gitdir: /home/user/project/.git/worktrees/wt\n' },
  };
  // Inside the worktree: not outside the project, though outside the cwd.
  assert.deepEqual(kinds(['rm', '-rf', '../shared/dist'], world), []);
  // Without the worktree's .git the same removal leaves the project (the cwd).
  const bare = { ...world, files: {} };
  assert.deepEqual(kinds(['rm', '-rf', '../shared/dist'], bare), [
    'outside-project /home/user/wt/packages/shared/dist',
  ]);
});
