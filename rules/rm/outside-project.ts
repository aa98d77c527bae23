import { rmRule } from './rm-rule.js';

export const outsideProject = rmRule('outside-project', {
  summary: 'Recursive removal outside the current directory tree (other than inside the temporary directory)',
  message: 'rm would delete {{resource}} on the {{environment}} machine, outside the directory you are working in',
  rationale:
    'Work in a project should not reach out of it: a recursive removal elsewhere (a sibling project, ~/.config, /srv, /opt) is usually a wrong variable or path. Temporary directories are the exception.',
  safer:
    'cd to the directory first so the scope is visible, or remove the exact path after listing it (`ls -la PATH`).',
  examples: {
    destructive: [
      { argv: ['rm', '-rf', '/srv/data/old'], resource: '/srv/data/old', environment: 'local' },
      { argv: ['rm', '-rf', '~/.config/app'], resource: '/home/user/.config/app', environment: 'local' },
      { argv: ['rm', '-rf', '/tmp'], resource: '/tmp', environment: 'local', note: 'the temporary directory itself' },
      { argv: ['rm', '-r', '../../other/dir'], resource: '/home/other/dir', environment: 'local' },
      {
        argv: ['rm', '-rf', 'cache/'],
        links: { '/home/user/project/cache': '/opt/app/cache' },
        dirs: ['/opt/app/cache'],
        resource: '/opt/app/cache',
        environment: 'local',
        note: 'a trailing slash follows the symlink',
      },
    ],
    benign: [
      { argv: ['rm', '-rf', '/tmp/build-123'] },
      { argv: ['rm', '-rf', '/var/tmp/cache-x'] },
      {
        argv: ['rm', '-rf', '/tmp/*'],
        note: 'every entry of the temporary directory is scratch (data found inside is still protected)',
      },
      { argv: ['rm', '-f', '../notes.txt'], note: 'not recursive' },
      { argv: ['rm', '-rf', 'build/../dist'], note: 'normalises to a path inside the project' },
      {
        argv: ['rm', '-rf', 'cache'],
        links: { '/home/user/project/cache': '/opt/app/cache' },
        dirs: ['/opt/app/cache'],
        note: 'without a trailing slash only the link goes',
      },
    ],
  },
});
