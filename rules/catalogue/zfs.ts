import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';
import { onThisMachine } from './local-machine.js';

// Checked (search: openzfs zfs-destroy.8, Oracle ZFS admin guide): destroy [-Rfnprv] (-n is a dry run; no prompt);
// rollback.
export default (): CatalogueTool => ({
  tool: 'zfs',
  commands: ['zfs'],
  docs: 'https://openzfs.github.io/openzfs-docs/man/master/8/zfs-destroy.8.html',
  environmentOf: onThisMachine,
  operations: [
    {
      id: 'zfs/destroy',
      summary: 'zfs destroy: destroy a dataset, volume or snapshot (-r/-R: with its children and clones)',
      message: 'Destroys the ZFS dataset {{resource}} on {{environment}}, with its data.',
      rationale: 'zfs destroy does not prompt; -r takes every descendant and -R every clone too.',
      safer: 'Preview with `zfs destroy -nv NAME`, or snapshot first (`zfs snapshot -r NAME@before`).',
      undo: 'no undo: only a snapshot held elsewhere (zfs send) brings the data back',
      when: { args: ['destroy', '*'], unlessFlags: ['-n'] },
      resource: { positional: 1 },
      examples: {
        destructive: [
          { argv: ['zfs', 'destroy', '-r', 'tank/postgres'], resource: 'tank/postgres', environment: 'local' },
          { argv: ['zfs', 'destroy', 'tank/data@snap-2024'], resource: 'tank/data@snap-2024', environment: 'local' },
          { argv: ['zfs', 'destroy', '-Rf', 'rpool/vm/disk0'], resource: 'rpool/vm/disk0', environment: 'local' },
        ],
        benign: [
          { argv: ['zfs', 'destroy', '-nv', 'tank/postgres'] },
          { argv: ['zfs', 'list', '-t', 'snapshot'] },
          { argv: ['zfs', 'snapshot', 'tank/postgres@before'] },
        ],
      },
    },
    {
      id: 'zfs/rollback',
      summary: 'zfs rollback: return a dataset to a snapshot, losing every later change (-r: and later snapshots)',
      message: 'Rolls {{resource}} back on {{environment}}: every change since that snapshot is lost.',
      rationale:
        'Rollback discards the current state of the dataset; -r and -R also destroy the snapshots taken after it.',
      safer: 'Clone the snapshot instead (`zfs clone SNAP NEW`) and read from the clone.',
      undo: 'no undo for the discarded changes',
      when: { args: ['rollback', '*'] },
      resource: { positional: 1 },
      examples: {
        destructive: [
          { argv: ['zfs', 'rollback', '-r', 'tank/db@nightly'], resource: 'tank/db@nightly', environment: 'local' },
          { argv: ['zfs', 'rollback', 'tank/home@monday'], resource: 'tank/home@monday', environment: 'local' },
          { argv: ['zfs', 'rollback', '-Rf', 'tank/vm@clean'], resource: 'tank/vm@clean', environment: 'local' },
        ],
        benign: [
          { argv: ['zfs', 'list', '-t', 'snapshot', 'tank/db'] },
          { argv: ['zfs', 'clone', 'tank/db@nightly', 'tank/db-restore'] },
          { argv: ['zfs', 'get', 'all', 'tank/db'] },
        ],
      },
    },
  ],
});
