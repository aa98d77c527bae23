import { definePack } from '../src/core/rule.js';
import { hasOption, optionValue, parseOptions, type ParsedArgs } from '../src/core/argv/parse-options.js';
import { isProductionName, resolveEnvironment, type EnvironmentSignal } from '../src/core/environment.js';
import { cautiousOrder, lookupVariable, present } from '../src/core/tools/framework/framework-signals.js';
import type { Context, Environment } from '../src/core/types.js';

const SPECS = [
  { id: 'env', long: ['env'], value: true },
  { id: 'database', long: ['database'], value: true },
  { id: 'path', long: ['path'], value: true },
  { id: 'seeder', long: ['seeder'], value: true },
  { id: 'force', long: ['force'] },
  { id: 'help', long: ['help'], short: ['h'] },
];
const DESTRUCTIVE = ['migrate:fresh', 'migrate:refresh', 'migrate:reset', 'db:wipe'];

interface ArtisanParsed {
  command?: string;
  args: ParsedArgs;
}

// `php [-d x=y] artisan CMD …`, or `./artisan CMD …` (args then start at the command).
function parseArtisan(argv: readonly string[]): ArtisanParsed {
  let i = 0;
  while (i < argv.length && (argv[i] as string).startsWith('-')) i += ['-d', '-c', '-f', '-r'].includes(argv[i] as string) ? 2 : 1;
  const script = argv[i] ?? '';
  const rest = /(^|\/)artisan$/.test(script) ? argv.slice(i + 1) : DESTRUCTIVE.includes(argv[0] ?? '') ? argv : [];
  const args = parseOptions(rest, SPECS, { style: 'pflag' });
  return { command: args.positionals[0], args };
}

function laravelTarget(p: ArtisanParsed, ctx: Context): { environment: Environment; database: string } {
  const flag = optionValue(p.args, 'env');
  // --env=testing makes Laravel read .env.testing instead of .env.
  const dotenv = flag ? [`.env.${flag}`, '.env'] : ['.env'];
  const appEnv = flag ? undefined : lookupVariable('APP_ENV', ctx, dotenv);
  const label: EnvironmentSignal | undefined = flag
    ? { kind: 'other', value: flag, source: 'flag', detail: `--env=${flag}` }
    : appEnv ? { kind: 'other', value: appEnv.value, source: appEnv.source, detail: `APP_ENV from ${appEnv.from}` } : undefined;
  const host = lookupVariable('DB_HOST', ctx, dotenv);
  const hostSignal: EnvironmentSignal | undefined = host ? { kind: 'db-host', value: host.value, source: host.source, detail: `DB_HOST from ${host.from}` } : undefined;
  const environment = resolveEnvironment(cautiousOrder(present(hostSignal, label), (n) => isProductionName(n, ctx)), ctx, 'no --env, APP_ENV or DB_HOST in the environment or .env');
  const database = optionValue(p.args, 'database') ?? lookupVariable('DB_DATABASE', ctx, dotenv)?.value ?? 'default-connection';
  return { environment, database };
}

const DOTENV = { '/home/user/project/.env': 'APP_ENV=production\nDB_HOST=10.0.0.7\nDB_DATABASE=shop\n' };

export const laravelPack = definePack<ArtisanParsed>({
  tool: 'laravel',
  commands: ['php', 'artisan'],
  prefilter: { words: DESTRUCTIVE },
  parse: (args) => parseArtisan(args),
  environment: (p, ctx) => laravelTarget(p, ctx).environment,
  rules: [
    {
      id: 'laravel/migrate-fresh-or-wipe',
      summary: 'php artisan migrate:fresh / migrate:refresh / migrate:reset / db:wipe: drop every table',
      message: 'Drops every table of {{resource}} ({{environment}}); their rows are lost.',
      rationale: 'migrate:fresh and db:wipe drop all tables, migrate:reset and migrate:refresh roll back every migration; --force skips the production prompt.',
      safer: 'Check APP_ENV and DB_HOST; dump the database first and use `php artisan migrate` for changes.',
      match: (p, ctx) => {
        if (!p.command || !DESTRUCTIVE.includes(p.command) || hasOption(p.args, 'help')) return null;
        return { resource: laravelTarget(p, ctx).database, details: [`command: ${p.command}`], warnings: hasOption(p.args, 'force') ? ['--force skips Laravel\'s production prompt'] : [] };
      },
      examples: {
        destructive: [
          { argv: ['php', 'artisan', 'migrate:fresh', '--seed', '--force'], files: DOTENV, resource: 'shop', environment: 'production' },
          { argv: ['php', 'artisan', 'db:wipe', '--env=staging'], files: { '/home/user/project/.env.staging': 'DB_HOST=staging-db\nDB_DATABASE=shop_staging\n' }, resource: 'shop_staging', environment: 'staging-db' },
          { argv: ['artisan', 'migrate:reset'], env: { APP_ENV: 'local', DB_HOST: '127.0.0.1', DB_DATABASE: 'shop_local' }, resource: 'shop_local', environment: '127.0.0.1' },
          { argv: ['php', 'artisan', 'migrate:refresh', '--database', 'mysql'], resource: 'mysql', environment: 'unknown' },
        ],
        benign: [
          { argv: ['php', 'artisan', 'migrate'], files: DOTENV },
          { argv: ['php', '-v'] },
          { argv: ['php', 'artisan', 'migrate:status'], files: DOTENV },
          { argv: ['php', 'artisan', 'migrate:fresh', '--help'], files: DOTENV },
          { argv: ['php', 'script.php', 'db:wipe'] },
        ],
      },
    },
  ],
});
