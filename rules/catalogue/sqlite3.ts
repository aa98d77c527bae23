import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked against sqlite3(1) (manpages.ubuntu.com jammy) and sqlite.org/cli.html: options (-cmd, -init FILE, -mmap N, -nonce, -vfs, ...) and the shell's .help
// (.restore ?DB? FILE replaces the database's content; .shell/.system run a command); -init's file is read and judged.
export default (): CatalogueTool => ({
  tool: 'sqlite3',
  commands: ['sqlite3', 'litecli'],
  docs: 'https://sqlite.org/cli.html',
  style: 'go',
  valueFlags: [
    '-cmd',
    '-separator',
    '-newline',
    '-nullvalue',
    '-init',
    '-vfs',
    '-maxsize',
    '-escape',
    '-mmap',
    '-heap',
    '-nonce',
  ],
  environment: {
    positional: 0,
    kind: 'db-name',
  },
  operations: [
    {
      id: 'sqlite3/shell-escape',
      summary: 'sqlite3 .shell / .system: run a shell command from inside sqlite3',
      message: 'sqlite3 would run the shell command `{{resource}}`, which guard cannot judge from here.',
      rationale:
        'The dot-commands .shell and .system hand their text to the shell; anything can run, hidden inside a database command.',
      safer: 'Run the shell command on its own line, where guard judges it.',
      undo: 'depends on the command run',
      when: {
        anyArg: ['.shell*', '.system*'],
      },
      resource: {
        positional: -1,
      },
      examples: {
        destructive: [
          {
            argv: ['sqlite3', 'data/prod.db', '.shell rm -rf /var/lib/app'],
            resource: '.shell rm -rf /var/lib/app',
            environment: 'data/prod.db',
          },
          {
            argv: ['sqlite3', 'app.db', '.system curl -X DELETE https://api.example.com/x'],
            resource: '.system curl -X DELETE https://api.example.com/x',
            environment: 'app.db',
          },
          {
            argv: ['sqlite3', '-cmd', '.shell dropdb app', 'app.db'],
            resource: 'app.db',
            environment: 'app.db',
            note: 'the dot-command hides in -cmd',
          },
        ],
        benign: [
          {
            argv: ['sqlite3', 'app.db', '.schema users'],
          },
          {
            argv: ['sqlite3', 'app.db', '.dump'],
          },
          {
            argv: ['sqlite3', 'app.db', "SELECT '.shell'"],
          },
        ],
      },
    },
    {
      id: 'sqlite3/restore',
      summary: "sqlite3 .restore ?DB? FILE: replace the database's content with a backup file",
      message: 'sqlite3 would overwrite every table of {{environment}} with the content of {{resource}}.',
      rationale:
        '.restore copies the backup over the open database page by page; what was written since that backup is gone.',
      safer: 'Copy the current file first (`sqlite3 FILE ".backup before-restore.db"`).',
      undo: 'no undo unless the database file was copied first',
      when: {
        anyArg: ['.restore*'],
      },
      resource: {
        positional: -1,
      },
      examples: {
        destructive: [
          {
            argv: ['sqlite3', 'data/prod.db', '.restore backups/2023.db'],
            resource: '.restore backups/2023.db',
            environment: 'data/prod.db',
          },
          {
            argv: ['sqlite3', 'app.db', '.restore main old.db'],
            resource: '.restore main old.db',
            environment: 'app.db',
          },
          {
            argv: ['sqlite3', '-cmd', '.restore old.db', 'app.db'],
            resource: 'app.db',
            environment: 'app.db',
            note: 'the dot-command hides in -cmd',
          },
        ],
        benign: [
          {
            argv: ['sqlite3', 'data/prod.db', '.backup backups/today.db'],
          },
          {
            argv: ['sqlite3', 'app.db', '.tables'],
          },
          {
            argv: ['sqlite3', 'app.db', "SELECT '.restore'"],
          },
        ],
      },
    },
    {
      id: 'sqlite3/sql',
      summary: 'sqlite3 FILE "SQL": DROP, TRUNCATE-like DELETE, UPDATE without WHERE (through the SQL analysis)',
      message: 'The SQL given to sqlite3 destroys {{resource}} in the database file {{environment}}.',
      rationale: 'sqlite3 runs each statement at once in autocommit mode; a DELETE without WHERE empties the table.',
      safer:
        'Copy the file first (`sqlite3 FILE ".backup before.db"`), or run the statement inside BEGIN … ROLLBACK to see what it touches.',
      undo: 'no undo unless the database file was copied first',
      when: {
        args: ['*'],
      },
      sql: {
        positional: 1,
        flag: '-cmd',
        file: '-init',
        stdin: true,
      },
      resource: {
        positional: 1,
      },
      examples: {
        destructive: [
          {
            argv: ['sqlite3', 'db/production.sqlite3', 'DELETE FROM orders;'],
            resource: 'orders',
            environment: 'db/production.sqlite3',
          },
          {
            argv: ['sqlite3', 'app.db', 'DROP TABLE users'],
            resource: 'users',
            environment: 'app.db',
          },
          {
            argv: ['sqlite3', '-bail', 'data.db', 'UPDATE accounts SET balance = 0'],
            resource: 'accounts',
            environment: 'data.db',
          },
          {
            argv: ['sqlite3', 'app.db'],
            resource: 'users',
            environment: 'app.db',
            note: 'the SQL arrives on standard input',
            stdin: 'DELETE FROM users;\n',
          },
        ],
        benign: [
          {
            argv: ['sqlite3', 'db/production.sqlite3', 'SELECT count(*) FROM orders;'],
          },
          {
            argv: ['sqlite3', 'app.db', '.tables'],
          },
          {
            argv: ['sqlite3', 'app.db', 'DELETE FROM sessions WHERE expires < 0'],
          },
        ],
      },
    },
  ],
});
