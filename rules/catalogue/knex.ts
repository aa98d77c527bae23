import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

export default (): CatalogueTool => ({
  tool: 'knex',
  commands: ['knex'],
  docs: 'https://knexjs.org/guide/migrations.html#migration-cli',
  valueFlags: ['--knexfile', '--cwd', '--client', '--connection', '--migrations-directory', '--specific'],
  environment: {
    flag: '--env',
    envVar: 'NODE_ENV',
    kind: 'other',
  },
  operations: [
    {
      id: 'knex/rollback',
      summary:
        'knex migrate:rollback (--all) / migrate:down: run down migrations (they drop what the up migrations created)',
      message: 'Runs down migrations against {{environment}} ({{resource}}).',
      rationale: 'Down migrations usually drop tables and columns; --all reverts every batch.',
      safer: 'Back up first; roll back one step on staging and read the down functions.',
      undo: 'running the migrations again recreates the schema, not the data',
      when: {
        args: [['migrate:rollback', 'migrate:down']],
      },
      resource: {
        value: 'the schema of the last batch',
      },
      examples: {
        destructive: [
          {
            argv: ['knex', 'migrate:rollback', '--all'],
            resource: 'the schema of the last batch',
            environment: 'unknown',
          },
          {
            argv: ['knex', 'migrate:rollback', '--env', 'production'],
            resource: 'the schema of the last batch',
            environment: 'production',
          },
          {
            argv: ['knex', 'migrate:down'],
            resource: 'the schema of the last batch',
            environment: 'production',
            env: {
              NODE_ENV: 'production',
            },
          },
        ],
        benign: [
          {
            argv: ['knex', 'migrate:latest'],
          },
          {
            argv: ['knex', 'migrate:status'],
          },
          {
            argv: ['knex', 'migrate:make', 'add_users'],
          },
        ],
      },
    },
  ],
});
