import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';
import { onThisMachine } from './local-machine.js';

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
  ],
});
