import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked in s3tools/s3cmd (s3cmd command table) at cee84f9: rb, del, rm (alias of del), sync --delete-removed.
export default (): CatalogueTool => ({
  tool: 's3cmd',
  commands: ['s3cmd'],
  docs: 'https://s3tools.org/usage',
  valueFlags: ['-c', '--config', '--exclude', '--include', '--region', '--host-bucket'],
  environment: {
    flag: '--host',
    envVar: 'S3CMD_CONFIG',
    kind: 'other',
  },
  operations: [
    {
      id: 's3cmd/delete',
      summary: 's3cmd del / rm (--recursive) / rb: delete objects or a bucket',
      message: 'Deletes {{resource}} ({{environment}}).',
      rationale:
        's3cmd does not ask; --recursive --force removes every object under the prefix, rb --recursive empties the bucket first.',
      safer: 'Run with --dry-run first.',
      undo: 'objects come back only if the bucket has versioning; otherwise no undo',
      when: {
        args: [['del', 'rm', 'rb', 'delete'], '*'],
        unlessFlags: ['--dry-run', '-n'],
      },
      resource: {
        positional: 1,
      },
      examples: {
        destructive: [
          {
            argv: ['s3cmd', 'del', '--recursive', '--force', 's3://acme-backups'],
            resource: 's3://acme-backups',
            environment: 'unknown',
          },
          {
            argv: ['s3cmd', 'rb', '--force', '--recursive', 's3://acme-logs'],
            resource: 's3://acme-logs',
            environment: 'unknown',
          },
          {
            argv: ['s3cmd', 'rm', 's3://acme/db.sql', '--host', 's3.eu.example.com'],
            resource: 's3://acme/db.sql',
            environment: 's3.eu.example.com',
          },
        ],
        benign: [
          {
            argv: ['s3cmd', 'ls', 's3://acme-backups'],
          },
          {
            argv: ['s3cmd', 'put', 'file.txt', 's3://acme-backups/'],
          },
          {
            argv: ['s3cmd', 'del', '--recursive', '--dry-run', 's3://acme-backups'],
          },
        ],
      },
    },
    {
      id: 's3cmd/sync-delete',
      summary: 's3cmd sync --delete-removed: delete destination objects the source lacks',
      message: 'Deletes every object in {{resource}} ({{environment}}) that the source lacks.',
      rationale: 'A wrong or empty source deletes the whole destination.',
      safer: 'Run with --dry-run first.',
      undo: 'only bucket versioning brings objects back',
      when: {
        args: ['sync', '*', '*'],
        flags: [['--delete-removed', '--delete-after']],
        unlessFlags: ['--dry-run', '-n'],
      },
      resource: {
        positional: 2,
      },
      examples: {
        destructive: [
          {
            argv: ['s3cmd', 'sync', '--delete-removed', './dist', 's3://acme-site'],
            resource: 's3://acme-site',
            environment: 'unknown',
          },
          {
            argv: ['s3cmd', 'sync', '--delete-removed', '--delete-after', './a', 's3://b'],
            resource: 's3://b',
            environment: 'unknown',
          },
          {
            argv: ['s3cmd', 'sync', './dist', 's3://www', '--delete-removed', '--host', 's3.prod'],
            resource: 's3://www',
            environment: 's3.prod',
          },
        ],
        benign: [
          {
            argv: ['s3cmd', 'sync', './dist', 's3://acme-site'],
          },
          {
            argv: ['s3cmd', 'sync', '--dry-run', '--delete-removed', './dist', 's3://acme-site'],
          },
          {
            argv: ['s3cmd', 'ls'],
          },
        ],
      },
    },
  ],
});
