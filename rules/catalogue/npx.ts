import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

export default (): CatalogueTool => ({
  tool: 'npx',
  commands: ['npx', 'pnpx', 'pnpm', 'yarn', 'bunx', 'bun', 'npm'],
  docs: 'https://docs.npmjs.com/cli/commands/npx',
  valueFlags: ['-p', '--package', '-c', '--call'],
  environment: {
    envVar: ['DATABASE_URL', 'NODE_ENV'],
    kind: 'db-uri',
  },
  operations: [
    {
      id: 'npx/schema-tools',
      summary:
        'npx drizzle-kit push --force, knex migrate:rollback, typeorm schema:drop …: schema tools run through a JavaScript package runner',
      message: 'Runs {{resource}} against {{environment}}.',
      rationale:
        'The same destructive schema commands as drizzle-kit, knex and typeorm called directly: tables and columns are dropped.',
      safer: 'Generate a migration and read it; back the database up first.',
      undo: 'no undo without a backup',
      when: {
        args: [
          ['drizzle-kit', 'knex', 'typeorm', 'typeorm-ts-node-commonjs', 'typeorm-ts-node-esm'],
          ['push', 'drop', 'migrate:rollback', 'migrate:down', 'schema:drop', 'migration:revert', 'schema:sync'],
        ],
        except: [
          {
            args: ['drizzle-kit', 'push'],
            reason: 'without --force drizzle-kit asks before data-loss statements (the next exception keeps --force)',
          },
        ],
      },
      resource: {
        positional: 1,
      },
      examples: {
        destructive: [
          {
            argv: ['npx', 'drizzle-kit', 'drop'],
            resource: 'drop',
            environment: 'unknown',
          },
          {
            argv: ['npx', 'knex', 'migrate:rollback', '--all'],
            resource: 'migrate:rollback',
            environment: 'unknown',
          },
          {
            argv: ['pnpm', 'typeorm', 'schema:drop', '-d', 'src/ds.ts'],
            resource: 'schema:drop',
            environment: 'postgres://db.prod/app',
            env: {
              DATABASE_URL: 'postgres://db.prod/app',
            },
          },
        ],
        benign: [
          {
            argv: ['npx', 'drizzle-kit', 'generate'],
          },
          {
            argv: ['npx', 'knex', 'migrate:latest'],
          },
          {
            argv: ['npx', 'typeorm', 'migration:run', '-d', 'src/ds.ts'],
          },
        ],
      },
    },
    {
      id: 'npx/drizzle-push-force',
      summary: 'npx drizzle-kit push --force: apply data-loss schema changes without the prompt',
      message: 'Pushes the schema to {{environment}}, dropping what the schema no longer has ({{resource}}).',
      rationale: '--force accepts the data-loss statements (dropped columns and tables) without asking.',
      safer: 'Generate a migration instead (`drizzle-kit generate`) and read it.',
      undo: 'no undo without a backup',
      when: {
        args: ['drizzle-kit', 'push'],
        flags: [['--force']],
      },
      resource: {
        value: 'tables and columns missing from the schema',
      },
      examples: {
        destructive: [
          {
            argv: ['npx', 'drizzle-kit', 'push', '--force'],
            resource: 'tables and columns missing from the schema',
            environment: 'unknown',
          },
          {
            argv: ['pnpm', 'drizzle-kit', 'push', '--force'],
            resource: 'tables and columns missing from the schema',
            environment: 'unknown',
          },
          {
            argv: ['bunx', 'drizzle-kit', 'push', '--force', '--config', 'drizzle.prod.ts'],
            resource: 'tables and columns missing from the schema',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['npx', 'drizzle-kit', 'push'],
          },
          {
            argv: ['npx', 'drizzle-kit', 'studio'],
          },
          {
            argv: ['npx', 'drizzle-kit', 'check'],
          },
        ],
      },
    },
  ],
});
