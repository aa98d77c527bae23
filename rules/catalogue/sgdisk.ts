import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';
import { onThisMachine } from './local-machine.js';

// Checked against sgdisk(8) (gptfdisk 1.0.9 sgdisk.8, its usage text): -R/--replicate=DEVICE writes the table onto
// DEVICE (added, resource = that device); -m/--gpttombr converts the table (added); -d/-n/-t/-c/-u/-l/-b take values.
export default (): CatalogueTool => ({
  tool: 'sgdisk',
  commands: ['sgdisk'],
  docs: 'https://man7.org/linux/man-pages/man8/sgdisk.8.html',
  environmentOf: onThisMachine,
  valueFlags: [
    '-d',
    '--delete',
    '-n',
    '--new',
    '-t',
    '--typecode',
    '-c',
    '--change-name',
    '-l',
    '--load-backup',
    '-b',
    '--backup',
    '-u',
    '--partition-guid',
    '-R',
    '--replicate',
  ],
  operations: [
    {
      id: 'sgdisk/rewrite-table',
      summary: 'sgdisk --zap-all / --zap / --clear / --delete / --load-backup: wipe or rewrite a partition table',
      message:
        'Rewrites the partition table of {{resource}} on {{environment}}; the partitions on it become unreachable.',
      rationale: 'sgdisk writes at once and never asks; --zap-all destroys both GPT copies and the MBR.',
      safer: 'Save the table first with `sgdisk --backup=FILE DEVICE`, and print it with `sgdisk -p DEVICE`.',
      undo: 'only a table saved with --backup (sgdisk --load-backup) brings the partitions back',
      when: {
        args: ['*'],
        flags: [
          [
            '--zap-all',
            '-Z',
            '--zap',
            '-z',
            '--clear',
            '-o',
            '--delete',
            '-d',
            '--load-backup',
            '-l',
            '--mbrtogpt',
            '-g',
            '--new',
            '-n',
            '--gpttombr',
            '-m',
          ],
        ],
        unlessFlags: ['--pretend', '-P'],
      },
      resource: { positional: 0 },
      examples: {
        destructive: [
          { argv: ['sgdisk', '--zap-all', '/dev/sda'], resource: '/dev/sda', environment: 'local' },
          { argv: ['sgdisk', '-Z', '/dev/nvme0n1'], resource: '/dev/nvme0n1', environment: 'local' },
          { argv: ['sgdisk', '-d', '2', '/dev/sdb'], resource: '/dev/sdb', environment: 'local' },
        ],
        benign: [
          { argv: ['sgdisk', '-p', '/dev/sda'] },
          { argv: ['sgdisk', '--backup=/root/sda.gpt', '/dev/sda'] },
          { argv: ['sgdisk', '--zap-all', '--pretend', '/dev/sda'] },
        ],
      },
    },
    {
      id: 'sgdisk/replicate',
      summary: "sgdisk -R/--replicate=DEVICE: copy this disk's partition table over another disk's",
      message: 'Overwrites the partition table of {{resource}} with the table of the disk named last.',
      rationale:
        'The device given to -R is the target: its partitions are replaced, and a swapped pair of arguments overwrites the good disk.',
      safer: 'Back up the target first (`sgdisk --backup=target.gpt TARGET`) and read which disk is the source.',
      undo: 'sgdisk --load-backup with a backup of the target taken first; otherwise none',
      when: { flags: [['-R', '--replicate']], unlessFlags: ['--pretend', '-P'] },
      resource: { flag: ['-R', '--replicate'] },
      examples: {
        destructive: [
          { argv: ['sgdisk', '/dev/sda', '-R', '/dev/sdb'], resource: '/dev/sdb', environment: 'local' },
          {
            argv: ['sgdisk', '--replicate=/dev/nvme1n1', '/dev/nvme0n1'],
            resource: '/dev/nvme1n1',
            environment: 'local',
          },
          { argv: ['sgdisk', '-R', '/dev/sdc', '/dev/sda'], resource: '/dev/sdc', environment: 'local' },
        ],
        benign: [
          { argv: ['sgdisk', '-p', '/dev/sdb'] },
          { argv: ['sgdisk', '-R', '/dev/sdb', '--pretend', '/dev/sda'] },
          { argv: ['sgdisk', '-v', '/dev/sda'] },
        ],
      },
    },
  ],
});
