// `php artisan CMD` and the database it touches (--env, APP_ENV, DB_HOST, DB_DATABASE from the env or .env).
import { optionValue, parseOptions, type ParsedArgs } from '../../argv/parse-options.js';
import { isProductionName, resolveEnvironment, type EnvironmentSignal } from '../../environment.js';
import { cautiousOrder, lookupVariable, present } from '../framework/framework-signals.js';
import type { Context, Environment } from '../../types.js';

const SPECS = [
  { id: 'env', long: ['env'], value: true },
  { id: 'database', long: ['database'], value: true },
  { id: 'path', long: ['path'], value: true },
  { id: 'seeder', long: ['seeder'], value: true },
  { id: 'force', long: ['force'] },
  { id: 'help', long: ['help'], short: ['h'] },
];
export const ARTISAN_DESTRUCTIVE = ['migrate:fresh', 'migrate:refresh', 'migrate:reset', 'db:wipe'];

export interface ArtisanParsed {
  command?: string;
  args: ParsedArgs;
}

// `php [-d x=y] artisan CMD …`, or `./artisan CMD …` (args then start at the command).
export function parseArtisan(argv: readonly string[]): ArtisanParsed {
  let i = 0;
  while (i < argv.length && (argv[i] as string).startsWith('-'))
    i += ['-d', '-c', '-f', '-r'].includes(argv[i] as string) ? 2 : 1;
  const script = argv[i] ?? '';
  const rest = /(^|\/)artisan$/.test(script)
    ? argv.slice(i + 1)
    : ARTISAN_DESTRUCTIVE.includes(argv[0] ?? '')
      ? argv
      : [];
  const args = parseOptions(rest, SPECS, { style: 'pflag' });
  return { command: args.positionals[0], args };
}

export function laravelTarget(p: ArtisanParsed, ctx: Context): { environment: Environment; database: string } {
  const flag = optionValue(p.args, 'env');
  // --env=testing makes Laravel read .env.testing instead of .env.
  const dotenv = flag ? [`.env.${flag}`, '.env'] : ['.env'];
  const appEnv = flag ? undefined : lookupVariable('APP_ENV', ctx, dotenv);
  const label: EnvironmentSignal | undefined = flag
    ? { kind: 'other', value: flag, source: 'flag', detail: `--env=${flag}` }
    : appEnv
      ? { kind: 'other', value: appEnv.value, source: appEnv.source, detail: `APP_ENV from ${appEnv.from}` }
      : undefined;
  const host = lookupVariable('DB_HOST', ctx, dotenv);
  const hostSignal: EnvironmentSignal | undefined = host
    ? { kind: 'db-host', value: host.value, source: host.source, detail: `DB_HOST from ${host.from}` }
    : undefined;
  const environment = resolveEnvironment(
    cautiousOrder(present(hostSignal, label), (n) => isProductionName(n, ctx)),
    ctx,
    'no --env, APP_ENV or DB_HOST in the environment or .env',
  );
  const database =
    optionValue(p.args, 'database') ?? lookupVariable('DB_DATABASE', ctx, dotenv)?.value ?? 'default-connection';
  return { environment, database };
}
