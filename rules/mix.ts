import { definePack } from '../src/core/rule.js';
import { hasOption, optionValues, parseOptions, type ParsedArgs } from '../src/core/argv/parse-options.js';
import { databaseUrlSignal } from '../src/core/tools/framework/framework-signals.js';
import { mixEnvironment } from '../src/core/tools/mix/mix-environment.js';

const SPECS = [
  { id: 'repo', long: ['repo'], short: ['r'], value: true },
  { id: 'force-drop', long: ['force-drop'] },
  { id: 'help', long: ['help'], short: ['h'] },
];
const DESTRUCTIVE = ['ecto.drop', 'ecto.reset'];

export const mixPack = definePack<ParsedArgs>({
  tool: 'mix',
  commands: ['mix'],
  prefilter: { words: DESTRUCTIVE },
  parse: (args) => parseOptions(args, SPECS, { style: 'gnu' }),
  environment: (_p, ctx) => mixEnvironment(ctx),
  rules: [
    {
      id: 'mix/ecto-drop',
      summary: 'mix ecto.drop / ecto.reset: drop the repository database',
      message: 'Drops the database of {{resource}} ({{environment}}).',
      rationale:
        'ecto.drop drops the storage of each repo; ecto.reset drops, recreates and re-migrates it. MIX_ENV and DATABASE_URL decide which server.',
      safer: 'Check MIX_ENV and DATABASE_URL; dump the database first.',
      match: (p, ctx) => {
        if (!DESTRUCTIVE.includes(p.positionals[0] ?? '') || hasOption(p, 'help')) return null;
        const repos = optionValues(p, 'repo');
        const db = databaseUrlSignal(ctx, []);
        const names = repos.length > 0 ? repos : [db?.target.database ?? 'all-ecto-repos'];
        return names.map((resource) => ({ resource, details: [`task: ${p.positionals[0]}`] }));
      },
      examples: {
        destructive: [
          { argv: ['mix', 'ecto.drop'], env: { MIX_ENV: 'prod' }, resource: 'all-ecto-repos', environment: 'prod' },
          {
            argv: ['mix', 'ecto.reset', '-r', 'Shop.Repo'],
            env: { MIX_ENV: 'dev', DATABASE_URL: 'ecto://u:p@localhost/shop_dev' },
            resource: 'Shop.Repo',
            environment: 'localhost',
          },
          {
            argv: ['mix', 'ecto.drop', '--force-drop'],
            env: { DATABASE_URL: 'ecto://u:p@db.prod.internal/shop' },
            resource: 'shop',
            environment: 'db.prod.internal',
          },
          { argv: ['mix', 'ecto.reset'], resource: 'all-ecto-repos', environment: 'unknown' },
        ],
        benign: [
          { argv: ['mix', 'ecto.migrate'], env: { MIX_ENV: 'prod' } },
          { argv: ['mix', 'ecto.create'] },
          { argv: ['mix', 'help', 'ecto.drop'] },
          { argv: ['mix', 'test'] },
        ],
      },
    },
  ],
});
