import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';
import { onThisMachine } from './local-machine.js';

// Checked against lvremove(8) (man7.org, LVM 2.03.38 man page): position_args may be replaced by -S/--select, which
// removes every logical volume the selection matches (added: was missed without an operand); -A, --config, --devices,
// --reportformat, ... take a value.
export default (): CatalogueTool => ({
  tool: 'lvremove',
  commands: ['lvremove'],
  docs: 'https://man7.org/linux/man-pages/man8/lvremove.8.html',
  environmentOf: onThisMachine,
  valueFlags: [
    '-A',
    '--autobackup',
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
          { argv: ['lvremove', '-A', 'n', 'vg0/tmp'], resource: 'vg0/tmp', environment: 'local', note: '-A takes y|n' },
        ],
        benign: [
          { argv: ['lvremove', '--test', 'vg0/pgdata'] },
          { argv: ['lvremove', '--help'] },
          { argv: ['lvremove', '--version'] },
        ],
      },
    },
    {
      id: 'lvremove/select',
      summary: 'lvremove -S/--select: remove every logical volume a selection matches',
      message: 'lvremove removes every logical volume matching the selection {{resource}} on this machine.',
      rationale:
        'A selection such as lv_name=~.* or vg_name=vg0 can match far more than the caller meant; -y or -f removes them all without asking.',
      safer: 'List what the selection matches first (`lvs -S SELECTION`), then remove the volumes by name.',
      undo: 'vgcfgrestore may bring the metadata back if nothing was written since; the data is gone once the extents are reused',
      when: { flags: [['-S', '--select']], unlessFlags: ['--help', '-h', '--test', '-t', '--version'] },
      resource: { flag: ['-S', '--select'] },
      examples: {
        destructive: [
          { argv: ['lvremove', '-y', '-S', 'vg_name=vg0'], resource: 'vg_name=vg0', environment: 'local' },
          { argv: ['lvremove', '--select', 'lv_name=~tmp.*', '-f'], resource: 'lv_name=~tmp.*', environment: 'local' },
          { argv: ['lvremove', '-A', 'n', '-S', 'lv_tags=scratch'], resource: 'lv_tags=scratch', environment: 'local' },
        ],
        benign: [
          { argv: ['lvremove', '--test', '-S', 'vg_name=vg0'] },
          { argv: ['lvremove', '--help'] },
          { argv: ['lvremove', '-t', '--select', 'lv_name=x'] },
        ],
      },
    },
  ],
});
