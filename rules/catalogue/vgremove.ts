import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';
import { onThisMachine } from './local-machine.js';

// Checked against vgremove(8) (man7.org, LVM 2.03.38 man page): position_args may be replaced by -S/--select, which
// removes every volume group the selection matches (added: was missed without an operand); --config, --devices,
// --reportformat, ... take a value.
export default (): CatalogueTool => ({
  tool: 'vgremove',
  commands: ['vgremove'],
  docs: 'https://man7.org/linux/man-pages/man8/vgremove.8.html',
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
    '-S',
    '--select',
  ],
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
    {
      id: 'vgremove/select',
      summary: 'vgremove -S/--select: remove every volume group a selection matches',
      message: 'vgremove removes every volume group matching the selection {{resource}} on this machine.',
      rationale:
        'A selection such as lv_name=~.* or vg_name=vg0 can match far more than the caller meant; -y or -f removes them all without asking.',
      safer: 'List what the selection matches first (`vgs -S SELECTION`), then remove the volumes by name.',
      undo: 'vgcfgrestore may bring the metadata back if nothing was written since; the data is gone once the extents are reused',
      when: { flags: [['-S', '--select']], unlessFlags: ['--help', '-h', '--test', '-t', '--version'] },
      resource: { flag: ['-S', '--select'] },
      examples: {
        destructive: [
          { argv: ['vgremove', '-y', '-S', 'vg_name=vg0'], resource: 'vg_name=vg0', environment: 'local' },
          { argv: ['vgremove', '--select', 'vg_name=~tmp.*', '-f'], resource: 'vg_name=~tmp.*', environment: 'local' },
          { argv: ['vgremove', '-ff', '-S', 'vg_tags=scratch'], resource: 'vg_tags=scratch', environment: 'local' },
        ],
        benign: [
          { argv: ['vgremove', '--test', '-S', 'vg_name=vg0'] },
          { argv: ['vgremove', '--help'] },
          { argv: ['vgremove', '-t', '--select', 'lv_name=x'] },
        ],
      },
    },
  ],
});
