import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

export default (): CatalogueTool => ({
  tool: 'typeorm',
  commands: ['typeorm', 'typeorm-ts-node-commonjs', 'typeorm-ts-node-esm'],
  docs: 'https://typeorm.io/docs/advanced-topics/using-cli',
  valueFlags: ['--dataSource', '-d'],
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
  ],
});
