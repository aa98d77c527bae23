import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked in tursodatabase/turso-cli internal/cmd at e149f69: `db|group|org destroy`, and
// `db|group config delete-protection disable NAME` (weakening a protection).
export default (): CatalogueTool => ({
  tool: 'turso',
  commands: ['turso'],
  docs: 'https://docs.turso.tech/cli/db/destroy',
  environment: {
    envVar: 'TURSO_ORG',
    kind: 'other',
  },
  operations: [
    {
      id: 'turso/destroy',
      summary:
        'turso db destroy / group destroy / org destroy: destroy a database, a group with its databases, or an organisation',
      message: 'Destroys the Turso {{resource}} ({{environment}}).',
      rationale: 'A destroyed group takes every database in it; --yes skips the prompt.',
      safer: 'Export first (`turso db shell DB .dump > backup.sql`).',
      undo: 'no undo',
      when: {
        args: [['db', 'group', 'org'], 'destroy', '*'],
      },
      resource: {
        positional: 2,
      },
      examples: {
        destructive: [
          {
            argv: ['turso', 'db', 'destroy', 'acme-prod', '--yes'],
            resource: 'acme-prod',
            environment: 'unknown',
          },
          {
            argv: ['turso', 'group', 'destroy', 'default', '-y'],
            resource: 'default',
            environment: 'unknown',
          },
          {
            argv: ['turso', 'db', 'destroy', 'a', 'b'],
            resource: 'a',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['turso', 'db', 'list'],
          },
          {
            argv: ['turso', 'db', 'show', 'acme-prod'],
          },
          {
            argv: ['turso', 'db', 'create', 'acme-dev'],
          },
        ],
      },
    },
    {
      id: 'turso/delete-protection-off',
      summary: 'turso db|group config delete-protection disable NAME: turn off delete protection',
      message: 'Turns off delete protection of the Turso {{resource}} ({{environment}}).',
      rationale: 'Delete protection is what stops a later `turso db destroy`; turning it off removes that guard.',
      safer: 'Leave it on; disable it only in the same reviewed change that destroys the database.',
      undo: '`turso db config delete-protection enable NAME` turns it back on',
      when: {
        args: [['db', 'group'], 'config', 'delete-protection', 'disable', '*'],
      },
      resource: {
        positional: 4,
      },
      examples: {
        destructive: [
          {
            argv: ['turso', 'db', 'config', 'delete-protection', 'disable', 'prod-db'],
            resource: 'prod-db',
            environment: 'unknown',
          },
          {
            argv: ['turso', 'group', 'config', 'delete-protection', 'disable', 'default'],
            resource: 'default',
            environment: 'unknown',
          },
          {
            argv: ['turso', 'db', 'config', 'delete-protection', 'disable', 'app'],
            env: { TURSO_ORG: 'acme' },
            resource: 'app',
            environment: 'acme',
          },
        ],
        benign: [
          {
            argv: ['turso', 'db', 'config', 'delete-protection', 'enable', 'prod-db'],
          },
          {
            argv: ['turso', 'db', 'config', 'delete-protection', 'show', 'prod-db'],
          },
          {
            argv: ['turso', 'db', 'list'],
          },
        ],
      },
    },
  ],
});
