import { definePack } from '../src/core/rule.js';
import { localEnvironment } from '../src/core/environment.js';
import { absolutePath, existsAsFile, isDestroyableDevice } from '../src/core/tools/in-place/local-target.js';

interface MkfsParsed {
  args: readonly string[];
}

// mkfs variants disagree on options (`-n` is a dry run for mke2fs, a label for mkfs.vfat), so the
// target is any operand that is a device or an existing file.
export const mkfsPack = definePack<MkfsParsed>({
  tool: 'mkfs',
  commands: [
    'mkfs',
    'mkfs.ext2',
    'mkfs.ext3',
    'mkfs.ext4',
    'mke2fs',
    'mkfs.xfs',
    'mkfs.btrfs',
    'mkfs.vfat',
    'mkfs.fat',
    'mkfs.msdos',
    'mkfs.exfat',
    'mkfs.ntfs',
    'mkfs.f2fs',
    'mkswap',
  ],
  prefilter: { always: true, clears: ['--version', '--help', '-V'] },
  parse: (args) => ({ args }),
  environment: (_p, ctx) => localEnvironment(ctx),
  rules: [
    {
      id: 'mkfs/format',
      summary: 'mkfs / mkswap DEVICE: create a new filesystem over a device or image',
      message: 'Creates a new filesystem on {{resource}} ({{environment}}); everything on it is lost.',
      rationale:
        'Formatting replaces the existing filesystem at once; mkfs does not ask when run on an unmounted device.',
      safer: 'Check the device with `lsblk -f` (or `mke2fs -n` for a dry run) before formatting.',
      match: (p, ctx) => {
        if (p.args.some((a) => a === '--help' || a === '-V' || a === '--version')) return null;
        const targets = p.args.filter(
          (a) => !a.startsWith('-') && (isDestroyableDevice(a, ctx) || existsAsFile(a, ctx)),
        );
        return targets.length > 0 ? targets.map((t) => ({ resource: absolutePath(t, ctx) })) : null;
      },
      examples: {
        destructive: [
          { argv: ['mkfs.ext4', '-L', 'data', '/dev/sdb1'], resource: '/dev/sdb1', environment: 'local' },
          { argv: ['mkfs', '-t', 'xfs', '/dev/mapper/vg-data'], resource: '/dev/mapper/vg-data', environment: 'local' },
          {
            argv: ['mkfs.vfat', '-n', 'BOOT', 'disk.img'],
            files: { '/home/user/project/disk.img': 'fat' },
            resource: '/home/user/project/disk.img',
            environment: 'local',
          },
          { argv: ['mkswap', '/dev/nvme0n1p3'], resource: '/dev/nvme0n1p3', environment: 'local' },
        ],
        benign: [
          { argv: ['mkfs.ext4', '-V'] },
          { argv: ['mkfs', '--help'] },
          { argv: ['mkfs.ext4', 'new.img', '100M'], note: 'creates a new image file' },
          { argv: ['mkfs.btrfs', '--version'] },
        ],
      },
    },
  ],
});
