import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// mycli's options (click): -h/--hostname (MYSQL_HOST), -P port, -u user, -S socket, -p password,
// -D/--database, -d DSN, -e/--execute SQL, --init-command SQL, [DATABASE]; batch mode reads SQL from
// standard input (checked in dbcli/mycli mycli/main.py at c4b2d16).
export default (): CatalogueTool => ({
  tool: 'mycli',
  commands: ['mycli'],
  docs: 'https://www.mycli.net/docs (options from https://github.com/dbcli/mycli/blob/main/mycli/main.py)',
  valueFlags: [
    '-P',
    '--port',
    '-u',
    '--user',
    '-S',
    '--socket',
    '-p',
    '--password',
    '--pass',
    '-D',
    '--database',
    '-d',
    '--dsn',
    '-g',
    '--login-path',
    '-R',
    '--prompt',
    '-l',
    '--logfile',
    '--defaults-file',
    '--defaults-group-suffix',
    '--charset',
    '--character-set',
    '--ssl-ca',
    '--ssl-cert',
    '--ssl-key',
  ],
  environment: {
    flag: ['-h', '--hostname', '--host'],
    envVar: ['MYSQL_HOST', 'DATABASE_URL'],
    positional: 0,
    kind: 'db-host',
  },
  operations: [
    {
      id: 'mycli/sql',
      summary:
        'mycli -e "SQL" (or SQL on standard input): DROP, TRUNCATE, DELETE/UPDATE without WHERE (through the SQL analysis)',
      message: 'The SQL destroys {{resource}} on the MySQL server {{environment}}.',
      rationale:
        "mycli runs the statement in autocommit mode; MySQL's DROP and TRUNCATE commit implicitly, so nothing rolls them back.",
      safer: 'Take a mysqldump of the table first, or run DML inside START TRANSACTION … ROLLBACK.',
      undo: 'no undo unless the server keeps backups or binary logs to replay',
      when: {},
      sql: {
        flag: ['-e', '--execute', '--init-command'],
        dialect: 'mysql',
        stdin: true,
      },
      resource: {
        value: 'sql',
      },
      examples: {
        destructive: [
          {
            argv: ['mycli', '-h', 'mysql-prod', '-D', 'shop', '-e', 'DROP TABLE carts'],
            resource: 'carts',
            environment: 'mysql-prod',
          },
          {
            argv: ['mycli', 'mysql://root@db.internal:3306/app', '--execute', 'TRUNCATE TABLE events'],
            resource: 'events',
            environment: 'mysql://root@db.internal:3306/app',
          },
          {
            argv: ['mycli', '-h', 'db.stage', 'shop'],
            stdin: 'DELETE FROM orders;\n',
            resource: 'orders',
            environment: 'db.stage',
          },
        ],
        benign: [
          {
            argv: ['mycli', '-h', 'mysql-prod', 'shop'],
          },
          {
            argv: ['mycli', '-h', 'mysql-prod', '-e', 'SELECT COUNT(*) FROM carts'],
          },
          {
            argv: ['mycli', 'shop'],
            stdin: "UPDATE carts SET status = 'closed' WHERE id = 7;\n",
          },
        ],
      },
    },
  ],
});
