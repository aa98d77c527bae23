import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';
import { onThisMachine } from './local-machine.js';

// Checked against btrfs(8) (kdave/btrfs-progs Documentation/btrfs.rst: any command name may be shortened while it
// stays unambiguous, so every prefix of subvolume from `su` and of delete from `d` is matched) and btrfs-subvolume(8)
// (delete -c, -C, -R, -i/--subvolid ID).
export default (): CatalogueTool => ({
  tool: 'btrfs',
  commands: ['btrfs'],
  docs: 'https://btrfs.readthedocs.io/en/latest/btrfs-subvolume.html',
  environmentOf: onThisMachine,
  operations: [
    {
      id: 'btrfs/subvolume-delete',
      summary: 'btrfs subvolume delete: delete a subvolume or snapshot and its files',
      message: 'Deletes the btrfs subvolume {{resource}} on {{environment}} with every file in it.',
      rationale: 'Deleting a subvolume is immediate for the caller; the space is reclaimed in the background.',
      safer: 'Take a read-only snapshot first (`btrfs subvolume snapshot -r SRC DEST`).',
      undo: 'no undo',
      valueFlags: ['-i', '--subvolid'],
      when: {
        args: [
          ['su', 'sub', 'subv', 'subvo', 'subvol', 'subvolu', 'subvolum', 'subvolume'],
          ['d', 'de', 'del', 'dele', 'delet', 'delete'],
          '*',
        ],
      },
      resource: { positional: 2 },
      examples: {
        destructive: [
          {
            argv: ['btrfs', 'subvolume', 'delete', '/mnt/data/@postgres'],
            resource: '/mnt/data/@postgres',
            environment: 'local',
          },
          { argv: ['btrfs', 'sub', 'del', '-c', '/srv/@home'], resource: '/srv/@home', environment: 'local' },
          {
            argv: ['btrfs', 'subvol', 'delete', '/mnt/snapshots/daily-1'],
            resource: '/mnt/snapshots/daily-1',
            environment: 'local',
          },
          {
            argv: ['btrfs', 'su', 'd', '-i', '257', '/mnt/data'],
            resource: '/mnt/data',
            environment: 'local',
            note: 'shortened command names; -i takes the subvolume id',
          },
        ],
        benign: [
          { argv: ['btrfs', 'subvolume', 'list', '/mnt/data'] },
          { argv: ['btrfs', 'subvolume', 'snapshot', '-r', '/mnt/data', '/mnt/snap'] },
          { argv: ['btrfs', 'subvolume', 'show', '/mnt/data/@postgres'] },
        ],
      },
    },
  ],
});
