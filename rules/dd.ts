import { definePack } from '../src/core/rule.js';
import { localEnvironment } from '../src/core/environment.js';
import { absolutePath, existsAsFile, isDestroyableDevice } from '../src/core/tools/in-place/local-target.js';
import { type DdParsed, parseDd } from '../src/core/tools/dd/parse-dd.js';

export const ddPack = definePack<DdParsed>({
  tool: 'dd',
  commands: ['dd'],
  prefilter: { prefixes: ['of='] },
  parse: (args) => parseDd(args),
  environment: (_p, ctx) => localEnvironment(ctx),
  rules: [
    {
      id: 'dd/overwrite-target',
      summary: 'dd of=DEVICE or of=EXISTING_FILE: overwrite a disk, partition or file',
      message: 'Overwrites {{resource}} on {{environment}} with the input of dd.',
      rationale:
        'dd writes raw blocks with no prompt; of= a disk destroys its partition table and filesystems, of= an existing file truncates it unless conv=notrunc.',
      safer: 'Check the target with `lsblk` / `ls -l` and write to a new file first.',
      match: (p, ctx) => {
        const target = p.operands.get('of');
        if (p.help || !target) return null;
        if (isDestroyableDevice(target, ctx))
          return { resource: absolutePath(target, ctx), details: ['target is a device: the whole disk or partition'] };
        if (existsAsFile(target, ctx)) {
          const notrunc = (p.operands.get('conv') ?? '').split(',').includes('notrunc');
          return {
            resource: absolutePath(target, ctx),
            details: [
              notrunc ? 'conv=notrunc: blocks are overwritten in place' : 'the existing file is truncated first',
            ],
          };
        }
        return null;
      },
      examples: {
        destructive: [
          {
            argv: ['dd', 'if=ubuntu.iso', 'of=/dev/sda', 'bs=4M', 'status=progress'],
            resource: '/dev/sda',
            environment: 'local',
          },
          {
            argv: ['dd', 'if=/dev/zero', 'of=/dev/nvme0n1p2', 'count=1'],
            resource: '/dev/nvme0n1p2',
            environment: 'local',
          },
          {
            argv: ['dd', 'if=/dev/zero', 'of=data.db', 'bs=1M', 'count=1', 'conv=notrunc'],
            files: { '/home/user/project/data.db': 'x' },
            resource: '/home/user/project/data.db',
            environment: 'local',
          },
        ],
        benign: [
          { argv: ['dd', 'if=/dev/sda', 'of=disk.img', 'bs=4M'], note: 'a new file' },
          { argv: ['dd', 'if=/dev/urandom', 'of=/dev/null', 'count=100'] },
          { argv: ['dd', 'if=/dev/sda', 'bs=512', 'count=1'], note: 'reads to stdout' },
          { argv: ['dd', '--help'] },
        ],
      },
    },
  ],
});
