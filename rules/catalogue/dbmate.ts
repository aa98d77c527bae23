import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked in amacneil/dbmate main.go at f3e08f1: `drop`, `rollback` (alias `down`).
export default (): CatalogueTool => ({
  tool: 'dbmate',
  commands: ['dbmate'],
  docs: 'https://github.com/amacneil/dbmate#commands',
  valueFlags: ['--env', '-e', '--migrations-dir', '-d', '--schema-file', '-s'],
  environment: {
    flag: ['--url', '-u'],
    envVar: 'DATABASE_URL',
    kind: 'db-uri',
  },
  operations: [
    {
      id: 'dbmate/drop',
      summary: 'dbmate drop / rollback / down: drop the database or roll back a migration',
      message: '{{resource}} on {{environment}}.',
      rationale: 'drop drops the whole database; rollback runs the last down migration.',
      safer: 'Dump first (`dbmate dump`).',
      undo: 'no undo without a backup',
      when: {
        args: [['drop', 'rollback', 'down']],
      },
      resource: {
        positional: 0,
      },
      examples: {
        destructive: [
          {
            argv: ['dbmate', 'drop'],
            resource: 'drop',
            environment: 'unknown',
          },
          {
            argv: ['dbmate', '--url', 'postgres://db.prod/app', 'rollback'],
            resource: 'rollback',
            environment: 'postgres://db.prod/app',
          },
          {
            argv: ['dbmate', 'down'],
            resource: 'down',
            environment: 'mysql://db/app',
            env: {
              DATABASE_URL: 'mysql://db/app',
            },
          },
        ],
        benign: [
          {
            argv: ['dbmate', 'up'],
          },
          {
            argv: ['dbmate', 'status'],
          },
          {
            argv: ['dbmate', 'new', 'add_users'],
          },
        ],
      },
    },
  ],
});
