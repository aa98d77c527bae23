import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

export default (): CatalogueTool => ({
  tool: 'liquibase',
  commands: ['liquibase'],
  docs: 'https://docs.liquibase.com/commands/home.html',
  valueFlags: ['--username', '--password', '--changelog-file', '--count', '--tag', '--defaults-file'],
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
  ],
});
