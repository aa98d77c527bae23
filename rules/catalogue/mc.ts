import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked in minio/mc cmd/ at 77f82e1: rb, rm, mirror --remove, and (added) version suspend, retention clear,
// legalhold clear (weakening a protection).
export default (): CatalogueTool => ({
  tool: 'mc',
  commands: ['mc', 'mcli'],
  docs: 'https://min.io/docs/minio/linux/reference/minio-mc.html',
  valueFlags: ['--config-dir', '-C', '--older-than', '--newer-than', '--versions'],
  environment: {
    envVar: 'MC_HOST',
    kind: 'other',
  },
  operations: [
    {
      id: 'mc/delete',
      summary: 'mc rb --force / rm --recursive --force / mirror --remove: delete buckets or objects on MinIO/S3',
      message: 'Deletes {{resource}} ({{environment}}).',
      rationale: 'rm --recursive --force removes every object under the prefix; rb --force deletes a non-empty bucket.',
      safer: 'Run `mc rm --recursive --dry-run` first; keep bucket versioning on.',
      undo: 'only bucket versioning brings objects back (mc undo)',
      when: {
        args: [['rb', 'rm'], '*'],
        unlessFlags: ['--dry-run'],
        except: [
          {
            args: ['rm', '*'],
            anyArg: ['--incomplete', '-I'],
            reason: 'removes only unfinished multipart uploads',
          },
        ],
      },
      resource: {
        positional: 1,
      },
      examples: {
        destructive: [
          {
            argv: ['mc', 'rb', '--force', 'prod/backups'],
            resource: 'prod/backups',
            environment: 'unknown',
          },
          {
            argv: ['mc', 'rm', '--recursive', '--force', 'prod/uploads'],
            resource: 'prod/uploads',
            environment: 'unknown',
          },
          {
            argv: ['mc', 'rm', 'local/bucket/db.sql'],
            resource: 'local/bucket/db.sql',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['mc', 'ls', 'prod/backups'],
          },
          {
            argv: ['mc', 'cp', 'file.txt', 'prod/uploads/'],
          },
          {
            argv: ['mc', 'rm', '--recursive', '--force', '--dry-run', 'prod/uploads'],
          },
        ],
      },
    },
    {
      id: 'mc/mirror-remove',
      summary: 'mc mirror --remove: delete destination objects the source lacks',
      message: 'Deletes objects in {{resource}} ({{environment}}) that the source lacks.',
      rationale: 'A wrong or empty source empties the destination.',
      safer: 'Run with --dry-run first.',
      undo: 'only bucket versioning brings objects back',
      when: {
        args: ['mirror', '*', '*'],
        flags: [['--remove']],
        unlessFlags: ['--dry-run'],
      },
      resource: {
        positional: 2,
      },
      examples: {
        destructive: [
          {
            argv: ['mc', 'mirror', '--remove', './site', 'prod/www'],
            resource: 'prod/www',
            environment: 'unknown',
          },
          {
            argv: ['mc', 'mirror', '--overwrite', '--remove', 'a/b', 'prod/c'],
            resource: 'prod/c',
            environment: 'unknown',
          },
          {
            argv: ['mc', 'mirror', './x', 'prod/y', '--remove'],
            resource: 'prod/y',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['mc', 'mirror', './site', 'prod/www'],
          },
          {
            argv: ['mc', 'mirror', '--remove', '--dry-run', './site', 'prod/www'],
          },
          {
            argv: ['mc', 'ls', 'prod/www'],
          },
        ],
      },
    },
    {
      id: 'mc/weaken-protection',
      summary: "mc version suspend / retention clear / legalhold clear: weaken a bucket's protection",
      message: 'Weakens the protection of {{resource}} ({{environment}}).',
      rationale:
        'Versioning, object retention and legal holds are what let a later delete or overwrite be undone; suspending or clearing them removes that.',
      safer: 'Leave the protection on; if it must change, do it in a reviewed change with a copy of the data.',
      undo: 'turn it back on (`mc version enable`, `mc retention set`, `mc legalhold set`); versions not kept meanwhile do not exist',
      when: {
        args: [['version', 'retention', 'legalhold'], ['suspend', 'clear'], '*'],
        unlessFlags: ['--help', '-h'],
      },
      resource: {
        positional: 2,
      },
      examples: {
        destructive: [
          {
            argv: ['mc', 'version', 'suspend', 'prod/backups'],
            resource: 'prod/backups',
            environment: 'unknown',
          },
          {
            argv: ['mc', 'retention', 'clear', 'prod/ledger', '--recursive'],
            resource: 'prod/ledger',
            environment: 'unknown',
          },
          {
            argv: ['mc', 'legalhold', 'clear', 'prod/audit/2024.log'],
            resource: 'prod/audit/2024.log',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['mc', 'version', 'enable', 'prod/backups'],
          },
          {
            argv: ['mc', 'version', 'info', 'prod/backups'],
          },
          {
            argv: ['mc', 'retention', 'set', '--default', 'GOVERNANCE', '30d', 'prod/ledger'],
          },
        ],
      },
    },
  ],
});
