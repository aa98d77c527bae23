import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';
import { onThisMachine } from './local-machine.js';

// Checked against diskutil's usage (`diskutil [quiet] ap[fs] <verb>`, Apple discussions transcript; eraseDisk and
// eraseVolume usage texts): a leading `quiet` and the `ap` abbreviation were missed (added), and `apfs deleteSnapshot`.
export default (): CatalogueTool => ({
  tool: 'diskutil',
  commands: ['diskutil'],
  docs: 'https://ss64.com/mac/diskutil.html',
  environmentOf: onThisMachine,
  leadingWords: ['quiet'],
  operations: [
    {
      id: 'diskutil/erase-disk',
      summary:
        'diskutil eraseDisk / eraseVolume / reformat / partitionDisk / zeroDisk / randomDisk / secureErase: erase a disk or volume',
      message: 'Erases {{resource}} on {{environment}}.',
      rationale: 'diskutil erases without asking; the device is the last operand.',
      safer: 'Check the device with `diskutil list` and `diskutil info DEVICE` first.',
      undo: 'no undo',
      when: {
        args: [
          ['eraseDisk', 'eraseVolume', 'reformat', 'partitionDisk', 'zeroDisk', 'randomDisk', 'secureErase', 'eraseCD'],
          '*',
        ],
      },
      resource: { positional: -1 },
      examples: {
        destructive: [
          { argv: ['diskutil', 'zeroDisk', 'disk2'], resource: 'disk2', environment: 'local' },
          {
            argv: ['diskutil', 'eraseDisk', 'APFS', 'Blank', 'disk2'],
            resource: 'disk2',
            environment: 'local',
            note: 'the device is the last operand, after the format and the name',
          },
          { argv: ['diskutil', 'secureErase', '0', 'disk4'], resource: 'disk4', environment: 'local' },
          {
            argv: ['diskutil', 'quiet', 'eraseDisk', 'JHFS+', 'Blank', 'GPT', 'disk5'],
            resource: 'disk5',
            environment: 'local',
            note: 'the leading `quiet` verb',
          },
        ],
        benign: [
          { argv: ['diskutil', 'list'] },
          { argv: ['diskutil', 'info', 'disk2'] },
          { argv: ['diskutil', 'unmountDisk', 'disk2'] },
        ],
      },
    },
    {
      id: 'diskutil/apfs-delete',
      summary: 'diskutil apfs deleteVolume / deleteContainer / eraseVolume: delete an APFS volume or container',
      message: 'Deletes the APFS volume or container {{resource}} on {{environment}}.',
      rationale: 'The volume and its snapshots are removed at once.',
      safer: 'Check with `diskutil apfs list` first; back the volume up with Time Machine or asr.',
      undo: 'no undo',
      when: {
        args: [
          ['apfs', 'ap'],
          ['deleteVolume', 'deleteContainer', 'eraseVolume', 'deleteVolumeGroup', 'deleteSnapshot'],
          '*',
        ],
      },
      resource: { positional: 2 },
      examples: {
        destructive: [
          { argv: ['diskutil', 'apfs', 'deleteVolume', 'disk3s5'], resource: 'disk3s5', environment: 'local' },
          { argv: ['diskutil', 'apfs', 'deleteContainer', 'disk3'], resource: 'disk3', environment: 'local' },
          {
            argv: ['diskutil', 'apfs', 'eraseVolume', 'disk3s2', '-name', 'Data'],
            resource: 'disk3s2',
            environment: 'local',
          },
          {
            argv: ['diskutil', 'quiet', 'ap', 'deleteSnapshot', 'disk3s5', '-name', 'before'],
            resource: 'disk3s5',
            environment: 'local',
            note: '`quiet` and the `ap` abbreviation',
          },
        ],
        benign: [
          { argv: ['diskutil', 'apfs', 'list'] },
          { argv: ['diskutil', 'apfs', 'listSnapshots', 'disk3s5'] },
          { argv: ['diskutil', 'apfs', 'addVolume', 'disk3', 'APFS', 'Scratch'] },
        ],
      },
    },
  ],
});
