import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';
import { onThisMachine } from './local-machine.js';

export default (): CatalogueTool => ({
  tool: 'lvremove',
  commands: ['lvremove'],
  docs: 'https://man7.org/linux/man-pages/man8/lvremove.8.html',
  environmentOf: onThisMachine,
  operations: [
    {
      id: 'lvremove/remove',
      summary: 'lvremove: remove an LVM logical volume',
      message: 'Removes the LVM logical volume {{resource}} on {{environment}}; the data on it becomes unreachable.',
      rationale: 'With -f or -y LVM does not ask; the extents are freed and may be reused at once.',
      safer: 'Take an LVM snapshot or a backup first; check with `lvs` / `lvdisplay`.',
      undo: 'vgcfgrestore can restore the metadata from /etc/lvm/archive only until the extents are reused; otherwise no undo',
      when: { args: ['*'], unlessFlags: ['--help', '-h', '--test', '-t', '--version'] },
      resource: { positional: 0 },
      examples: {
        destructive: [
          { argv: ['lvremove', '-f', 'vg0/pgdata'], resource: 'vg0/pgdata', environment: 'local' },
          { argv: ['lvremove', '-y', 'vg0/logs'], resource: 'vg0/logs', environment: 'local' },
          { argv: ['lvremove', 'vg0/old-snap'], resource: 'vg0/old-snap', environment: 'local' },
        ],
        benign: [
          { argv: ['lvremove', '--test', 'vg0/pgdata'] },
          { argv: ['lvremove', '--help'] },
          { argv: ['lvremove', '--version'] },
        ],
      },
    },
  ],
});
