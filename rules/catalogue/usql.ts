import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked in xo/usql run.go at f7d0fbe: `-c/--command` and `-f/--file` (commands from a file; now read and judged).
export default (): CatalogueTool => ({
  tool: 'usql',
  commands: ['usql'],
  docs: 'https://github.com/xo/usql#usage',
  valueFlags: [
    '-o',
    '--out',
    '-U',
    '--username',
    '-P',
    '--set',
    '-v',
    '--variable',
    '-F',
    '--field-separator',
    '-R',
    '--record-separator',
  ],
  environment: {
    positional: 0,
    kind: 'db-uri',
  },
  operations: [
    {
      id: 'usql/sql',
      summary: 'usql URL -c "SQL": DROP, TRUNCATE, DELETE/UPDATE without WHERE (through the SQL analysis)',
      message: 'The SQL destroys {{resource}} in {{environment}}.',
      rationale: 'usql sends the statement to whatever database the URL names, in autocommit mode.',
      safer: 'Run it inside BEGIN … ROLLBACK first, or back the table up.',
      undo: 'no undo unless the database keeps backups or point-in-time recovery',
      when: {},
      sql: {
        flag: ['-c', '--command'],
        file: ['-f', '--file'],
        dialect: 'postgres',
      },
      resource: {
        value: 'sql',
      },
      examples: {
        destructive: [
          {
            argv: ['usql', 'pg://prod-db/app', '-c', 'truncate table orders'],
            resource: 'orders',
            environment: 'pg://prod-db/app',
          },
          {
            argv: ['usql', 'my://root@db/shop', '--command', 'DROP TABLE carts'],
            resource: 'carts',
            environment: 'my://root@db/shop',
          },
          {
            argv: ['usql', 'sqlite:app.db', '-c', 'DELETE FROM users'],
            resource: 'users',
            environment: 'sqlite:app.db',
          },
        ],
        benign: [
          {
            argv: ['usql', 'pg://prod-db/app', '-c', 'select 1'],
          },
          {
            argv: ['usql', 'pg://prod-db/app'],
          },
          {
            argv: ['usql', 'pg://prod-db/app', '-c', '\\dt'],
          },
        ],
      },
    },
  ],
});
