import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked in planetscale/cli internal/cmd at 1200007: database|branch|backup|password|role delete exist; there is
// no `keyspace delete` (listed before, removed).
export default (): CatalogueTool => ({
  tool: 'pscale',
  commands: ['pscale'],
  docs: 'https://planetscale.com/docs/reference/planetscale-cli',
  valueFlags: ['--org', '--format', '-f', '--service-token', '--service-token-id'],
  environment: {
    flag: '--org',
    envVar: 'PLANETSCALE_ORG',
    kind: 'other',
  },
  operations: [
    {
      id: 'pscale/delete',
      summary: 'pscale database / branch / backup / password delete: delete a PlanetScale database, branch or backup',
      message: 'Deletes the PlanetScale {{resource}} (organisation {{environment}}).',
      rationale: 'Deleting a database removes every branch and backup; --force skips the prompt.',
      safer: 'Turn on safe migrations and deletion protection; take a backup (`pscale backup create DB BRANCH`).',
      undo: 'no undo for a deleted database; a deleted branch can be restored from a backup',
      when: {
        args: [['database', 'db', 'branch', 'backup', 'password', 'role'], 'delete', '*'],
      },
      resource: {
        positional: 2,
      },
      examples: {
        destructive: [
          {
            argv: ['pscale', 'database', 'delete', 'acme-prod', '--force'],
            resource: 'acme-prod',
            environment: 'unknown',
          },
          {
            argv: ['pscale', 'branch', 'delete', 'acme', 'main', '--org', 'acme-inc'],
            resource: 'acme',
            environment: 'acme-inc',
          },
          {
            argv: ['pscale', 'backup', 'delete', 'acme', 'main', '2024-01-01'],
            resource: 'acme',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['pscale', 'database', 'list'],
          },
          {
            argv: ['pscale', 'branch', 'list', 'acme'],
          },
          {
            argv: ['pscale', 'backup', 'create', 'acme', 'main'],
          },
        ],
      },
    },
  ],
});
