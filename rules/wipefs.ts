import { definePack } from '../src/core/rule.js';
import { hasOption, optionValue, parseOptions, type ParsedArgs } from '../src/core/argv/parse-options.js';
import { localEnvironment } from '../src/core/environment.js';
import { absolutePath } from '../src/core/tools/in-place/local-target.js';

const SPECS = [
  { id: 'all', short: ['a'], long: ['all'] },
  { id: 'offset', short: ['o'], long: ['offset'], value: true },
  { id: 'types', short: ['t'], long: ['types'], value: true },
  { id: 'no-act', short: ['n'], long: ['no-act'] },
  { id: 'backup', short: ['b'], long: ['backup'], value: 'optional' as const },
  { id: 'output', short: ['O'], long: ['output'], value: true },
  { id: 'lock', long: ['lock'], value: 'optional' as const },
  { id: 'help', short: ['h'], long: ['help'] },
];

export const wipefsPack = definePack<ParsedArgs>({
  tool: 'wipefs',
  commands: ['wipefs'],
  prefilter: { always: true, clears: ['--version', '-V', '--help', '-h'] },
  parse: (args) => parseOptions(args, SPECS, { style: 'gnu' }),
  environment: (_p, ctx) => localEnvironment(ctx),
  rules: [
    {
      id: 'wipefs/erase-signatures',
      summary: 'wipefs -a / -o: erase filesystem, RAID or partition-table signatures',
      message:
        'Erases the filesystem and partition signatures of {{resource}} on {{environment}}; its data becomes unreadable.',
      rationale:
        'Without its signatures the device no longer mounts or assembles; recovery needs the exact bytes back (see --backup).',
      safer: 'List signatures first (`wipefs DEVICE` without -a), or add --backup.',
      match: (p, ctx) => {
        if (hasOption(p, 'no-act') || hasOption(p, 'help')) return null;
        if (!hasOption(p, 'all') && optionValue(p, 'offset') === undefined) return null;
        return p.positionals.length > 0
          ? p.positionals.map((d) => ({
              resource: absolutePath(d, ctx),
              warnings: hasOption(p, 'backup') ? [] : ['no --backup: the erased bytes are not saved'],
            }))
          : null;
      },
      examples: {
        destructive: [
          { argv: ['wipefs', '-a', '/dev/sdb'], resource: '/dev/sdb', environment: 'local' },
          { argv: ['wipefs', '--all', '--force', '/dev/md0'], resource: '/dev/md0', environment: 'local' },
          { argv: ['wipefs', '-o', '0x438', '/dev/sdc1'], resource: '/dev/sdc1', environment: 'local' },
        ],
        benign: [
          { argv: ['wipefs', '/dev/sdb'], note: 'lists signatures only' },
          { argv: ['wipefs', '-a', '-n', '/dev/sdb'] },
          { argv: ['wipefs', '--help'] },
        ],
      },
    },
  ],
});
