// `rails|rake|bundle exec rails TASK…`, RAILS_ENV assignments, and the database the tasks touch.
import { commandName } from '../../command-name.js';
import { isProductionName, resolveEnvironment, type EnvironmentSignal } from '../../environment.js';
import { cautiousOrder, databaseUrlSignal, present } from '../framework/framework-signals.js';
import { databaseYmlName } from '../framework/yaml-database.js';
import type { Context, Environment } from '../../types.js';

export interface RailsParsed {
  /** Tasks such as db:drop, after `bundle exec rails|rake`. */
  tasks: string[];
  /** `RAILS_ENV=production` given as an argument (rake sets it in ENV). */
  assignments: Map<string, string>;
  help: boolean;
}

export function parseRails(args: readonly string[]): RailsParsed {
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
  return {
    tasks,
    assignments,
    help: rest.includes('--help') || rest.includes('-h') || rest.includes('-T') || rest.includes('-D'),
  };
}

function labelSignal(p: RailsParsed, ctx: Context): EnvironmentSignal | undefined {
  const arg = p.assignments.get('RAILS_ENV') ?? p.assignments.get('RACK_ENV');
  if (arg)
    return {
      kind: 'other',
      value: arg,
      source: 'flag',
      detail: `${p.assignments.has('RAILS_ENV') ? 'RAILS_ENV' : 'RACK_ENV'}=${arg} on the command line`,
    };
  for (const name of ['RAILS_ENV', 'RACK_ENV'] as const) {
    const value = ctx.env[name];
    if (value) return { kind: 'other', value, source: 'env', detail: `${name}=${value}` };
  }
  return undefined;
}

export function railsTarget(p: RailsParsed, ctx: Context): { environment: Environment; database: string } {
  const label = labelSignal(p, ctx);
  const url = p.assignments.get('DATABASE_URL');
  const db = url ? undefined : databaseUrlSignal(ctx, []);
  const signals = present(db?.signal, label);
  const environment = resolveEnvironment(
    cautiousOrder(signals, (n) => isProductionName(n, ctx)),
    ctx,
    'no RAILS_ENV, RACK_ENV or DATABASE_URL (Rails would assume "development")',
  );
  const yml = label ? ctx.fs.readText(`${ctx.cwd}/config/database.yml`) : undefined;
  const database =
    db?.target.database ?? (yml && label ? databaseYmlName(yml, label.value) : undefined) ?? 'database.yml-database';
  return { environment, database };
}
