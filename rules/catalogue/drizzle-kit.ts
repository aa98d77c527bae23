import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

export default (): CatalogueTool => ({
  tool: 'drizzle-kit',
  commands: ['drizzle-kit'],
  docs: 'https://orm.drizzle.team/docs/drizzle-kit-push',
  valueFlags: ['--config', '--dialect', '--schema', '--url', '--out'],
  environment: {
    flag: '--url',
    envVar: 'DATABASE_URL',
    kind: 'db-uri',
  },
  operations: [
    {
      id: 'drizzle-kit/push-force',
      summary: 'drizzle-kit push --force: apply schema changes, data-loss statements included, without asking',
      message: 'Pushes the schema to {{environment}}, dropping what the schema no longer has ({{resource}}).',
      rationale:
        'push diffs the schema against the live database; --force accepts the data-loss statements (dropped columns and tables) without the prompt.',
      safer:
        'Generate a migration instead (`drizzle-kit generate`) and read it; or push without --force and read the prompt.',
      undo: 'no undo without a backup',
      when: {
        args: ['push'],
        flags: [['--force']],
      },
      resource: {
        value: 'tables and columns missing from the schema',
      },
      examples: {
        destructive: [
          {
            argv: ['drizzle-kit', 'push', '--force'],
            resource: 'tables and columns missing from the schema',
            environment: 'unknown',
          },
          {
            argv: ['drizzle-kit', 'push', '--force', '--url', 'postgres://app@db.prod/app'],
            resource: 'tables and columns missing from the schema',
            environment: 'postgres://app@db.prod/app',
          },
          {
            argv: ['drizzle-kit', 'push', '--config', 'drizzle.prod.ts', '--force'],
            resource: 'tables and columns missing from the schema',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['drizzle-kit', 'generate'],
          },
          {
            argv: ['drizzle-kit', 'push'],
          },
          {
            argv: ['drizzle-kit', 'studio'],
          },
        ],
      },
    },
    {
      id: 'drizzle-kit/drop',
      summary: 'drizzle-kit drop: delete a generated migration file and its snapshot (the database is not touched)',
      message: 'Deletes the migration {{resource}} from the project ({{environment}}).',
      rationale: 'The migration file and its snapshot are removed; the database keeps what it applied.',
      safer: 'Write a new migration that reverses the change instead.',
      undo: 'the files come back from git',
      when: {
        args: ['drop'],
      },
      resource: {
        value: 'a migration',
      },
      examples: {
        destructive: [
          {
            argv: ['drizzle-kit', 'drop'],
            resource: 'a migration',
            environment: 'unknown',
          },
          {
            argv: ['drizzle-kit', 'drop', '--config', 'drizzle.config.ts'],
            resource: 'a migration',
            environment: 'unknown',
          },
          {
            argv: ['drizzle-kit', 'drop', '--out', './drizzle'],
            resource: 'a migration',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['drizzle-kit', 'check'],
          },
          {
            argv: ['drizzle-kit', 'up'],
          },
          {
            argv: ['drizzle-kit', 'migrate'],
          },
        ],
      },
    },
  ],
});
