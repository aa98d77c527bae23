import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseGitConfig } from '../../../../src/core/tools/git/git-repo.js';
import { planPush, redactUrl } from '../../../../src/core/tools/git/push-refs.js';

const repo = {
  top: '/r',
  gitDir: '/r/.git',
  branch: 'feat',
  config: parseGitConfig(
    '[remote "origin"]\n  url = x\n[branch "feat"]\n  remote = origin\n  pushRemote = fork ; comment\n',
  ),
};

test('push remote: pushRemote of the branch wins when no remote is given', () => {
  assert.equal(planPush(['-f'], repo).remote, 'fork');
  assert.deepEqual(
    planPush(['-f'], repo).refs.map((r) => r.ref),
    ['feat'],
  );
});

test('refspecs: +src:dst, :dst, --delete, plain pushes', () => {
  const refs = (args: string[]) => planPush(args, repo).refs.map((r) => `${r.how}:${r.ref}`);
  assert.deepEqual(refs(['origin', '+a:refs/heads/b', ':old', 'c']), ['force:b', 'delete:old']);
  assert.deepEqual(refs(['origin', '--delete', 'x', 'refs/tags/v1']), ['delete:x', 'delete:v1']);
  assert.deepEqual(refs(['--force-with-lease=main:abc', 'origin', 'main']), ['force:main']);
  assert.deepEqual(
    refs(['--force-with', 'origin', 'HEAD']),
    ['force:feat'],
    'unambiguous long prefixes are honoured, HEAD is the current branch',
  );
  assert.deepEqual(refs(['--forc', 'origin', 'main']), [], 'git rejects an ambiguous abbreviation');
  assert.deepEqual(refs(['origin', 'main', '--tags']), []);
  assert.deepEqual(refs(['origin', ':']), [], '`:` pushes matching branches, it deletes nothing');
  assert.deepEqual(refs(['origin', '+:']), ['force:matching-branches']);
});

test('credentials in remote URLs are hidden', () => {
  assert.equal(redactUrl('https://user:ghp_secret@github.com/a/b.git'), 'https://***@github.com/a/b.git');
});
