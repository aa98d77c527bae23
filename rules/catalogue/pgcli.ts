import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// pgcli's options (click): -h/--host, -p/--port, -U/--username, -u/--user, -d/--dbname, -D/--dsn,
// --init-command SQL, then [DBNAME] [USERNAME]; it has no -c of its own (checked in dbcli/pgcli
// pgcli/main.py at 13bd678), but `-c` is judged as SQL too: click rejects it, so catching it costs
// a confirmation of a command that would fail, never data.
export default (): CatalogueTool => ({
  tool: 'pgcli',
  commands: ['pgcli'],
  docs: 'https://www.pgcli.com/docs (options from https://github.com/dbcli/pgcli/blob/main/pgcli/main.py)',
  valueFlags: [
    '-p',
    '--port',
    '-U',
    '--username',
    '-u',
    '--user',
    '-d',
    '--dbname',
    '-D',
    '--dsn',
    '--pgclirc',
    '--row-limit',
    '--application-name',
    '--prompt',
    '--prompt-dsn',
    '--warn',
    '--ssh-tunnel',
    '--log-file',
  ],
  environment: {
    flag: ['-h', '--host'],
    envVar: ['PGHOST', 'DATABASE_URL'],
    positional: 0,
    kind: 'db-host',
  },
  operations: [
    {
      id: 'pgcli/sql',
      summary: 'pgcli --init-command "SQL": DROP, TRUNCATE, DELETE/UPDATE without WHERE (through the SQL analysis)',
      message: 'The SQL destroys {{resource}} on the PostgreSQL server {{environment}}.',
      rationale:
        'pgcli runs the init command as soon as it connects, in autocommit mode: there is no transaction to roll back.',
      safer: 'Run it inside BEGIN … ROLLBACK first, or take a pg_dump of the table.',
      undo: 'no undo unless the server keeps backups or point-in-time recovery',
      when: {},
      sql: {
        flag: ['--init-command', '-c', '--command'],
        dialect: 'postgres',
      },
      resource: {
        value: 'sql',
      },
      examples: {
        destructive: [
          {
            argv: ['pgcli', '-h', 'db.prod', '--init-command', 'DROP TABLE accounts'],
            resource: 'accounts',
            environment: 'db.prod',
          },
          {
            argv: ['pgcli', 'postgres://app@pg-main:5432/shop', '--init-command', 'truncate orders'],
            resource: 'orders',
            environment: 'postgres://app@pg-main:5432/shop',
          },
          {
            argv: ['pgcli', '-h', 'db.stage', '-c', 'DELETE FROM sessions'],
            resource: 'sessions',
            environment: 'db.stage',
          },
        ],
        benign: [
          {
            argv: ['pgcli', '-h', 'db.prod', 'app'],
          },
          {
            argv: ['pgcli', 'app', '--init-command', 'SET search_path TO reporting'],
          },
          {
            argv: ['pgcli', '-h', 'db.prod', '--init-command', 'DELETE FROM sessions WHERE expires_at < now()'],
          },
        ],
      },
    },
  ],
});
