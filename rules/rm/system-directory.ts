import { rmRule } from './rm-rule.js';

const ROOT_ENTRIES = ['/bin', '/boot', '/etc', '/home', '/tmp', '/usr', '/var'];

export const systemDirectory = rmRule('system-directory', {
  summary: 'Recursive removal of /, a top-level system directory, or a direct child of one',
  message:
    "rm would delete {{resource}} on the {{environment}} machine: the operating system or other users' files, not recoverable",
  rationale:
    'Removing / or /usr, /etc, /var, /home (or /usr/lib, /etc/ssl, /home/alice) breaks the machine or destroys other users\' data. `rm -rf "$EMPTY"/*` reaches rm as the full list of top-level directories, which guard reads as /*.',
  safer:
    'Name the exact subdirectory you mean, check the variables in the path (`echo rm -rf "$DIR"/*`), or use a disposable container.',
  examples: {
    destructive: [
      { argv: ['rm', '-rf', '/'], resource: '/', environment: 'local' },
      {
        argv: ['rm', '-fr', '--no-preserve-root', '//'],
        resource: '/',
        environment: 'local',
        note: '// normalises to /',
      },
      { argv: ['rm', '-R', '/usr/lib'], resource: '/usr/lib', environment: 'local' },
      {
        argv: ['rm', '/etc/', '--rec', '--force'],
        resource: '/etc',
        environment: 'local',
        note: 'permuted, abbreviated --recursive',
      },
      { argv: ['rm', '-rf', '/*'], resource: '/*', environment: 'local', note: 'an unexpanded glob' },
      {
        argv: ['rm', '-rf', ...ROOT_ENTRIES],
        dirs: ROOT_ENTRIES,
        resource: '/*',
        environment: 'local',
        note: 'what rm -rf "$EMPTY"/* expands to',
      },
      {
        argv: ['rm', '/bin'],
        links: { '/bin': 'usr/bin' },
        resource: '/bin',
        environment: 'local',
        note: 'removing the merged-/usr symlink breaks the system without -r',
      },
    ],
    benign: [
      { argv: ['rm', '-rf', '/tmp/build-123'] },
      { argv: ['rm', '-rf', '--help', '/'], note: 'rm prints help and removes nothing' },
      { argv: ['rm', '-f', '/etc/app/old.conf'], note: 'not recursive, not a top-level entry' },
      { argv: ['rm', '-rf', './usr/lib'], note: 'relative: inside the project' },
      { argv: ['rm', '--', '-rf', '/'], note: 'after -- these are file names: rm refuses a directory without -r' },
    ],
  },
});
