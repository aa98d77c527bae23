import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';
import { onThisMachine } from './local-machine.js';

const READ_ONLY = [
  '-l',
  '--list',
  '-d',
  '--dump',
  '-J',
  '--json',
  '-s',
  '--show-size',
  '-V',
  '--verify',
  '-n',
  '--no-act',
  '-F',
  '--list-free',
  '-h',
  '--help',
  '-v',
  '--version',
  '--list-types',
  '-T',
  '--backup-pt-sectors',
  '-g',
  '--show-geometry',
  '--show-pt-geometry',
];

// Checked against sfdisk(8) (util-linux, manpages.debian.org testing, man.archlinux.org): --color and --lock take an
// optional value only after `=` (removed from the value flags: they swallowed the device); -g/--show-geometry and
// --show-pt-geometry only print (added to the read-only commands); --discard-free, --delete, --reorder write.
export default (): CatalogueTool => ({
  tool: 'sfdisk',
  commands: ['sfdisk'],
  docs: 'https://man7.org/linux/man-pages/man8/sfdisk.8.html',
  environmentOf: onThisMachine,
  valueFlags: [
    '-N',
    '--partno',
    '-O',
    '--backup-file',
    '-X',
    '--label',
    '-Y',
    '--label-nested',
    '-w',
    '--wipe',
    '-W',
    '--wipe-partitions',
  ],
  operations: [
    {
      id: 'sfdisk/write-table',
      summary: 'sfdisk DEVICE (script on stdin), --delete, --move-data: write a partition table',
      message: 'Writes a new partition table (or deletes partitions) on {{resource}} on {{environment}}.',
      rationale:
        'sfdisk reads its script from standard input and writes without asking; --delete removes partitions at once.',
      safer: 'Dump the current table first (`sfdisk -d DEVICE > table.txt`) and try the script with `--no-act`.',
      undo: 'only a saved dump (`sfdisk DEVICE < table.txt`) brings the old table back',
      when: { args: ['*'], unlessFlags: READ_ONLY },
      resource: { positional: 0 },
      examples: {
        destructive: [
          {
            argv: ['sfdisk', '/dev/sdb'],
            resource: '/dev/sdb',
            environment: 'local',
            note: 'the new table comes on standard input',
          },
          { argv: ['sfdisk', '--delete', '/dev/sdb', '2'], resource: '/dev/sdb', environment: 'local' },
          { argv: ['sfdisk', '--wipe', 'always', '/dev/sdc'], resource: '/dev/sdc', environment: 'local' },
          {
            argv: ['sfdisk', '--lock', '/dev/sdd'],
            resource: '/dev/sdd',
            environment: 'local',
            note: '--lock takes its mode only as --lock=yes',
          },
        ],
        benign: [
          { argv: ['sfdisk', '-l', '/dev/sda'] },
          { argv: ['sfdisk', '-d', '/dev/sda'] },
          { argv: ['sfdisk', '--no-act', '/dev/sdb'] },
          { argv: ['sfdisk', '--show-geometry', '/dev/sda'] },
        ],
      },
    },
  ],
});
