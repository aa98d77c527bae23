import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked in knex/knex at e25d54bcb: bin/cli.js (migrate:rollback [--all], migrate:down; global --knexpath,
// --migrations-table-name, --env take a value) and lib/migrations/seed/stub/js.stub (the generated seed starts with
// `knex('table_name').del()`, so seed:run is added).
export default (): CatalogueTool => ({
  tool: 'knex',
  commands: ['knex'],
  docs: 'https://knexjs.org/guide/migrations.html#migration-cli',
  valueFlags: [
    '--knexfile',
    '--knexpath',
    '--cwd',
    '--client',
    '--connection',
    '--migrations-directory',
    '--migrations-table-name',
    '--specific',
  ],
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
    {
      id: 'knex/seed-run',
      summary: "knex seed:run: run the seed files, which by knex's own template delete every row first",
      message:
        'Runs the knex seed files against {{environment}}; the generated seed deletes ALL existing rows of its table before inserting.',
      rationale:
        "knex's seed template begins with `knex('table_name').del()`: seeding a production database empties the seeded tables.",
      safer: 'Read the seed files (seeds/) first, and run them against a development database only.',
      undo: 'no undo unless the database was backed up first',
      when: {
        args: ['seed:run'],
      },
      resource: {
        value: 'the tables the seed files empty and refill',
      },
      examples: {
        destructive: [
          {
            argv: ['knex', 'seed:run', '--env', 'production'],
            resource: 'the tables the seed files empty and refill',
            environment: 'production',
          },
          {
            argv: ['knex', '--knexfile', 'db/knexfile.js', 'seed:run', '--specific', '01_users.js'],
            resource: 'the tables the seed files empty and refill',
            environment: 'unknown',
          },
          {
            argv: ['knex', 'seed:run'],
            resource: 'the tables the seed files empty and refill',
            environment: 'production',
            env: {
              NODE_ENV: 'production',
            },
          },
        ],
        benign: [
          {
            argv: ['knex', 'seed:make', '01_users'],
          },
          {
            argv: ['knex', 'migrate:list'],
          },
          {
            argv: ['knex', 'migrate:latest', '--env', 'production'],
          },
        ],
      },
    },
  ],
});
