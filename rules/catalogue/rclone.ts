import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked in rclone/rclone cmd/ at 64ab1ac: purge, delete, deletefile, rmdir, rmdirs, cleanup, sync.
export default (): CatalogueTool => ({
  tool: 'rclone',
  commands: ['rclone'],
  docs: 'https://rclone.org/commands/',
  valueFlags: [
    '--config',
    '--exclude',
    '--include',
    '--filter',
    '--transfers',
    '--checkers',
    '--backup-dir',
    '--min-age',
    '--max-age',
    '--log-file',
  ],
  environment: {
    envVar: 'RCLONE_CONFIG',
    kind: 'other',
  },
  operations: [
    {
      id: 'rclone/delete',
      summary: 'rclone purge / delete / deletefile / rmdirs / cleanup: delete files or a whole remote path',
      message: 'Deletes {{resource}} ({{environment}}).',
      rationale: 'purge removes the path and everything in it, ignoring filters; rclone never asks unless -i is given.',
      safer: 'Run with --dry-run (or -i) first.',
      undo: "only the remote's own versioning or trash brings files back",
      when: {
        args: [['purge', 'delete', 'deletefile', 'rmdirs', 'cleanup', 'rmdir'], '*'],
        unlessFlags: ['--dry-run', '-n', '--interactive', '-i'],
      },
      resource: {
        positional: 1,
      },
      examples: {
        destructive: [
          {
            argv: ['rclone', 'purge', 'remote:acme-backups'],
            resource: 'remote:acme-backups',
            environment: 'unknown',
          },
          {
            argv: ['rclone', 'delete', 'b2:acme-media', '--min-age', '30d'],
            resource: 'b2:acme-media',
            environment: 'unknown',
          },
          {
            argv: ['rclone', 'deletefile', 's3:acme/db.sql'],
            resource: 's3:acme/db.sql',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['rclone', 'ls', 'remote:acme-backups'],
          },
          {
            argv: ['rclone', 'copy', './dist', 'remote:acme-site'],
          },
          {
            argv: ['rclone', 'purge', '--dry-run', 'remote:acme-backups'],
          },
        ],
      },
    },
    {
      id: 'rclone/sync',
      summary:
        'rclone sync / bisync --resync / move: make the destination equal to the source (deleting what it lacks)',
      message: 'Deletes from {{resource}} ({{environment}}) every file the source lacks.',
      rationale: 'sync deletes extraneous destination files; an empty or wrong source empties the destination.',
      safer: 'Run with --dry-run first, or add --backup-dir to keep what would be deleted.',
      undo: 'with --backup-dir the deleted files are kept there; otherwise only remote versioning',
      when: {
        args: ['sync', '*', '*'],
        unlessFlags: ['--dry-run', '-n', '--backup-dir', '--interactive', '-i'],
      },
      resource: {
        positional: 2,
      },
      examples: {
        destructive: [
          {
            argv: ['rclone', 'sync', './empty', 's3:acme-prod', '--delete-before'],
            resource: 's3:acme-prod',
            environment: 'unknown',
          },
          {
            argv: ['rclone', 'sync', 'gdrive:docs', 'b2:docs-mirror'],
            resource: 'b2:docs-mirror',
            environment: 'unknown',
          },
          {
            argv: ['rclone', 'sync', './site', 'remote:www', '-P'],
            resource: 'remote:www',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['rclone', 'sync', '--dry-run', './site', 'remote:www'],
          },
          {
            argv: ['rclone', 'copy', './site', 'remote:www'],
          },
          {
            argv: ['rclone', 'sync', './site', 'remote:www', '--backup-dir', 'remote:old'],
          },
        ],
      },
    },
  ],
});
