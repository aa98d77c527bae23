import { resolveEnvironment } from '../src/core/environment.js';
import { definePack } from '../src/core/rule.js';
import { parsePgTool, type PgToolParsed } from '../src/core/tools/psql/parse-pg-tools.js';

const matchVictim = (command: PgToolParsed['command']) => (p: PgToolParsed) =>
  p.command === command && p.victim !== undefined
    ? { resource: p.victim, details: p.details, warnings: p.warnings }
    : null;

export const postgresToolsPack = definePack<PgToolParsed>({
  tool: 'postgres-tools',
  commands: ['dropdb', 'pg_restore'],
  // dropdb always destroys and pg_restore shares this shim's pre-filter: only --version/--help are cleared.
  prefilter: { always: true, clears: ['--version', '-V', '--help', '-?'] },
  parse: parsePgTool,
  environment: (parsed, ctx) => resolveEnvironment(parsed.signals, ctx),
  rules: [
    {
      id: 'postgres-tools/dropdb',
      summary: 'dropdb DBNAME: drops a whole PostgreSQL database',
      message: 'dropdb removes the database {{resource}} on {{environment}} with every table and row in it.',
      rationale: 'dropdb has no confirmation unless -i is given; the database is gone the moment it returns.',
      safer:
        'Dump it first (pg_dump -Fc DBNAME > DBNAME.dump), or rename it (ALTER DATABASE … RENAME TO …) and drop it later.',
      match: matchVictim('dropdb'),
      examples: {
        destructive: [
          { argv: ['dropdb', '-h', 'db.prod.internal', 'app'], resource: 'app', environment: 'db.prod.internal' },
          {
            argv: ['dropdb', 'app_production', '--if-exists', '-f'],
            resource: 'app_production',
            environment: 'localhost',
          },
          {
            argv: ['dropdb', '--maintenance-db=postgresql://admin@10.0.0.5/postgres', 'shop'],
            resource: 'shop',
            environment: '10.0.0.5',
          },
          {
            argv: ['dropdb', '-i', 'scratch'],
            env: { PGHOST: 'staging-db' },
            resource: 'scratch',
            environment: 'staging-db',
          },
        ],
        benign: [{ argv: ['dropdb', '--help'] }, { argv: ['dropdb', '--version'] }, { argv: ['dropdb', '-V'] }],
      },
    },
    {
      id: 'postgres-tools/pg-restore-clean',
      summary: 'pg_restore --clean (and --create) into a database',
      message: 'pg_restore --clean drops {{resource}} on {{environment}} before restoring the archive over it.',
      rationale:
        'With --clean, every object in the archive is dropped first; with --create the whole database named in the archive is dropped and recreated. A wrong or old archive replaces live data.',
      safer: 'Restore into a new database (createdb NEW; pg_restore -d NEW ARCHIVE) and switch over after checking it.',
      match: matchVictim('pg_restore'),
      examples: {
        destructive: [
          {
            argv: ['pg_restore', '--clean', '-d', 'app', '-h', 'db.prod.internal', 'backup.dump'],
            resource: 'app',
            environment: 'db.prod.internal',
          },
          {
            argv: ['pg_restore', '-c', '--if-exists', '-d', 'postgresql://u@localhost/shop', 'shop.dump'],
            resource: 'shop',
          },
          {
            argv: ['pg_restore', '-cC', '-d', 'postgres', 'app.dump'],
            probes: {
              'pg_restore -l app.dump': {
                code: 0,
                stdout: ';\n; Archive created at 2026-01-01\n;     dbname: app_live\n',
              },
            },
            resource: 'app_live',
          },
          {
            argv: ['pg_restore', '--clean', '--create', '--dbname=postgres', 'x.dump'],
            resource: 'database-in-x.dump',
          },
        ],
        benign: [
          { argv: ['pg_restore', '-l', 'backup.dump'] },
          { argv: ['pg_restore', '--clean', '-f', 'restore.sql', 'backup.dump'] },
          { argv: ['pg_restore', '-d', 'fresh_db', 'backup.dump'] },
          { argv: ['pg_restore', '--create', '-d', 'postgres', 'backup.dump'] },
        ],
      },
    },
  ],
});
