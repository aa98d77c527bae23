import { definePack } from '../src/core/rule.js';
import { hasOption } from '../src/core/argv/parse-options.js';
import {
  ARTISAN_DESTRUCTIVE,
  type ArtisanParsed,
  parseArtisan,
  laravelTarget,
} from '../src/core/tools/laravel/parse-artisan.js';

const DOTENV = { '/home/user/project/.env': 'APP_ENV=production\nDB_HOST=10.0.0.7\nDB_DATABASE=shop\n' };

export const laravelPack = definePack<ArtisanParsed>({
  tool: 'laravel',
  commands: ['php', 'artisan'],
  prefilter: { words: ARTISAN_DESTRUCTIVE },
  parse: (args) => parseArtisan(args),
  environment: (p, ctx) => laravelTarget(p, ctx).environment,
  rules: [
    {
      id: 'laravel/migrate-fresh-or-wipe',
      summary: 'php artisan migrate:fresh / migrate:refresh / migrate:reset / db:wipe: drop every table',
      message: 'Drops every table of {{resource}} ({{environment}}); their rows are lost.',
      rationale:
        'migrate:fresh and db:wipe drop all tables, migrate:reset and migrate:refresh roll back every migration; --force skips the production prompt.',
      safer: 'Check APP_ENV and DB_HOST; dump the database first and use `php artisan migrate` for changes.',
      match: (p, ctx) => {
        if (!p.command || !ARTISAN_DESTRUCTIVE.includes(p.command) || hasOption(p.args, 'help')) return null;
        return {
          resource: laravelTarget(p, ctx).database,
          details: [`command: ${p.command}`],
          warnings: hasOption(p.args, 'force') ? ["--force skips Laravel's production prompt"] : [],
        };
      },
      examples: {
        destructive: [
          {
            argv: ['php', 'artisan', 'migrate:fresh', '--seed', '--force'],
            files: DOTENV,
            resource: 'shop',
            environment: 'production',
          },
          {
            argv: ['php', 'artisan', 'db:wipe', '--env=staging'],
            files: { '/home/user/project/.env.staging': 'DB_HOST=staging-db\nDB_DATABASE=shop_staging\n' },
            resource: 'shop_staging',
            environment: 'staging-db',
          },
          {
            argv: ['artisan', 'migrate:reset'],
            env: { APP_ENV: 'local', DB_HOST: '127.0.0.1', DB_DATABASE: 'shop_local' },
            resource: 'shop_local',
            environment: '127.0.0.1',
          },
          {
            argv: ['php', 'artisan', 'migrate:refresh', '--database', 'mysql'],
            resource: 'mysql',
            environment: 'unknown',
          },
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
