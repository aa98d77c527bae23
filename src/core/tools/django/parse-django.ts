// `python manage.py CMD` / `django-admin CMD` / `python -m django CMD` and the database it touches.
import { optionValue, parseOptions, type ParsedArgs } from '../../argv/parse-options.js';
import { isProductionName, resolveEnvironment, type EnvironmentSignal } from '../../environment.js';
import { cautiousOrder, databaseUrlSignal, present } from '../framework/framework-signals.js';
import type { Context, Environment } from '../../types.js';

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

export interface DjangoParsed {
  /** The management command (`flush`), when the call runs manage.py / django-admin. */
  command?: string;
  args: ParsedArgs;
}

export function parseDjango(argv: readonly string[]): DjangoParsed {
  let i = 0;
  while (i < argv.length && (argv[i] as string).startsWith('-') && argv[i] !== '-m')
    i += PY_VALUED.has(argv[i] as string) ? 2 : 1;
  let rest: readonly string[];
  if (argv[i] === '-m' && argv[i + 1] === 'django') rest = argv.slice(i + 2);
  else if (/(^|\/)manage\.py$/.test(argv[i] ?? '')) rest = argv.slice(i + 1);
  else if (i === 0 && argv[0] !== undefined && !argv[0].startsWith('-') && !argv[0].endsWith('.py'))
    rest = argv; // django-admin COMMAND
  else rest = [];
  const args = parseOptions(rest, SPECS, { style: 'gnu' });
  return { command: args.positionals[0], args };
}

export function djangoTarget(p: DjangoParsed, ctx: Context): { environment: Environment; database: string } {
  const flag = optionValue(p.args, 'settings');
  const settings: EnvironmentSignal | undefined = flag
    ? { kind: 'other', value: flag, source: 'flag', detail: `--settings ${flag}` }
    : ctx.env.DJANGO_SETTINGS_MODULE
      ? {
          kind: 'other',
          value: ctx.env.DJANGO_SETTINGS_MODULE,
          source: 'env',
          detail: `DJANGO_SETTINGS_MODULE=${ctx.env.DJANGO_SETTINGS_MODULE}`,
        }
      : undefined;
  const db = databaseUrlSignal(ctx, ['.env']);
  const environment = resolveEnvironment(
    cautiousOrder(present(db?.signal, settings), (n) => isProductionName(n, ctx)),
    ctx,
    'no --settings, DJANGO_SETTINGS_MODULE or DATABASE_URL names the target',
  );
  const alias = optionValue(p.args, 'database') ?? 'default';
  return { environment, database: db && alias === 'default' ? db.target.database : `DATABASES.${alias}` };
}
