import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked in lxc/incus cmd/incus/ (delete.go, storage*.go, project.go; rebuild.go: wipes the root disk, and
// snapshot.go: `snapshot delete|rm|remove` and `snapshot restore`, added).
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
    {
      id: 'incus/rebuild',
      summary: "incus rebuild: wipe an instance's root disk and re-initialise it",
      message: 'Wipes the root disk of {{resource}} and re-initialises it from an image (or empty).',
      rationale: "rebuild throws away everything on the instance's root disk.",
      safer: 'Take a snapshot first (`incus snapshot create web01 before`) or export it.',
      undo: 'none unless a snapshot or export was taken first',
      when: {
        args: ['rebuild'],
      },
      resource: {
        positional: -1,
      },
      examples: {
        destructive: [
          {
            argv: ['incus', 'rebuild', 'images:debian/12', 'web01', '--force'],
            resource: 'web01',
            environment: 'unknown',
          },
          {
            argv: ['incus', 'rebuild', '--empty', 'db01'],
            resource: 'db01',
            environment: 'unknown',
          },
          {
            argv: ['incus', 'rebuild', 'images:alpine/edge', 'ci-runner'],
            resource: 'ci-runner',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['incus', 'info', 'web01'],
          },
          {
            argv: ['incus', 'export', 'web01', 'backup.tar.gz'],
          },
          {
            argv: ['incus', 'restart', 'web01'],
          },
        ],
      },
    },
    {
      id: 'incus/snapshot',
      summary: 'incus snapshot delete / restore: delete a snapshot, or roll the instance back to it',
      message:
        'Deletes the snapshot {{resource}}, or rolls the instance back to it; either way a state of the instance is lost.',
      rationale: "restore replaces the instance's disk with the snapshot's; delete removes the only way back to it.",
      safer: 'Create a fresh snapshot first (`incus snapshot create web01 before-restore`).',
      undo: 'none unless a snapshot or export was taken first',
      when: {
        args: ['snapshot', ['delete', 'rm', 'remove', 'restore']],
      },
      resource: {
        positional: -1,
      },
      examples: {
        destructive: [
          {
            argv: ['incus', 'snapshot', 'restore', 'web01', 'snap0'],
            resource: 'snap0',
            environment: 'unknown',
          },
          {
            argv: ['incus', 'snapshot', 'delete', 'db01', 'nightly-3'],
            resource: 'nightly-3',
            environment: 'unknown',
          },
          {
            argv: ['incus', 'snapshot', 'rm', 'db01', 'before'],
            resource: 'before',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['incus', 'snapshot', 'list', 'web01'],
          },
          {
            argv: ['incus', 'snapshot', 'create', 'web01', 'before'],
          },
          {
            argv: ['incus', 'snapshot', 'show', 'web01', 'snap0'],
          },
        ],
      },
    },
  ],
});
