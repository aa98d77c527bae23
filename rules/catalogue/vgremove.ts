import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';
import { onThisMachine } from './local-machine.js';

export default (): CatalogueTool => ({
  tool: 'vgremove',
  commands: ['vgremove'],
  docs: 'https://man7.org/linux/man-pages/man8/vgremove.8.html',
  environmentOf: onThisMachine,
  operations: [
    {
      id: 'vgremove/remove',
      summary: 'vgremove: remove an LVM volume group',
      message: 'Removes the LVM volume group {{resource}} on {{environment}}; the data on it becomes unreachable.',
      rationale: 'With -f or -y LVM does not ask; the extents are freed and may be reused at once.',
      safer: 'Take an LVM snapshot or a backup first; check with `vgs` / `vgdisplay`.',
      undo: 'vgcfgrestore can restore the metadata from /etc/lvm/archive only until the extents are reused; otherwise no undo',
      when: { args: ['*'], unlessFlags: ['--help', '-h', '--test', '-t', '--version'] },
      resource: { positional: 0 },
      examples: {
        destructive: [
          { argv: ['vgremove', '-f', 'vg0'], resource: 'vg0', environment: 'local' },
          { argv: ['vgremove', '-y', 'data'], resource: 'data', environment: 'local' },
          { argv: ['vgremove', 'scratch'], resource: 'scratch', environment: 'local' },
        ],
        benign: [
          { argv: ['vgremove', '--test', 'vg0'] },
          { argv: ['vgremove', '--help'] },
          { argv: ['vgremove', '--version'] },
        ],
      },
    },
  ],
});
