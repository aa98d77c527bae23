import { posix } from 'node:path';
import { hasOption, optionValue, parseOptions, type ParsedArgs } from '../../argv/parse-options.js';
import { isProductionName, resolveEnvironment, type EnvironmentSignal } from '../../environment.js';
import type { Context, Environment } from '../../types.js';
import { readJsonFile } from '../config-files/read-json.js';
import { cautiousOrder, databaseTarget, present } from './framework-signals.js';

const SPECS = [
  { id: 'env', long: ['env'], value: true },
  { id: 'url', long: ['url'], value: true },
  { id: 'config', long: ['config'], value: true },
  { id: 'options-path', long: ['options-path'], value: true },
  { id: 'help', long: ['help'], short: ['h'] },
];

export function parseSequelize(args: readonly string[]): ParsedArgs {
  return parseOptions(args, SPECS, { style: 'pflag' });
}

export const isSequelizeCommand = (p: ParsedArgs, ...commands: string[]): boolean =>
  !hasOption(p, 'help') && commands.includes(p.positionals[0] ?? '');

/** --url > (--env > NODE_ENV) with that section of config/config.json; no default "development". */
export function sequelizeDatabase(p: ParsedArgs, ctx: Context): { environment: Environment; database: string } {
  const url = optionValue(p, 'url');
  const fromUrl = url ? databaseTarget(url) : undefined;
  if (fromUrl) {
    const environment = resolveEnvironment(
      [{ kind: 'db-host', value: fromUrl.host, source: 'flag', detail: `--url host ${fromUrl.host}` }],
      ctx,
    );
    return { environment, database: fromUrl.database };
  }
  const flag = optionValue(p, 'env');
  const label: EnvironmentSignal | undefined = flag
    ? { kind: 'other', value: flag, source: 'flag', detail: `--env ${flag}` }
    : ctx.env.NODE_ENV
      ? { kind: 'other', value: ctx.env.NODE_ENV, source: 'env', detail: `NODE_ENV=${ctx.env.NODE_ENV}` }
      : undefined;
  const configPath = posix.resolve(ctx.cwd, optionValue(p, 'config') ?? 'config/config.json');
  const read = label
    ? readJsonFile<Record<string, { host?: string; database?: string } | undefined>>(ctx, configPath)
    : undefined;
  const section = read?.ok ? read.value[label?.value ?? ''] : undefined;
  const host: EnvironmentSignal | undefined =
    read && !read.ok
      ? {
          kind: 'other',
          value: 'unknown',
          source: 'tool-config',
          detail: `${configPath} could not be read (${read.error})`,
        }
      : section?.host
        ? {
            kind: 'db-host',
            value: section.host,
            source: 'tool-config',
            detail: `"${label?.value}".host in ${configPath}`,
          }
        : undefined;
  const environment = resolveEnvironment(
    cautiousOrder(present(label, host), (n) => isProductionName(n, ctx)),
    ctx,
    'no --env, --url or NODE_ENV (sequelize would assume "development")',
  );
  return { environment, database: section?.database ?? 'config.json-database' };
}
