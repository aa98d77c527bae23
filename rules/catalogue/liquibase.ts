import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked in liquibase/liquibase liquibase-standard/src/main/java/liquibase/command/core/ (DropAllCommandStep,
// Rollback*CommandStep, ExecuteSqlCommandStep: executeSql with --sql, --sql-file, added); each command name is also
// accepted in kebab case; rollbackOneUpdate from the v3.8.7 release notes; rollback-one-changeset from docs.liquibase.com.
export default (): CatalogueTool => ({
  tool: 'liquibase',
  commands: ['liquibase'],
  docs: 'https://docs.liquibase.com/commands/home.html',
  valueFlags: [
    '--username',
    '--password',
    '--changelog-file',
    '--changeLogFile',
    '--count',
    '--tag',
    '--date',
    '--defaults-file',
    '--defaultsFile',
  ],
  environment: {
    flag: '--url',
    envVar: 'LIQUIBASE_COMMAND_URL',
    kind: 'db-uri',
  },
  operations: [
    {
      id: 'liquibase/drop-all',
      summary: 'liquibase drop-all / dropAll / rollback* : drop every object or roll changesets back',
      message: 'Changes {{environment}}: {{resource}}.',
      rationale: 'drop-all drops every database object the user owns; rollback runs rollback changesets.',
      safer: 'Preview with `rollback-sql` / `update-sql`; take a backup.',
      undo: 'no undo without a backup',
      when: {
        args: [
          [
            'drop-all',
            'dropAll',
            'rollback',
            'rollback-count',
            'rollbackCount',
            'rollback-to-date',
            'rollbackToDate',
            'rollback-one-changeset',
            'rollbackOneChangeSet',
            'rollback-one-update',
            'rollbackOneUpdate',
          ],
        ],
      },
      resource: {
        positional: 0,
      },
      examples: {
        destructive: [
          {
            argv: ['liquibase', 'drop-all'],
            resource: 'drop-all',
            environment: 'unknown',
          },
          {
            argv: ['liquibase', '--url=jdbc:postgresql://db.prod/app', 'dropAll'],
            resource: 'dropAll',
            environment: 'jdbc:postgresql://db.prod/app',
          },
          {
            argv: ['liquibase', 'rollback-count', '--count', '3'],
            resource: 'rollback-count',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['liquibase', 'update'],
          },
          {
            argv: ['liquibase', 'status'],
          },
          {
            argv: ['liquibase', 'rollback-count-sql', '--count', '3'],
          },
        ],
      },
    },
    {
      id: 'liquibase/execute-sql',
      summary:
        'liquibase execute-sql --sql / --sql-file: DROP, TRUNCATE, DELETE/UPDATE without WHERE (through the SQL analysis)',
      message: 'The SQL given to liquibase execute-sql destroys {{resource}} in {{environment}}.',
      rationale:
        'execute-sql runs the statements directly, outside any changelog: there is no rollback changeset for them.',
      safer: 'Put the change in a changeset with a rollback, and preview it with update-sql.',
      undo: 'no undo unless the database keeps backups or point-in-time recovery',
      when: {
        args: [['execute-sql', 'executeSql']],
      },
      sql: {
        flag: '--sql',
        file: ['--sql-file', '--sqlFile'],
      },
      resource: {
        value: 'sql',
      },
      examples: {
        destructive: [
          {
            argv: ['liquibase', 'execute-sql', '--sql', 'DROP TABLE customers'],
            resource: 'customers',
            environment: 'unknown',
          },
          {
            argv: ['liquibase', '--url=jdbc:postgresql://db.prod/app', 'executeSql', '--sql=TRUNCATE orders'],
            resource: 'orders',
            environment: 'jdbc:postgresql://db.prod/app',
          },
          {
            argv: ['liquibase', 'execute-sql', '--sql', 'DELETE FROM audit_log'],
            resource: 'audit_log',
            environment: 'jdbc:mysql://db/app',
            env: {
              LIQUIBASE_COMMAND_URL: 'jdbc:mysql://db/app',
            },
          },
        ],
        benign: [
          {
            argv: ['liquibase', 'execute-sql', '--sql', 'SELECT count(*) FROM customers'],
          },
          {
            argv: ['liquibase', 'update-sql'],
          },
          {
            argv: ['liquibase', 'execute-sql', '--sql', 'DELETE FROM sessions WHERE expires_at < now()'],
          },
        ],
      },
    },
  ],
});
