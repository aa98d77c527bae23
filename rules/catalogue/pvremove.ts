import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';
import { onThisMachine } from './local-machine.js';

// Checked against pvremove(8) (man7.org): `pvremove PV ...` with -f/-ff, -y, -t; --config, --devices, --reportformat,
// ... take a value (added).
export default (): CatalogueTool => ({
  tool: 'pvremove',
  commands: ['pvremove'],
  docs: 'https://man7.org/linux/man-pages/man8/pvremove.8.html',
  environmentOf: onThisMachine,
  valueFlags: [
    '--commandprofile',
    '--config',
    '--devices',
    '--devicesfile',
    '--driverloaded',
    '--journal',
    '--lockopt',
    '--profile',
    '--reportformat',
  ],
  operations: [
    {
      id: 'pvremove/remove',
      summary: 'pvremove: remove an LVM physical volume',
      message: 'Removes the LVM physical volume {{resource}} on {{environment}}; the data on it becomes unreachable.',
      rationale: 'With -f or -y LVM does not ask; the extents are freed and may be reused at once.',
      safer: 'Take an LVM snapshot or a backup first; check with `pvs` / `pvdisplay`.',
      undo: 'vgcfgrestore can restore the metadata from /etc/lvm/archive only until the extents are reused; otherwise no undo',
      when: { args: ['*'], unlessFlags: ['--help', '-h', '--test', '-t', '--version'] },
      resource: { positional: 0 },
      examples: {
        destructive: [
          { argv: ['pvremove', '-f', '/dev/sdb1'], resource: '/dev/sdb1', environment: 'local' },
          { argv: ['pvremove', '-y', '/dev/nvme1n1'], resource: '/dev/nvme1n1', environment: 'local' },
          { argv: ['pvremove', '/dev/sdc'], resource: '/dev/sdc', environment: 'local' },
        ],
        benign: [
          { argv: ['pvremove', '--test', '/dev/sdb1'] },
          { argv: ['pvremove', '--help'] },
          { argv: ['pvremove', '--version'] },
        ],
      },
    },
  ],
});
