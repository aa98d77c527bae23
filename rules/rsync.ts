import { definePack } from '../src/core/rule.js';
import { hasOption } from '../src/core/argv/parse-options.js';
import { operandEnvironment, parseRsync, type RsyncParsed } from '../src/core/tools/rsync/parse-rsync.js';

const active = (p: RsyncParsed): boolean =>
  !hasOption(p.args, 'dry-run') &&
  !hasOption(p.args, 'list-only') &&
  !hasOption(p.args, 'help') &&
  p.args.positionals.length >= 2;

export const rsyncPack = definePack<RsyncParsed>({
  tool: 'rsync',
  commands: ['rsync'],
  prefilter: { prefixes: ['--del', '--remove-source-files'] },
  parse: (args) => parseRsync(args),
  environment: (p, ctx) => operandEnvironment(p.args.positionals[p.args.positionals.length - 1] ?? '', ctx),
  rules: [
    {
      id: 'rsync/delete',
      summary: 'rsync --delete*: delete files at the destination that the source lacks',
      message: 'Deletes every file in {{resource}} ({{environment}}) that is not in the source.',
      rationale:
        'A wrong or empty source (a typo, a missing trailing slash, an unmounted disk) turns --delete into a recursive delete of the destination.',
      safer:
        'Run the same command with -n -i first and read the `*deleting` lines; add --backup --backup-dir, or --max-delete.',
      match: (p) => {
        if (!active(p) || !hasOption(p.args, 'delete')) return null;
        const positionals = p.args.positionals;
        const destination = positionals[positionals.length - 1] as string;
        return {
          resource: destination,
          details: [`source: ${positionals.slice(0, -1).join(' ')}`],
          warnings: hasOption(p.args, 'backup') ? [] : ['no --backup: deleted files are not kept'],
        };
      },
      examples: {
        destructive: [
          {
            argv: ['rsync', '-a', '--delete', 'build/', 'deploy@web1.prod:/srv/www/'],
            resource: 'deploy@web1.prod:/srv/www/',
            environment: 'web1.prod',
          },
          {
            argv: ['rsync', '-avz', 'empty/', '/home/user/photos', '--delete-after'],
            resource: '/home/user/photos',
            environment: 'local',
          },
          {
            argv: ['rsync', '-a', '--del', '-e', 'ssh -p 2222', 'src/', 'backup:/data/'],
            resource: 'backup:/data/',
            environment: 'backup',
          },
          {
            argv: ['rsync', '-r', '--delete-excluded', '--exclude', '*.tmp', 'a/', 'rsync://mirror.example.com/pub/'],
            resource: 'rsync://mirror.example.com/pub/',
            environment: 'mirror.example.com',
          },
        ],
        benign: [
          { argv: ['rsync', '-a', 'build/', 'deploy@web1.prod:/srv/www/'] },
          { argv: ['rsync', '-an', '--delete', 'build/', 'deploy@web1.prod:/srv/www/'] },
          { argv: ['rsync', '-a', '--delete', '--dry-run', 'src/', 'dst/'] },
          {
            argv: ['rsync', '-a', '--exclude', '--delete', 'src/', 'dst/'],
            note: '"--delete" is the value of --exclude',
          },
        ],
      },
    },
    {
      id: 'rsync/remove-source-files',
      summary: 'rsync --remove-source-files: delete the source files after transfer',
      message: 'Deletes the transferred source files {{resource}} ({{environment}}).',
      rationale:
        'Source files are removed as soon as they are sent; a wrong destination leaves the only copy somewhere unexpected.',
      safer: 'Copy first, verify the destination, then delete the source deliberately.',
      match: (p, ctx) => {
        if (!active(p) || !hasOption(p.args, 'remove-source-files')) return null;
        return p.args.positionals
          .slice(0, -1)
          .map((source) => ({ resource: source, environment: operandEnvironment(source, ctx) }));
      },
      examples: {
        destructive: [
          {
            argv: ['rsync', '-a', '--remove-source-files', 'uploads/', 'archive:/data/'],
            resource: 'uploads/',
            environment: 'local',
          },
          {
            argv: ['rsync', '--remove-source-files', '-av', 'db.prod:/var/backups/', './backups/'],
            resource: 'db.prod:/var/backups/',
            environment: 'db.prod',
          },
          {
            argv: ['rsync', '--remove-source-files', 'a.log', 'b.log', '/mnt/logs/'],
            resource: 'b.log',
            environment: 'local',
          },
        ],
        benign: [
          { argv: ['rsync', '-a', 'uploads/', 'archive:/data/'] },
          { argv: ['rsync', '-an', '--remove-source-files', 'uploads/', 'archive:/data/'] },
          { argv: ['rsync', '--help'] },
        ],
      },
    },
  ],
});
