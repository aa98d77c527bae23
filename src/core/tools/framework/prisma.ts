import { hasOption, optionValue, parseOptions, type ParsedArgs } from '../../argv/parse-options.js';
import { isProductionName } from '../../environment.js';
import { resolveEnvironment, type EnvironmentSignal } from '../../environment.js';
import type { Context, Environment } from '../../types.js';
import { cautiousOrder, databaseUrlSignal, envVarSignal, present } from './framework-signals.js';

const SPECS = [
  { id: 'schema', long: ['schema'], value: true },
  { id: 'force', long: ['force'], short: ['f'] },
  { id: 'force-reset', long: ['force-reset'] },
  { id: 'skip-seed', long: ['skip-seed'] },
  { id: 'accept-data-loss', long: ['accept-data-loss'] },
  { id: 'help', long: ['help'], short: ['h'] },
];

export function parsePrisma(args: readonly string[]): ParsedArgs {
  return parseOptions(args, SPECS, { style: 'pflag' });
}

export const isPrismaCommand = (p: ParsedArgs, ...words: string[]): boolean =>
  !hasOption(p, 'help') && words.every((w, i) => p.positionals[i] === w);

/** Prisma loads .env from the project root or next to the schema. */
export function prismaDatabase(p: ParsedArgs, ctx: Context): { environment: Environment; database: string } {
  const schema = optionValue(p, 'schema');
  const dotenv = ['.env', 'prisma/.env', ...(schema ? [schema.replace(/[^/]*$/, '.env')] : [])];
  const db = databaseUrlSignal(ctx, dotenv);
  const signals: EnvironmentSignal[] = present(db?.signal, envVarSignal('NODE_ENV', ctx));
  const environment = resolveEnvironment(
    cautiousOrder(signals, (n) => isProductionName(n, ctx)),
    ctx,
    'no DATABASE_URL in the environment or .env, and no NODE_ENV',
  );
  return { environment, database: db?.target.database ?? 'schema.prisma-database' };
}
