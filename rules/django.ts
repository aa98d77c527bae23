import { definePack } from '../src/core/rule.js';
import { hasOption, optionValue, parseOptions, type ParsedArgs } from '../src/core/argv/parse-options.js';
import { isProductionName, resolveEnvironment, type EnvironmentSignal } from '../src/core/environment.js';
import { cautiousOrder, databaseUrlSignal, present } from '../src/core/tools/framework/framework-signals.js';
import type { Context, Environment } from '../src/core/types.js';

const SPECS = [
  { id: 'settings', long: ['settings'], value: true },
  { id: 'database', long: ['database'], value: true },
  { id: 'pythonpath', long: ['pythonpath'], value: true },
  { id: 'verbosity', long: ['verbosity'], short: ['v'], value: true },
  { id: 'noinput', long: ['noinput', 'no-input'] },
  { id: 'help', long: ['help'], short: ['h'] },
];
// Interpreter options that take a value, so `python -W ignore manage.py flush` finds manage.py.
const PY_VALUED = new Set(['-W', '-X', '-c', '-m', '--check-hash-based-pycs']);

interface DjangoParsed {
  /** The management command (`flush`), when the call runs manage.py / django-admin. */
  command?: string;
  args: ParsedArgs;
}

function parseDjango(argv: readonly string[]): DjangoParsed {
  let i = 0;
  while (i < argv.length && (argv[i] as string).startsWith('-') && argv[i] !== '-m') i += PY_VALUED.has(argv[i] as string) ? 2 : 1;
  let rest: readonly string[];
  if (argv[i] === '-m' && argv[i + 1] === 'django') rest = argv.slice(i + 2);
  else if (/(^|\/)manage\.py$/.test(argv[i] ?? '')) rest = argv.slice(i + 1);
  else if (i === 0 && argv[0] !== undefined && !argv[0].startsWith('-') && !argv[0].endsWith('.py')) rest = argv; // django-admin COMMAND
  else rest = [];
  const args = parseOptions(rest, SPECS, { style: 'gnu' });
  return { command: args.positionals[0], args };
}

function djangoTarget(p: DjangoParsed, ctx: Context): { environment: Environment; database: string } {
  const flag = optionValue(p.args, 'settings');
  const settings: EnvironmentSignal | undefined = flag
    ? { kind: 'other', value: flag, source: 'flag', detail: `--settings ${flag}` }
    : ctx.env.DJANGO_SETTINGS_MODULE
      ? { kind: 'other', value: ctx.env.DJANGO_SETTINGS_MODULE, source: 'env', detail: `DJANGO_SETTINGS_MODULE=${ctx.env.DJANGO_SETTINGS_MODULE}` }
      : undefined;
  const db = databaseUrlSignal(ctx, ['.env']);
  const environment = resolveEnvironment(cautiousOrder(present(db?.signal, settings), (n) => isProductionName(n, ctx)), ctx, 'no --settings, DJANGO_SETTINGS_MODULE or DATABASE_URL names the target');
  const alias = optionValue(p.args, 'database') ?? 'default';
  return { environment, database: db && alias === 'default' ? db.target.database : `DATABASES.${alias}` };
}

export const djangoPack = definePack<DjangoParsed>({
  tool: 'django',
  commands: ['python', 'python3', 'django-admin'],
  prefilter: { words: ['flush', 'reset_db'] },
  parse: (args) => parseDjango(args),
  environment: (p, ctx) => djangoTarget(p, ctx).environment,
  rules: [
    {
      id: 'django/flush',
      summary: 'manage.py flush / reset_db: delete all rows, or drop and recreate the database',
      message: 'Deletes all data in the database {{resource}} ({{environment}}).',
      rationale: 'flush removes every row from every table; reset_db (django-extensions) drops the database itself; --noinput skips Django\'s prompt.',
      safer: 'Check DJANGO_SETTINGS_MODULE and DATABASE_URL; dump the data first (`manage.py dumpdata`).',
      match: (p, ctx) => {
        if (!p.command || !['flush', 'reset_db'].includes(p.command) || hasOption(p.args, 'help')) return null;
        return { resource: djangoTarget(p, ctx).database, details: [`command: ${p.command}`], warnings: hasOption(p.args, 'noinput') ? ['--noinput skips Django\'s own prompt'] : [] };
      },
      examples: {
        destructive: [
          { argv: ['python', 'manage.py', 'flush', '--noinput'], env: { DATABASE_URL: 'postgres://u@db.prod.internal/shop' }, resource: 'shop', environment: 'db.prod.internal' },
          { argv: ['python3', 'manage.py', 'reset_db', '--settings=shop.settings.production'], resource: 'DATABASES.default', environment: 'shop.settings.production' },
          { argv: ['django-admin', 'flush', '--database', 'analytics'], env: { DJANGO_SETTINGS_MODULE: 'shop.settings.staging' }, resource: 'DATABASES.analytics', environment: 'shop.settings.staging' },
          { argv: ['python', '-W', 'ignore', 'manage.py', 'flush'], resource: 'DATABASES.default', environment: 'unknown' },
        ],
        benign: [
          { argv: ['python', 'manage.py', 'migrate'] },
          { argv: ['python', 'manage.py', 'sqlflush'] },
          { argv: ['python', 'flush.py'] },
          { argv: ['python3', '-c', 'print("flush")'] },
          { argv: ['python', 'manage.py', 'flush', '--help'] },
        ],
      },
    },
  ],
});
