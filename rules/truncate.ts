import { definePack } from '../src/core/rule.js';
import { hasOption, optionValue, parseOptions, type ParsedArgs } from '../src/core/argv/parse-options.js';
import { localEnvironment } from '../src/core/environment.js';
import { absolutePath, existsAsFile } from '../src/core/tools/in-place/local-target.js';
import { isEverydayOutput } from '../src/core/tools/in-place/data-target.js';
import { emptiesFile } from '../src/core/tools/truncate/truncate-size.js';

const SPECS = [
  { id: 'size', short: ['s'], long: ['size'], value: true },
  { id: 'reference', short: ['r'], long: ['reference'], value: true },
  { id: 'no-create', short: ['c'], long: ['no-create'] },
  { id: 'io-blocks', short: ['o'], long: ['io-blocks'] },
  { id: 'help', long: ['help'] },
  { id: 'version', long: ['version'] },
];

export const truncatePack = definePack<ParsedArgs>({
  tool: 'truncate',
  commands: ['truncate'],
  prefilter: { always: true, clears: ['--version', '--help'] },
  parse: (args) => parseOptions(args, SPECS, { style: 'gnu' }),
  environment: (_p, ctx) => localEnvironment(ctx),
  rules: [
    {
      id: 'truncate/empty-file',
      summary: 'truncate -s 0 FILE: empty an existing file',
      message: 'Empties the existing file {{resource}} on {{environment}}.',
      rationale: 'The contents are discarded in place; there is no copy and no undo.',
      safer: 'Copy the file aside first (`cp FILE FILE.bak`), or rotate logs with logrotate.',
      match: (p, ctx) => {
        const size = optionValue(p, 'size');
        if (hasOption(p, 'help') || hasOption(p, 'version') || size === undefined || !emptiesFile(size)) return null;
        // Logs, build output and temp files are emptied every day (issue 16): not a finding.
        const existing = p.positionals.filter(
          (f) => existsAsFile(f, ctx) && !isEverydayOutput(absolutePath(f, ctx), ctx),
        );
        return existing.length > 0 ? existing.map((f) => ({ resource: absolutePath(f, ctx) })) : null;
      },
      examples: {
        destructive: [
          {
            argv: ['truncate', '-s', '0', 'orders.csv'],
            files: { '/home/user/project/orders.csv': 'lines' },
            resource: '/home/user/project/orders.csv',
            environment: 'local',
          },
          {
            argv: ['truncate', '--size=0', '/var/lib/app/data.db'],
            files: { '/var/lib/app/data.db': 'rows' },
            resource: '/var/lib/app/data.db',
            environment: 'local',
          },
          {
            argv: ['truncate', '-s0', '-c', 'a.txt', 'new.txt'],
            files: { '/home/user/project/a.txt': 'x' },
            resource: '/home/user/project/a.txt',
            environment: 'local',
          },
        ],
        benign: [
          { argv: ['truncate', '-s', '10G', 'disk.img'], files: { '/home/user/project/disk.img': '' } },
          {
            argv: ['truncate', '-s', '0', 'logs/app.log'],
            files: { '/home/user/project/logs/app.log': 'lines' },
            note: 'a log file',
          },
          { argv: ['truncate', '-s', '0', 'fresh.txt'], note: 'a file that does not exist yet is just created' },
          { argv: ['truncate', '--help'] },
        ],
      },
    },
  ],
});
