import { rmRule } from './rm-rule.js';

export const gitRepository = rmRule('git-repository', {
  summary: 'Recursive removal of a git repository, its .git, or the objects and refs inside it',
  message:
    "rm would delete {{resource}} on the {{environment}} machine: a git repository's history, local branches and stashes, not recoverable",
  rationale:
    'Commits, branches and stashes that were never pushed exist only in .git; removing a repository root or .git (or .git/objects, .git/refs) loses them.',
  safer:
    'Push or bundle what you need first (`git bundle create ../backup.bundle --all`), or remove only the working-tree files you mean.',
  examples: {
    destructive: [
      { argv: ['rm', '-rf', '.git'], resource: '/home/user/project/.git', environment: 'local' },
      { argv: ['rm', '--recursive', '--force', '.git/'], resource: '/home/user/project/.git', environment: 'local' },
      {
        argv: ['rm', '-rf', 'vendor/lib'],
        files: { '/home/user/project/vendor/lib/.git/HEAD': 'ref: refs/heads/main\n' },
        resource: '/home/user/project/vendor/lib',
        environment: 'local',
        note: 'a nested repository',
      },
      { argv: ['rm', '-rf', '.git/objects'], resource: '/home/user/project/.git/objects', environment: 'local' },
      {
        argv: ['rm', '-rf', 'checkout'],
        cwd: '/tmp/work',
        files: { '/tmp/work/checkout/.git/HEAD': 'ref: refs/heads/main\n', '/tmp/work/notes.txt': '' },
        resource: '/tmp/work/checkout',
        environment: 'local',
        note: 'working inside the temp directory: its repositories are your work',
      },
      {
        argv: ['rm', '-rf', '../work/api'],
        files: { '/home/user/work/api/.git/HEAD': 'ref: refs/heads/main\n' },
        resource: '/home/user/work/api',
        environment: 'local',
      },
    ],
    benign: [
      { argv: ['rm', '-rf', '.git/rebase-merge'], note: 'clearing a stuck rebase' },
      { argv: ['rm', '-f', '.git/index.lock'] },
      { argv: ['rm', '-rf', '.github/workflows/old'] },
      {
        argv: ['rm', '-rf', '/tmp/clone-123'],
        files: { '/tmp/clone-123/.git/HEAD': 'ref: refs/heads/main\n' },
        note: 'a scratch clone in the temporary directory',
      },
    ],
  },
});
