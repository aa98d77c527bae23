import { definePack } from '../src/core/rule.js';
import { hasOption, parseOptions, type ParsedArgs } from '../src/core/argv/parse-options.js';
import { localEnvironment } from '../src/core/environment.js';
import { absolutePath } from '../src/core/tools/in-place/local-target.js';

const SPECS = [
  { id: 'iterations', short: ['n'], long: ['iterations'], value: true },
  { id: 'size', short: ['s'], long: ['size'], value: true },
  { id: 'random-source', long: ['random-source'], value: true },
  { id: 'remove', short: ['u'], long: ['remove'], value: 'optional' as const },
  { id: 'zero', short: ['z'], long: ['zero'] },
  { id: 'force', short: ['f'], long: ['force'] },
  { id: 'help', long: ['help'] },
  { id: 'version', long: ['version'] },
];

export const shredPack = definePack<ParsedArgs>({
  tool: 'shred',
  commands: ['shred'],
  prefilter: { always: true, clears: ['--version', '--help'] },
  parse: (args) => parseOptions(args, SPECS, { style: 'gnu' }),
  environment: (_p, ctx) => localEnvironment(ctx),
  rules: [
    {
      id: 'shred/overwrite',
      summary: 'shred FILE|DEVICE: overwrite contents so they cannot be recovered',
      message: 'Overwrites {{resource}} on {{environment}} so its contents can never be recovered.',
      rationale:
        'shred exists to defeat recovery: no backup tool, snapshot or undelete brings the data back; on a device it destroys the whole disk.',
      safer: 'Delete normally (rm) if recovery does not matter, or check the operand with `ls -l` / `lsblk` first.',
      match: (p, ctx) => {
        if (hasOption(p, 'help') || hasOption(p, 'version')) return null;
        const operands = p.positionals.filter((o) => o !== '-');
        return operands.length > 0
          ? operands.map((o) => ({
              resource: absolutePath(o, ctx),
              warnings: hasOption(p, 'remove') ? ['-u also deletes the file'] : [],
            }))
          : null;
      },
      examples: {
        destructive: [
          { argv: ['shred', '-u', 'secrets.env'], resource: '/home/user/project/secrets.env', environment: 'local' },
          { argv: ['shred', '-n', '3', '-z', '/dev/sdb'], resource: '/dev/sdb', environment: 'local' },
          {
            argv: ['shred', '--remove=wipe', '-v', '/var/lib/db/data.db'],
            resource: '/var/lib/db/data.db',
            environment: 'local',
          },
        ],
        benign: [
          { argv: ['shred', '--help'] },
          { argv: ['shred', '--version'] },
          { argv: ['shred', '-n', '3'], note: 'no operand: shred only reports an error' },
        ],
      },
    },
  ],
});
