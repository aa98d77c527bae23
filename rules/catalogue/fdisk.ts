import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';
import { onThisMachine } from './local-machine.js';

// Checked against fdisk(8) (util-linux 2.40 fdisk.8.adoc, man.archlinux.org): -c/--compatibility, -L/--color,
// -u/--units and --lock take an optional value only as `-c=dos`; as value flags they swallowed the device
// (`fdisk -c /dev/sdb` was missed), now removed.
export default (): CatalogueTool => ({
  tool: 'fdisk',
  commands: ['fdisk', 'cfdisk', 'gdisk'],
  docs: 'https://man7.org/linux/man-pages/man8/fdisk.8.html',
  environmentOf: onThisMachine,
  valueFlags: [
    '-b',
    '--sector-size',
    '-o',
    '--output',
    '-t',
    '--type',
    '-w',
    '--wipe',
    '-W',
    '--wipe-partitions',
    '-C',
    '--cylinders',
    '-H',
    '--heads',
    '-S',
    '--sectors',
  ],
  operations: [
    {
      id: 'fdisk/edit-table',
      summary: 'fdisk / cfdisk / gdisk DEVICE: edit a partition table (commands may come from a script on stdin)',
      message: 'Opens the partition table of {{resource}} on {{environment}} for editing; a scripted `w` writes it.',
      rationale:
        'An agent can pipe fdisk commands (`printf "o\\nw\\n" | fdisk DEV`): the table is rewritten without a person reading it.',
      safer: 'List with `fdisk -l DEVICE`; save the table with `sfdisk -d DEVICE > table.txt` before editing.',
      undo: 'only a saved dump brings the old table back',
      when: {
        args: ['*'],
        unlessFlags: ['-l', '--list', '-x', '--list-details', '-h', '--help', '-V', '--version', '-s', '--getsz'],
      },
      resource: { positional: 0 },
      examples: {
        destructive: [
          { argv: ['fdisk', '/dev/sdb'], resource: '/dev/sdb', environment: 'local' },
          { argv: ['gdisk', '/dev/nvme1n1'], resource: '/dev/nvme1n1', environment: 'local' },
          { argv: ['cfdisk', '/dev/sdc'], resource: '/dev/sdc', environment: 'local' },
          {
            argv: ['fdisk', '-c', '/dev/sdd'],
            resource: '/dev/sdd',
            environment: 'local',
            note: '-c takes its mode only as -c=dos',
          },
          { argv: ['fdisk', '-u', '-L', '/dev/sde'], resource: '/dev/sde', environment: 'local' },
        ],
        benign: [{ argv: ['fdisk', '-l'] }, { argv: ['fdisk', '-l', '/dev/sda'] }, { argv: ['fdisk', '--help'] }],
      },
    },
  ],
});
