import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked in Azure/azure-storage-azcopy cmd/ at 595529d: `remove` (rm), `sync --delete-destination`.
export default (): CatalogueTool => ({
  tool: 'azcopy',
  commands: ['azcopy'],
  docs: 'https://learn.microsoft.com/azure/storage/common/storage-ref-azcopy-remove',
  valueFlags: ['--include-pattern', '--exclude-pattern', '--list-of-files', '--log-level', '--from-to'],
  operations: [
    {
      id: 'azcopy/remove',
      summary: 'azcopy remove / rm (--recursive): delete blobs, files or a container path',
      message: 'Deletes {{resource}} from Azure Storage.',
      rationale: 'azcopy does not ask; --recursive removes everything under the path.',
      safer: 'Run with --dry-run first; keep blob soft delete on.',
      undo: 'blobs come back only with soft delete or versioning on the account',
      when: {
        args: [['remove', 'rm'], '*'],
        unlessFlags: ['--dry-run'],
      },
      resource: {
        positional: 1,
      },
      examples: {
        destructive: [
          {
            argv: ['azcopy', 'remove', 'https://acme.blob.core.windows.net/backups', '--recursive'],
            resource: 'https://acme.blob.core.windows.net/backups',
            environment: 'unknown',
          },
          {
            argv: ['azcopy', 'rm', 'https://acme.blob.core.windows.net/c/db.bak'],
            resource: 'https://acme.blob.core.windows.net/c/db.bak',
            environment: 'unknown',
          },
          {
            argv: ['azcopy', 'remove', 'https://acme.file.core.windows.net/share/dir', '--recursive=true'],
            resource: 'https://acme.file.core.windows.net/share/dir',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['azcopy', 'copy', './dist', 'https://acme.blob.core.windows.net/site', '--recursive'],
          },
          {
            argv: ['azcopy', 'list', 'https://acme.blob.core.windows.net/backups'],
          },
          {
            argv: ['azcopy', 'remove', '--dry-run', 'https://acme.blob.core.windows.net/backups', '--recursive'],
          },
        ],
      },
    },
    {
      id: 'azcopy/sync-delete',
      summary: 'azcopy sync --delete-destination=true: delete destination files the source lacks',
      message: 'Deletes files in {{resource}} that the source lacks.',
      rationale: 'A wrong or empty source empties the destination container.',
      safer: 'Use --delete-destination=prompt, or --dry-run first.',
      undo: 'only soft delete or versioning brings blobs back',
      when: {
        args: ['sync', '*', '*'],
        anyArg: ['--delete-destination=true', 'true'],
        unlessFlags: ['--dry-run'],
      },
      valueFlags: ['--delete-destination'],
      resource: {
        positional: 2,
      },
      examples: {
        destructive: [
          {
            argv: ['azcopy', 'sync', './dist', 'https://acme.blob.core.windows.net/site', '--delete-destination=true'],
            resource: 'https://acme.blob.core.windows.net/site',
            environment: 'unknown',
          },
          {
            argv: ['azcopy', 'sync', 'a', 'https://x.blob.core.windows.net/b', '--delete-destination', 'true'],
            resource: 'https://x.blob.core.windows.net/b',
            environment: 'unknown',
          },
          {
            argv: [
              'azcopy',
              'sync',
              './c',
              'https://y.blob.core.windows.net/d',
              '--recursive',
              '--delete-destination=true',
            ],
            resource: 'https://y.blob.core.windows.net/d',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['azcopy', 'sync', './dist', 'https://acme.blob.core.windows.net/site'],
          },
          {
            argv: [
              'azcopy',
              'sync',
              './dist',
              'https://acme.blob.core.windows.net/site',
              '--delete-destination=prompt',
            ],
          },
          {
            argv: ['azcopy', 'sync', './d', 'https://acme.blob.core.windows.net/site', '--delete-destination=false'],
          },
        ],
      },
    },
  ],
});
