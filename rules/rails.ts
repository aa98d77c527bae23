import { definePack } from '../src/core/rule.js';
import { commandName } from '../src/core/command-name.js';
import { isProductionName, resolveEnvironment, type EnvironmentSignal } from '../src/core/environment.js';
import { cautiousOrder, databaseUrlSignal, present } from '../src/core/tools/framework/framework-signals.js';
import { databaseYmlName } from '../src/core/tools/framework/yaml-database.js';
import type { Context, Environment } from '../src/core/types.js';

interface RailsParsed {
  /** Tasks such as db:drop, after `bundle exec rails|rake`. */
  tasks: string[];
  /** `RAILS_ENV=production` given as an argument (rake sets it in ENV). */
  assignments: Map<string, string>;
  help: boolean;
}

const DESTRUCTIVE = /^db:(drop|reset|purge|schema:load|structure:load|migrate:reset|truncate_all|seed:replant)(:[\w]+)?$/;

function parseRails(args: readonly string[]): RailsParsed {
  let rest = [...args];
  // `bundle exec rails …`: only exec of rails/rake is analysed.
  if (rest[0] === 'exec') rest = ['rails', 'rake'].includes(commandName(rest[1] ?? '')) ? rest.slice(2) : [];
  const assignments = new Map<string, string>();
  const tasks: string[] = [];
  for (const arg of rest) {
    const assign = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(arg);
    if (assign) assignments.set(assign[1] as string, assign[2] as string);
    else if (!arg.startsWith('-')) tasks.push(arg);
  }
  return { tasks, assignments, help: rest.includes('--help') || rest.includes('-h') || rest.includes('-T') || rest.includes('-D') };
}

function labelSignal(p: RailsParsed, ctx: Context): EnvironmentSignal | undefined {
  const arg = p.assignments.get('RAILS_ENV') ?? p.assignments.get('RACK_ENV');
  if (arg) return { kind: 'other', value: arg, source: 'flag', detail: `${p.assignments.has('RAILS_ENV') ? 'RAILS_ENV' : 'RACK_ENV'}=${arg} on the command line` };
  for (const name of ['RAILS_ENV', 'RACK_ENV'] as const) {
    const value = ctx.env[name];
    if (value) return { kind: 'other', value, source: 'env', detail: `${name}=${value}` };
  }
  return undefined;
}

function railsTarget(p: RailsParsed, ctx: Context): { environment: Environment; database: string } {
  const label = labelSignal(p, ctx);
  const url = p.assignments.get('DATABASE_URL');
  const db = url ? undefined : databaseUrlSignal(ctx, []);
  const signals = present(db?.signal, label);
  const environment = resolveEnvironment(cautiousOrder(signals, (n) => isProductionName(n, ctx)), ctx, 'no RAILS_ENV, RACK_ENV or DATABASE_URL (Rails would assume "development")');
  const yml = label ? ctx.fs.readText(`${ctx.cwd}/config/database.yml`) : undefined;
  const database = db?.target.database ?? (yml && label ? databaseYmlName(yml, label.value) : undefined) ?? 'database.yml-database';
  return { environment, database };
}

const YML = { '/home/user/project/config/database.yml': 'default: &default\n  adapter: postgresql\n\ndevelopment:\n  <<: *default\n  database: shop_development\n\nproduction:\n  <<: *default\n  database: shop_production\n' };

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
      rationale: 'db:drop and db:purge drop the database, db:reset drops and recreates it, db:schema:load recreates every table empty, db:truncate_all empties them; RAILS_ENV or DATABASE_URL decides which server.',
      safer: 'Check RAILS_ENV and DATABASE_URL, dump the database first, and run migrations instead of reloading the schema.',
      match: (p, ctx) => {
        if (p.help) return null;
        const tasks = p.tasks.filter((t) => DESTRUCTIVE.test(t));
        if (tasks.length === 0) return null;
        const warnings = (p.assignments.get('DISABLE_DATABASE_ENVIRONMENT_CHECK') ?? ctx.env.DISABLE_DATABASE_ENVIRONMENT_CHECK) ? ['DISABLE_DATABASE_ENVIRONMENT_CHECK switches off Rails\' own protection of production'] : [];
        return { resource: railsTarget(p, ctx).database, details: [`tasks: ${tasks.join(' ')}`], warnings };
      },
      examples: {
        destructive: [
          { argv: ['rails', 'db:drop'], env: { RAILS_ENV: 'production' }, files: YML, resource: 'shop_production', environment: 'production' },
          { argv: ['bundle', 'exec', 'rails', 'db:reset', 'RAILS_ENV=development'], files: YML, resource: 'shop_development', environment: 'development' },
          { argv: ['bundle', 'exec', 'rake', 'db:schema:load'], env: { DATABASE_URL: 'postgres://u@db.prod.internal/shop' }, resource: 'shop', environment: 'db.prod.internal' },
          { argv: ['rails', 'db:migrate', 'db:purge:primary'], resource: 'database.yml-database', environment: 'unknown' },
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
