import { rmRule } from './rm-rule.js';

export const homeDirectory = rmRule('home-directory', {
  summary: 'Recursive removal of your home directory or a directory directly inside it',
  message:
    'rm would delete {{resource}} on the {{environment}} machine: your home directory or a whole folder of it, not recoverable',
  rationale:
    'HOME and its direct children (Documents, .ssh, .config, other projects) hold work and keys that exist nowhere else. rm has no protection for them; `~/*` reaches rm as the list of every entry, which guard reads as ~/*.',
  safer:
    'Remove the specific files or build outputs inside the folder, or move the folder to the trash (`gio trash`, `trash`).',
  examples: {
    destructive: [
      { argv: ['rm', '-rf', '~'], resource: '/home/user', environment: 'local', note: 'a ~ the shell did not expand' },
      { argv: ['rm', '-r', '-f', '/home/user/'], resource: '/home/user', environment: 'local' },
      {
        argv: ['rm', '--recursive', '/home/user/Documents'],
        dirs: ['/home/user/Documents'],
        resource: '/home/user/Documents',
        environment: 'local',
      },
      { argv: ['rm', '-rf', '~/*'], resource: '/home/user/*', environment: 'local' },
      {
        argv: ['rm', '-rf', '/home/user/notes', '/home/user/project'],
        dirs: ['/home/user/notes', '/home/user/.ssh'],
        resource: '/home/user/*',
        environment: 'local',
        note: 'what ~/* expands to (dot entries excluded)',
      },
      {
        argv: ['rm', '-rf', '../'],
        resource: '/home/user',
        environment: 'local',
        note: 'the parent of the project is HOME',
      },
    ],
    benign: [
      { argv: ['rm', '-rf', '/home/user/project/build'], note: 'inside the project' },
      { argv: ['rm', '-f', '/home/user/notes.txt'], note: 'not recursive' },
      {
        argv: ['rm', '-rf', '/home/user/shortcut'],
        links: { '/home/user/shortcut': '/home/user/project' },
        note: 'a symlink without trailing slash: only the link goes',
      },
      { argv: ['rm', '-r', '--version', '~'], note: 'rm prints its version and removes nothing' },
    ],
  },
});
