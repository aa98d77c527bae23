import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

export default (): CatalogueTool => ({
  tool: 'incus',
  commands: ['incus'],
  docs: 'https://linuxcontainers.org/incus/docs/main/reference/manpages/incus/delete/',
  valueFlags: ['--project', '--target'],
  environment: {
    flag: '--project',
    kind: 'other',
  },
  operations: [
    {
      id: 'incus/delete',
      summary: 'incus delete / rm: delete instances (--force: even running ones) with their root disks',
      message: 'Deletes the instance {{resource}} ({{environment}}) with its root disk and snapshots.',
      rationale: 'With --force a running instance is stopped and deleted at once.',
      safer: 'Export first (`incus export NAME backup.tar.gz`) or snapshot it.',
      undo: 'no undo without an export',
      when: {
        args: [['delete', 'rm'], '*'],
      },
      resource: {
        positional: 1,
      },
      examples: {
        destructive: [
          {
            argv: ['incus', 'delete', 'web01', '--force'],
            resource: 'web01',
            environment: 'unknown',
          },
          {
            argv: ['incus', 'rm', 'db01', '-f', '--project', 'prod'],
            resource: 'db01',
            environment: 'prod',
          },
          {
            argv: ['incus', 'delete', 'old-ci'],
            resource: 'old-ci',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['incus', 'list'],
          },
          {
            argv: ['incus', 'stop', 'web01'],
          },
          {
            argv: ['incus', 'snapshot', 'create', 'web01', 'before'],
          },
        ],
      },
    },
    {
      id: 'incus/storage-delete',
      summary:
        'incus storage delete / storage volume delete / image delete / project delete: delete a pool, volume, image or project',
      message: 'Deletes {{resource}} ({{environment}}).',
      rationale: 'A custom storage volume holds data outside any instance; deleting it is immediate.',
      safer: 'Export the volume first (`incus storage volume export POOL VOL file.tar.gz`).',
      undo: 'no undo',
      when: {
        args: [
          ['storage', 'image', 'project'],
          ['delete', 'rm', 'volume'],
        ],
        except: [
          {
            args: [
              'storage',
              'volume',
              [
                'list',
                'show',
                'create',
                'export',
                'import',
                'attach',
                'detach',
                'copy',
                'info',
                'get',
                'set',
                'snapshot',
              ],
            ],
            reason: 'reads, creates or copies a volume',
          },
        ],
      },
      resource: {
        positional: -1,
      },
      examples: {
        destructive: [
          {
            argv: ['incus', 'storage', 'volume', 'delete', 'default', 'pgdata'],
            resource: 'pgdata',
            environment: 'unknown',
          },
          {
            argv: ['incus', 'storage', 'delete', 'fast'],
            resource: 'fast',
            environment: 'unknown',
          },
          {
            argv: ['incus', 'project', 'delete', 'staging', '--project', 'default'],
            resource: 'staging',
            environment: 'default',
          },
        ],
        benign: [
          {
            argv: ['incus', 'storage', 'volume', 'list', 'default'],
          },
          {
            argv: ['incus', 'storage', 'list'],
          },
          {
            argv: ['incus', 'storage', 'volume', 'export', 'default', 'pgdata', 'pg.tar.gz'],
          },
        ],
      },
    },
  ],
});
