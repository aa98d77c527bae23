import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';
import { onThisMachine } from './local-machine.js';

// Checked against parted(8) (manpages.ubuntu.com plucky, parted 3.6; gnu.org manual index): mklabel/mktable, rm,
// resizepart; -a/--align takes a value; nothing wrong found.
export default (): CatalogueTool => ({
  tool: 'parted',
  commands: ['parted'],
  docs: 'https://www.gnu.org/software/parted/manual/parted.html#Invoking-Parted',
  environmentOf: onThisMachine,
  valueFlags: ['-a', '--align'],
  operations: [
    {
      id: 'parted/rewrite-table',
      summary: 'parted DEVICE mklabel / mktable / rm / resizepart: replace or cut a partition table',
      message:
        'Changes the partition table of {{resource}} on {{environment}}; mklabel makes every partition on it unreachable.',
      rationale: 'With -s (script mode) parted asks nothing; mklabel writes a new empty table.',
      safer: 'Print the table first (`parted DEVICE unit s print`) and save it (`sfdisk -d DEVICE > table.txt`).',
      undo: 'parted `rescue START END` can sometimes find a lost partition; otherwise no undo',
      when: { args: ['*', ['mklabel', 'mktable', 'rm', 'resizepart']] },
      resource: { positional: 0 },
      examples: {
        destructive: [
          { argv: ['parted', '-s', '/dev/sdb', 'mklabel', 'gpt'], resource: '/dev/sdb', environment: 'local' },
          { argv: ['parted', '/dev/sda', 'rm', '2'], resource: '/dev/sda', environment: 'local' },
          {
            argv: ['parted', '--script', '/dev/nvme0n1', 'mktable', 'msdos'],
            resource: '/dev/nvme0n1',
            environment: 'local',
          },
        ],
        benign: [
          { argv: ['parted', '-l'] },
          { argv: ['parted', '/dev/sda', 'unit', 's', 'print'] },
          { argv: ['parted', '-s', '/dev/sdb', 'align-check', 'optimal', '1'] },
        ],
      },
    },
  ],
});
