import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// The Render CLI (render-oss/cli, checked at 85c8c2c): `services|postgres|keyvalues delete ID` only
// previews without --confirm (a root flag: "Skip all confirmation prompts"); `ea objects delete KEY…`
// prompts unless --yes or when not interactive, so it deletes in an agent's shell; `psql DB -c SQL`.
export default (): CatalogueTool => ({
  tool: 'render',
  commands: ['render'],
  docs: 'https://render.com/docs/cli (commands from https://github.com/render-oss/cli/tree/main/cmd)',
  valueFlags: ['-o', '--output', '--project', '--region'],
  environment: {
    flag: '--environment',
    envVar: 'RENDER_ENVIRONMENT',
    kind: 'other',
  },
  operations: [
    {
      id: 'render/delete',
      summary:
        'render services|postgres|keyvalues delete ID --confirm: delete a service, a database or a Key Value instance',
      message: 'Deletes the Render resource {{resource}} ({{environment}}), with its data and disks.',
      rationale:
        'With --confirm the CLI deletes at once; a deleted service loses its persistent disk and a deleted Postgres its data and backups.',
      safer:
        'Run it without --confirm to preview what would be deleted; export the database (render psql, pg_dump) first.',
      undo: 'no undo: Render does not restore a deleted service or database',
      when: {
        args: [['services', 'service', 'postgres', 'pg', 'keyvalues', 'keyvalue', 'kv'], 'delete', '*'],
        flags: [['--confirm']],
      },
      resource: {
        positional: 2,
      },
      examples: {
        destructive: [
          {
            argv: ['render', 'services', 'delete', 'srv-abc123', '--confirm'],
            resource: 'srv-abc123',
            environment: 'unknown',
          },
          {
            argv: ['render', 'pg', 'delete', 'main-db', '--environment', 'production', '--confirm'],
            resource: 'main-db',
            environment: 'production',
          },
          {
            argv: ['render', 'kv', 'delete', 'cache', '--confirm', '-o', 'json'],
            resource: 'cache',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['render', 'services', 'delete', 'srv-abc123'],
            note: 'without --confirm the CLI only previews the deletion',
          },
          {
            argv: ['render', 'pg', 'list'],
          },
          {
            argv: ['render', 'kv', 'suspend', 'cache', '--confirm'],
          },
        ],
      },
    },
    {
      id: 'render/object-delete',
      summary: 'render ea objects delete KEY…: delete stored objects',
      message: "Deletes the object(s) {{resource}} from Render's object storage ({{environment}}).",
      rationale: "The CLI asks only on an interactive terminal; in a script or an agent's shell it deletes at once.",
      safer: 'Copy the objects out first (render ea objects get).',
      undo: 'no undo',
      when: {
        args: ['ea', 'objects', 'delete', '*'],
        unlessFlags: ['--help', '-h'],
      },
      resource: {
        positional: 3,
      },
      examples: {
        destructive: [
          {
            argv: ['render', 'ea', 'objects', 'delete', 'backups/2024.tar', '--region=oregon', '--yes'],
            resource: 'backups/2024.tar',
            environment: 'unknown',
          },
          {
            argv: ['render', 'ea', 'objects', 'delete', 'a.json', 'b.json', '--region', 'oregon'],
            resource: 'a.json',
            environment: 'unknown',
          },
          {
            argv: ['render', 'ea', 'objects', 'delete', 'uploads/x.png', '--environment', 'prod'],
            resource: 'uploads/x.png',
            environment: 'prod',
          },
        ],
        benign: [
          {
            argv: ['render', 'ea', 'objects', 'list', '--region', 'oregon'],
          },
          {
            argv: ['render', 'ea', 'objects', 'get', 'a.json'],
          },
          {
            argv: ['render', 'ea', 'objects', 'delete', '--help'],
          },
        ],
      },
    },
    {
      id: 'render/psql',
      summary: 'render psql DB --command "SQL": DROP, TRUNCATE, DELETE/UPDATE without WHERE (through the SQL analysis)',
      message: 'The SQL destroys {{resource}} in the Render Postgres database ({{environment}}).',
      rationale: 'render psql runs the command on the database at once, in autocommit mode.',
      safer: 'Run it inside BEGIN … ROLLBACK first, or take a pg_dump of the table.',
      undo: 'point-in-time recovery on paid Render Postgres plans restores the database as a new instance; otherwise no undo',
      when: {
        args: ['psql'],
      },
      sql: {
        flag: ['--command', '-c'],
        dialect: 'postgres',
      },
      resource: {
        value: 'sql',
      },
      examples: {
        destructive: [
          {
            argv: ['render', 'psql', 'main-db', '--command', 'DROP TABLE users;'],
            resource: 'users',
            environment: 'unknown',
          },
          {
            argv: ['render', 'psql', 'dpg-abc', '-c', 'TRUNCATE orders', '--environment', 'production'],
            resource: 'orders',
            environment: 'production',
          },
          {
            argv: ['render', 'psql', 'main-db', '-c', 'DELETE FROM carts'],
            resource: 'carts',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['render', 'psql', 'main-db', '--command', 'SELECT * FROM users LIMIT 5', '--output', 'text'],
          },
          {
            argv: ['render', 'psql', 'main-db'],
          },
          {
            argv: ['render', 'psql', 'main-db', '-c', 'DELETE FROM carts WHERE id = 4'],
          },
        ],
      },
    },
  ],
});
