import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked in neondatabase/neonctl src/commands at 0ba830b: projects|branches|databases|roles delete, branches
// reset|restore, and (added) `bucket delete NAME`, `bucket object delete TARGET`, `function(s) delete SLUG`.
export default (): CatalogueTool => ({
  tool: 'neonctl',
  commands: ['neonctl', 'neon'],
  docs: 'https://neon.com/docs/reference/neon-cli',
  valueFlags: ['--api-key', '--output', '-o', '--context-file', '--org-id', '--branch', '--parent'],
  environment: {
    flag: ['--project-id'],
    envVar: 'NEON_PROJECT_ID',
    kind: 'other',
  },
  operations: [
    {
      id: 'neonctl/projects-delete',
      summary: 'neonctl projects delete: delete a Neon project with every branch and database',
      message: 'Deletes the Neon project {{resource}}.',
      rationale: 'Every branch, database and role of the project goes.',
      safer: 'Create a branch snapshot elsewhere or pg_dump first.',
      undo: 'Neon keeps a deleted project recoverable for 7 days (POST /projects/ID/recover)',
      when: {
        args: [['projects', 'project'], 'delete', '*'],
      },
      resource: {
        positional: 2,
      },
      examples: {
        destructive: [
          {
            argv: ['neonctl', 'projects', 'delete', 'old-project'],
            resource: 'old-project',
            environment: 'unknown',
          },
          {
            argv: ['neon', 'projects', 'delete', 'autumn-river-12345'],
            resource: 'autumn-river-12345',
            environment: 'unknown',
          },
          {
            argv: ['neonctl', 'project', 'delete', 'prod-app', '--project-id', 'prod-app'],
            resource: 'prod-app',
            environment: 'prod-app',
          },
        ],
        benign: [
          {
            argv: ['neonctl', 'projects', 'list'],
          },
          {
            argv: ['neonctl', 'projects', 'get', 'old-project'],
          },
          {
            argv: ['neonctl', 'projects', 'create', '--name', 'new'],
          },
        ],
      },
    },
    {
      id: 'neonctl/branches-destroy',
      summary:
        "neonctl branches delete / reset / restore, databases delete, roles delete: delete or overwrite a branch's data",
      message: 'Deletes or overwrites {{resource}} in the Neon project {{environment}}.',
      rationale:
        "`branches reset` replaces the branch with its parent's state; delete removes the branch and its databases.",
      safer: 'Create a branch from the current state first (`neonctl branches create --parent BRANCH`).',
      undo: 'a deleted branch is recoverable for 7 days; a reset or restore keeps a backup branch only with --preserve-under-name',
      when: {
        args: [
          ['branches', 'branch', 'databases', 'database', 'db', 'roles', 'role', 'bucket', 'function', 'functions'],
          ['delete', 'reset', 'restore'],
          '*',
        ],
      },
      resource: {
        positional: 2,
      },
      examples: {
        destructive: [
          {
            argv: ['neonctl', 'branches', 'delete', 'main', '--project-id', 'autumn-river-12345'],
            resource: 'main',
            environment: 'autumn-river-12345',
          },
          {
            argv: ['neonctl', 'branches', 'reset', 'dev', '--parent'],
            resource: 'dev',
            environment: 'unknown',
          },
          {
            argv: ['neonctl', 'databases', 'delete', 'app', '--branch', 'main', '--project-id', 'prod-1'],
            resource: 'app',
            environment: 'prod-1',
          },
        ],
        benign: [
          {
            argv: ['neonctl', 'branches', 'list', '--project-id', 'autumn-river-12345'],
          },
          {
            argv: ['neonctl', 'branches', 'create', '--name', 'preview'],
          },
          {
            argv: ['neonctl', 'databases', 'list'],
          },
        ],
      },
    },
    {
      id: 'neonctl/bucket-object-delete',
      summary: 'neonctl bucket object delete BUCKET/PATH: delete an object, or every object under a prefix',
      message: 'Deletes {{resource}} from a Neon branch bucket ({{environment}}).',
      rationale: 'Every object under the prefix goes at once; neonctl does not ask.',
      safer: 'List first (`neonctl bucket object list TARGET`) and download what you need.',
      undo: 'no undo',
      when: {
        args: ['bucket', 'object', 'delete', '*'],
      },
      resource: {
        positional: 3,
      },
      examples: {
        destructive: [
          {
            argv: ['neonctl', 'bucket', 'object', 'delete', 'media/uploads/'],
            resource: 'media/uploads/',
            environment: 'unknown',
          },
          {
            argv: ['neonctl', 'bucket', 'object', 'delete', 'media/a.png', '--project-id', 'p-1'],
            resource: 'media/a.png',
            environment: 'p-1',
          },
          {
            argv: ['neon', 'bucket', 'object', 'delete', 'exports/'],
            resource: 'exports/',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['neonctl', 'bucket', 'object', 'list', 'media/'],
          },
          {
            argv: ['neonctl', 'bucket', 'list'],
          },
          {
            argv: ['neonctl', 'bucket', 'create', 'media'],
          },
        ],
      },
    },
  ],
});
