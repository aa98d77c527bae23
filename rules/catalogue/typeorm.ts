import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked in typeorm/typeorm src/commands/ (SchemaDropCommand, SchemaSyncCommand, MigrationRevertCommand with
// -t/--transaction VALUE, QueryCommand: `query [query]` runs any SQL, added; yargs also accepts --data-source).
export default (): CatalogueTool => ({
  tool: 'typeorm',
  commands: ['typeorm', 'typeorm-ts-node-commonjs', 'typeorm-ts-node-esm'],
  docs: 'https://typeorm.io/docs/advanced-topics/using-cli',
  valueFlags: ['--dataSource', '--data-source', '-d', '-t', '--transaction'],
  environment: {
    envVar: ['TYPEORM_URL', 'DATABASE_URL'],
    kind: 'db-uri',
  },
  operations: [
    {
      id: 'typeorm/schema-drop',
      summary:
        'typeorm schema:drop / migration:revert / schema:sync: drop every table, revert a migration or sync with data loss',
      message: 'Changes the schema of {{environment}}: {{resource}}.',
      rationale:
        'schema:drop drops every table of the connection; schema:sync may drop columns; migration:revert runs a down migration.',
      safer: 'Generate a migration and read it (`typeorm migration:generate`).',
      undo: 'no undo without a backup',
      when: {
        args: [['schema:drop', 'migration:revert', 'schema:sync']],
      },
      resource: {
        positional: 0,
      },
      examples: {
        destructive: [
          {
            argv: ['typeorm', 'schema:drop', '-d', 'src/data-source.ts'],
            resource: 'schema:drop',
            environment: 'unknown',
          },
          {
            argv: ['typeorm', 'migration:revert', '-d', 'dist/ds.js'],
            resource: 'migration:revert',
            environment: 'unknown',
          },
          {
            argv: ['typeorm-ts-node-commonjs', 'schema:sync', '-d', 'src/ds.ts'],
            resource: 'schema:sync',
            environment: 'postgres://db.prod/app',
            env: {
              DATABASE_URL: 'postgres://db.prod/app',
            },
          },
        ],
        benign: [
          {
            argv: ['typeorm', 'migration:run', '-d', 'src/ds.ts'],
          },
          {
            argv: ['typeorm', 'migration:show', '-d', 'src/ds.ts'],
          },
          {
            argv: ['typeorm', 'migration:generate', '-d', 'src/ds.ts', 'src/migrations/x'],
          },
        ],
      },
    },
    {
      id: 'typeorm/query',
      summary: 'typeorm query "SQL": DROP, TRUNCATE, DELETE/UPDATE without WHERE (through the SQL analysis)',
      message: "The SQL given to typeorm query destroys {{resource}} in the data source's database ({{environment}}).",
      rationale:
        'typeorm query sends the statement straight to the database the data source names, outside any migration.',
      safer: 'Write a migration for it, or run the statement inside BEGIN … ROLLBACK first.',
      undo: 'no undo unless the database keeps backups or point-in-time recovery',
      when: {
        args: ['query'],
      },
      sql: {
        positional: 1,
      },
      resource: {
        value: 'sql',
      },
      examples: {
        destructive: [
          {
            argv: ['typeorm', 'query', 'DROP TABLE users', '-d', 'dist/data-source.js'],
            resource: 'users',
            environment: 'unknown',
          },
          {
            argv: ['typeorm-ts-node-esm', 'query', 'TRUNCATE orders', '--dataSource', 'src/ds.ts'],
            resource: 'orders',
            environment: 'unknown',
          },
          {
            argv: ['typeorm', 'query', 'DELETE FROM sessions', '-d', 'ds.js'],
            resource: 'sessions',
            environment: 'postgres://db.prod/app',
            env: {
              DATABASE_URL: 'postgres://db.prod/app',
            },
          },
        ],
        benign: [
          {
            argv: ['typeorm', 'query', 'SELECT count(*) FROM users', '-d', 'dist/data-source.js'],
          },
          {
            argv: ['typeorm', 'query', "UPDATE users SET name = 'x' WHERE id = 1", '-d', 'ds.js'],
          },
          {
            argv: ['typeorm', 'migration:show', '-d', 'ds.js'],
          },
        ],
      },
    },
  ],
});
