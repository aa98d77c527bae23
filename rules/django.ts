import { definePack } from '../src/core/rule.js';
import { hasOption } from '../src/core/argv/parse-options.js';
import { type DjangoParsed, parseDjango, djangoTarget } from '../src/core/tools/django/parse-django.js';

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
      rationale:
        "flush removes every row from every table; reset_db (django-extensions) drops the database itself; --noinput skips Django's prompt.",
      safer: 'Check DJANGO_SETTINGS_MODULE and DATABASE_URL; dump the data first (`manage.py dumpdata`).',
      match: (p, ctx) => {
        if (!p.command || !['flush', 'reset_db'].includes(p.command) || hasOption(p.args, 'help')) return null;
        return {
          resource: djangoTarget(p, ctx).database,
          details: [`command: ${p.command}`],
          warnings: hasOption(p.args, 'noinput') ? ["--noinput skips Django's own prompt"] : [],
        };
      },
      examples: {
        destructive: [
          {
            argv: ['python', 'manage.py', 'flush', '--noinput'],
            env: { DATABASE_URL: 'postgres://u@db.prod.internal/shop' },
            resource: 'shop',
            environment: 'db.prod.internal',
          },
          {
            argv: ['python3', 'manage.py', 'reset_db', '--settings=shop.settings.production'],
            resource: 'DATABASES.default',
            environment: 'shop.settings.production',
          },
          {
            argv: ['django-admin', 'flush', '--database', 'analytics'],
            env: { DJANGO_SETTINGS_MODULE: 'shop.settings.staging' },
            resource: 'DATABASES.analytics',
            environment: 'shop.settings.staging',
          },
          {
            argv: ['python', '-W', 'ignore', 'manage.py', 'flush'],
            resource: 'DATABASES.default',
            environment: 'unknown',
          },
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
