import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findGitConfig, ownerRepoOf, parseRemotes } from '../../../../src/core/tools/git/read-remotes.js';
import { herokuAppOf } from '../../../../src/core/tools/heroku/heroku-app.js';
import { exampleContext } from '../../../../src/core/example-context.js';

test('parseRemotes reads url per remote section and ignores other sections', () => {
  const remotes = parseRemotes(
    '[core]\n\turl = nope\n[remote "origin"]\n\turl = git@github.com:acme/api.git\n[branch "main"]\n\tremote = origin\n[remote "heroku"]\n  url = https://git.heroku.com/acme-prod.git\n',
  );
  assert.deepEqual(
    [...remotes],
    [
      ['origin', 'git@github.com:acme/api.git'],
      ['heroku', 'https://git.heroku.com/acme-prod.git'],
    ],
  );
});

test('ownerRepoOf handles https, ssh and scp-like URLs', () => {
  assert.equal(ownerRepoOf('https://github.com/acme/api.git'), 'acme/api');
  assert.equal(ownerRepoOf('git@github.com:acme/api.git'), 'acme/api');
  assert.equal(ownerRepoOf('ssh://git@github.com/acme/api'), 'acme/api');
});

test('herokuAppOf reads the app from https and ssh heroku remotes only', () => {
  assert.equal(herokuAppOf('https://git.heroku.com/acme-prod.git'), 'acme-prod');
  assert.equal(herokuAppOf('git@heroku.com:acme-stage.git'), 'acme-stage');
  assert.equal(herokuAppOf('git@github.com:acme/api.git'), undefined);
});

test('findGitConfig walks up from a subdirectory and follows a worktree .git file', () => {
  const ctx = exampleContext({
    argv: ['x'],
    cwd: '/home/user/project/src/deep',
    files: { '/home/user/project/.git/config': '[remote "origin"]\n\turl = a\n' },
  });
  assert.equal(findGitConfig(ctx)?.path, '/home/user/project/.git/config');
  const wt = exampleContext({
    argv: ['x'],
    cwd: '/home/user/wt',
    files: {
      '/home/user/wt/.git': 'gitdir: /home/user/main/.git/worktrees/wt\n',
      '/home/user/main/.git/config': '[remote "origin"]\n\turl = b\n',
    },
  });
  assert.equal(findGitConfig(wt)?.path, '/home/user/main/.git/config');
});

test('one reader: a worktree with a commondir file, a subdirectory, and the first url of a remote', () => {
  const files = {
    '/home/user/wt/.git': 'gitdir: /srv/repos/main.git/worktrees/wt\n',
    '/srv/repos/main.git/worktrees/wt/commondir': '../..\n',
    '/srv/repos/main.git/config':
      '[remote "origin"]\n\turl = first\n\turl = second\n[Remote "up"]\n\tURL = "quoted" ; comment\n',
  };
  const ctx = exampleContext({ argv: ['x'], cwd: '/home/user/wt/src', files });
  assert.equal(findGitConfig(ctx)?.path, '/srv/repos/main.git/config');
  assert.deepEqual(
    [...parseRemotes(findGitConfig(ctx)?.text ?? '')],
    [
      ['origin', 'first'],
      ['up', 'quoted'],
    ],
  );
});
