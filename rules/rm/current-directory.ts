import { PROJECT_FILES, rmRule } from './rm-rule.js';

export const currentDirectory = rmRule('current-directory', {
  summary: 'Recursive removal of the current directory or a directory above it',
  message:
    'rm would delete {{resource}} on the {{environment}} machine, which is or contains the directory you are working in: everything in it, including uncommitted work',
  rationale:
    'Removing `.`, `..`, `$PWD` or `./*` wipes the working tree and everything not pushed. GNU rm refuses a literal `.`/`..` but not `$PWD`, `./*` or `../../..`-free spellings of the same directory.',
  safer:
    'Remove the specific build outputs (`rm -rf dist build`), or `git clean -n` first to see what untracked files would go.',
  examples: {
    destructive: [
      { argv: ['rm', '-rf', '.'], resource: '/home/user/project', environment: 'local' },
      {
        argv: ['rm', '-rf', '/home/user/project'],
        resource: '/home/user/project',
        environment: 'local',
        note: 'rm -rf "$PWD"',
      },
      {
        argv: ['rm', '-rf', '..'],
        cwd: '/home/user/project/src/app',
        resource: '/home/user/project/src',
        environment: 'local',
      },
      {
        argv: ['rm', '-rf', '../..'],
        cwd: '/home/user/project/src/app',
        resource: '/home/user/project',
        environment: 'local',
      },
      {
        argv: ['rm', '.', '-Rf'],
        resource: '/home/user/project',
        environment: 'local',
        note: 'options after the operand (GNU permutation)',
      },
      { argv: ['rm', '-rf', './*'], resource: '/home/user/project/*', environment: 'local' },
      {
        argv: ['rm', '-rf', 'a', 'b'],
        cwd: '/tmp/work',
        dirs: ['/tmp/work/a', '/tmp/work/b'],
        resource: '/tmp/work/*',
        environment: 'local',
        note: 'the expansion of * in /tmp/work',
      },
    ],
    benign: [
      { argv: ['rm', '-rf', 'node_modules', 'dist', 'build', 'coverage'], files: PROJECT_FILES },
      { argv: ['rm', '-r', './src/old'] },
      {
        argv: ['rm', '.', '-rf'],
        env: { POSIXLY_CORRECT: '1' },
        note: 'POSIXLY_CORRECT: -rf after an operand is a file name, so nothing is recursive',
      },
      {
        argv: ['rm', '-rf', '../project-link'],
        links: { '/home/user/project-link': '/home/user/project' },
        note: 'removes the symlink only',
      },
      { argv: ['rm', '-f', './*.log'], note: 'an unexpanded *.log is one odd file name, not the directory' },
    ],
  },
});
