import { definePack } from '../src/core/rule.js';
import { type RailsParsed, parseRails, railsTarget } from '../src/core/tools/rails/parse-rails.js';

const DESTRUCTIVE =
  /^db:(drop|reset|purge|schema:load|structure:load|migrate:reset|truncate_all|seed:replant)(:[\w]+)?$/;

const YML = {
  '/home/user/project/config/database.yml':
    'default: &default\n  adapter: postgresql\n\ndevelopment:\n  <<: *default\n  database: shop_development\n\nproduction:\n  <<: *default\n  database: shop_production\n',
};

export const railsPack = definePack<RailsParsed>({
  tool: 'rails',
  commands: ['rails', 'rake', 'bundle'],
  prefilter: { prefixes: ['db:'] },
  parse: (args) => parseRails(args),
  environment: (p, ctx) => railsTarget(p, ctx).environment,
  rules: [
    {
      id: 'rails/db-drop-or-reset',
      summary: 'rails db:drop / db:reset / db:schema:load / db:purge …: drop or wipe the app database',
      message: 'Drops or wipes the database {{resource}} ({{environment}}): its tables and rows are lost.',
      rationale:
        'db:drop and db:purge drop the database, db:reset drops and recreates it, db:schema:load recreates every table empty, db:truncate_all empties them; RAILS_ENV or DATABASE_URL decides which server.',
      safer:
        'Check RAILS_ENV and DATABASE_URL, dump the database first, and run migrations instead of reloading the schema.',
      match: (p, ctx) => {
        if (p.help) return null;
        const tasks = p.tasks.filter((t) => DESTRUCTIVE.test(t));
        if (tasks.length === 0) return null;
        const warnings =
          (p.assignments.get('DISABLE_DATABASE_ENVIRONMENT_CHECK') ?? ctx.env.DISABLE_DATABASE_ENVIRONMENT_CHECK)
            ? ["DISABLE_DATABASE_ENVIRONMENT_CHECK switches off Rails' own protection of production"]
            : [];
        return { resource: railsTarget(p, ctx).database, details: [`tasks: ${tasks.join(' ')}`], warnings };
      },
      examples: {
        destructive: [
          {
            argv: ['rails', 'db:drop'],
            env: { RAILS_ENV: 'production' },
            files: YML,
            resource: 'shop_production',
            environment: 'production',
          },
          {
            argv: ['bundle', 'exec', 'rails', 'db:reset', 'RAILS_ENV=development'],
            files: YML,
            resource: 'shop_development',
            environment: 'development',
          },
          {
            argv: ['bundle', 'exec', 'rake', 'db:schema:load'],
            env: { DATABASE_URL: 'postgres://u@db.prod.internal/shop' },
            resource: 'shop',
            environment: 'db.prod.internal',
          },
          {
            argv: ['rails', 'db:migrate', 'db:purge:primary'],
            resource: 'database.yml-database',
            environment: 'unknown',
          },
        ],
        benign: [
          { argv: ['rails', 'db:migrate'], env: { RAILS_ENV: 'production' } },
          { argv: ['bundle', 'exec', 'rails', 'db:create'], files: YML },
          { argv: ['rails', '-T', 'db:drop'] },
          { argv: ['bundle', 'install'] },
        ],
      },
    },
  ],
});
