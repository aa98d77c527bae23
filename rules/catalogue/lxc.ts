import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked in canonical/lxd lxc/ (delete.go, storage*.go, project.go; rebuild.go: wipes the root disk, and
// restore.go: rolls back to a snapshot, both added).
export default (): CatalogueTool => ({
  tool: 'lxc',
  commands: ['lxc'],
  docs: 'https://documentation.ubuntu.com/lxd/en/latest/reference/manpages/lxc/delete/',
  valueFlags: ['--project', '--target'],
  environment: {
    flag: '--project',
    kind: 'other',
  },
  operations: [
    {
      id: 'lxc/delete',
      summary: 'lxc delete / rm: delete instances (--force: even running ones) with their root disks',
      message: 'Deletes the instance {{resource}} ({{environment}}) with its root disk and snapshots.',
      rationale: 'With --force a running instance is stopped and deleted at once.',
      safer: 'Export first (`lxc export NAME backup.tar.gz`) or snapshot it.',
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
            argv: ['lxc', 'delete', 'web01', '--force'],
            resource: 'web01',
            environment: 'unknown',
          },
          {
            argv: ['lxc', 'rm', 'db01', '-f', '--project', 'prod'],
            resource: 'db01',
            environment: 'prod',
          },
          {
            argv: ['lxc', 'delete', 'old-ci'],
            resource: 'old-ci',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['lxc', 'list'],
          },
          {
            argv: ['lxc', 'stop', 'web01'],
          },
          {
            argv: ['lxc', 'snapshot', 'create', 'web01', 'before'],
          },
        ],
      },
    },
    {
      id: 'lxc/storage-delete',
      summary:
        'lxc storage delete / storage volume delete / image delete / project delete: delete a pool, volume, image or project',
      message: 'Deletes {{resource}} ({{environment}}).',
      rationale: 'A custom storage volume holds data outside any instance; deleting it is immediate.',
      safer: 'Export the volume first (`lxc storage volume export POOL VOL file.tar.gz`).',
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
            argv: ['lxc', 'storage', 'volume', 'delete', 'default', 'pgdata'],
            resource: 'pgdata',
            environment: 'unknown',
          },
          {
            argv: ['lxc', 'storage', 'delete', 'fast'],
            resource: 'fast',
            environment: 'unknown',
          },
          {
            argv: ['lxc', 'project', 'delete', 'staging', '--project', 'default'],
            resource: 'staging',
            environment: 'default',
          },
        ],
        benign: [
          {
            argv: ['lxc', 'storage', 'volume', 'list', 'default'],
          },
          {
            argv: ['lxc', 'storage', 'list'],
          },
          {
            argv: ['lxc', 'storage', 'volume', 'export', 'default', 'pgdata', 'pg.tar.gz'],
          },
        ],
      },
    },
    {
      id: 'lxc/rebuild-restore',
      summary: "lxc rebuild / lxc restore: wipe an instance's root disk, or roll it back to a snapshot",
      message: "Wipes or rolls back the instance's root disk ({{resource}}); what was written to it is lost.",
      rationale:
        "rebuild re-initialises the root disk from an image (or empty); restore replaces the instance's disk with the snapshot's.",
      safer: 'Take a snapshot first (`lxc snapshot web01 before`) or export it (`lxc export web01 backup.tar.gz`).',
      undo: 'none unless a snapshot or export was taken first',
      when: {
        args: [['rebuild', 'restore']],
      },
      resource: {
        positional: -1,
      },
      examples: {
        destructive: [
          {
            argv: ['lxc', 'rebuild', 'ubuntu:24.04', 'web01', '--force'],
            resource: 'web01',
            environment: 'unknown',
          },
          {
            argv: ['lxc', 'rebuild', '--empty', 'db01'],
            resource: 'db01',
            environment: 'unknown',
          },
          {
            argv: ['lxc', 'restore', 'db01', 'snap0'],
            resource: 'snap0',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['lxc', 'snapshot', 'web01', 'before'],
          },
          {
            argv: ['lxc', 'info', 'web01'],
          },
          {
            argv: ['lxc', 'export', 'web01', 'backup.tar.gz'],
          },
        ],
      },
    },
  ],
});
