import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

export default (): CatalogueTool => ({
  tool: 'b2',
  commands: ['b2'],
  // Checked: v3 spells `b2 delete-bucket NAME`, v4 `b2 bucket delete NAME` (https://www.backblaze.com/docs/cloud-storage-bucket-delete-command).
  docs: 'https://b2-command-line-tool.readthedocs.io/en/master/',
  operations: [
    {
      id: 'b2/delete',
      summary: 'b2 delete-bucket / rm / delete-file-version: delete Backblaze B2 buckets or files',
      message: 'Deletes {{resource}} on Backblaze B2.',
      rationale: 'b2 rm --recursive --versions removes every version; delete-bucket removes the bucket.',
      safer: 'Run `b2 rm --dry-run` first; keep lifecycle rules that retain old versions.',
      undo: 'hidden (not --versions) files keep earlier versions; deleted versions have no undo',
      when: {
        args: [['delete-bucket', 'rm', 'delete-file-version'], '*'],
        unlessFlags: ['--dry-run'],
      },
      resource: {
        positional: 1,
      },
      examples: {
        destructive: [
          {
            argv: ['b2', 'delete-bucket', 'acme-backups'],
            resource: 'acme-backups',
            environment: 'unknown',
          },
          {
            argv: ['b2', 'rm', '--recursive', 'acme-media'],
            resource: 'acme-media',
            environment: 'unknown',
          },
          {
            argv: ['b2', 'rm', '--recursive', '--versions', 'b2://acme-db/'],
            resource: 'b2://acme-db/',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['b2', 'ls', 'acme-media'],
          },
          {
            argv: ['b2', 'rm', '--dry-run', '--recursive', 'acme-media'],
          },
          {
            argv: ['b2', 'create-bucket', 'acme-new', 'allPrivate'],
          },
        ],
      },
    },
    {
      id: 'b2/bucket-delete',
      summary: 'b2 bucket delete NAME (b2 v4): delete a Backblaze B2 bucket',
      message: 'Deletes the B2 bucket {{resource}}.',
      rationale: 'The bucket goes at once; B2 refuses only a bucket that still holds files.',
      safer: 'List it first (`b2 ls b2://NAME`) and keep a copy of what it held.',
      undo: 'no undo: the bucket name may be taken by another account',
      when: {
        args: ['bucket', 'delete', '*'],
        unlessFlags: ['-h', '--help'],
      },
      resource: {
        positional: 2,
      },
      examples: {
        destructive: [
          {
            argv: ['b2', 'bucket', 'delete', 'acme-backups'],
            resource: 'acme-backups',
            environment: 'unknown',
          },
          {
            argv: ['b2', 'bucket', 'delete', 'acme-media', '--quiet'],
            resource: 'acme-media',
            environment: 'unknown',
          },
          {
            argv: ['b2', 'bucket', 'delete', 'tf-state'],
            resource: 'tf-state',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['b2', 'bucket', 'list'],
          },
          {
            argv: ['b2', 'bucket', 'get', 'acme-backups'],
          },
          {
            argv: ['b2', 'bucket', 'delete', '--help'],
          },
        ],
      },
    },
  ],
});
