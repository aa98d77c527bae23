import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked in cloudflare/workers-sdk packages/wrangler/src at f830836: d1 execute (--command, --file, --remote),
// d1|queues|vectorize|hyperdrive delete, kv namespace|key|bulk delete, r2 bucket|object delete, pages project|deployment
// delete, `wrangler delete`, and (added) `d1 time-travel restore`.
export default (): CatalogueTool => ({
  tool: 'wrangler',
  commands: ['wrangler'],
  docs: 'https://developers.cloudflare.com/workers/wrangler/commands/',
  valueFlags: [
    '--config',
    '-c',
    '--database',
    '--file',
    '--name',
    '--namespace-id',
    '--binding',
    '--preview',
    '--jurisdiction',
    '--project-name',
  ],
  environment: {
    flag: ['--env', '-e'],
    envVar: 'CLOUDFLARE_ACCOUNT_ID',
    kind: 'other',
  },
  operations: [
    {
      id: 'wrangler/d1-execute-remote',
      summary:
        'wrangler d1 execute DB --remote --command "SQL": destructive SQL against the remote D1 database (through the SQL analysis)',
      message: 'The SQL sent to the remote D1 database destroys {{resource}} ({{environment}}).',
      rationale:
        'With --remote the statement runs on the production D1 database at once; without it wrangler uses the local copy.',
      safer:
        'Run it without --remote first (the local copy), and export the remote database (`wrangler d1 export DB --remote --output backup.sql`).',
      undo: 'D1 Time Travel can restore the database to any minute in the last 30 days (`wrangler d1 time-travel restore`)',
      when: {
        args: ['d1', 'execute', '*'],
        flags: ['--remote'],
      },
      sql: {
        flag: '--command',
        file: '--file',
        dialect: 'mysql',
      },
      resource: {
        value: 'sql',
      },
      examples: {
        destructive: [
          {
            argv: ['wrangler', 'd1', 'execute', 'acme-db', '--remote', '--command', 'DROP TABLE users'],
            resource: 'users',
            environment: 'unknown',
          },
          {
            argv: [
              'wrangler',
              'd1',
              'execute',
              'acme-db',
              '--remote',
              '--env',
              'production',
              '--command',
              'DELETE FROM sessions',
            ],
            resource: 'sessions',
            environment: 'production',
          },
          {
            argv: ['wrangler', 'd1', 'execute', 'blog', '--remote', "--command=UPDATE posts SET body = ''"],
            resource: 'posts',
            environment: 'unknown',
          },
          {
            argv: ['wrangler', 'd1', 'execute', 'blog', '--remote', '--file', './no-such-dump.sql'],
            resource: './no-such-dump.sql',
            environment: 'unknown',
            note: 'a SQL file guard cannot read is refused: it cannot tell what it does',
          },
        ],
        benign: [
          {
            argv: ['wrangler', 'd1', 'execute', 'acme-db', '--remote', '--command', 'SELECT * FROM users LIMIT 5'],
          },
          {
            argv: ['wrangler', 'd1', 'execute', 'acme-db', '--command', 'DROP TABLE users'],
          },
          {
            argv: ['wrangler', 'd1', 'list'],
          },
        ],
      },
    },
    {
      id: 'wrangler/delete-database',
      summary: 'wrangler d1 / vectorize / queues / hyperdrive delete: delete a database, index, queue or config',
      message: 'Deletes the Cloudflare resource {{resource}} ({{environment}}).',
      rationale:
        'The D1 database (with its Time Travel history), the vector index or the queue and its messages go at once.',
      safer: 'Export first (`wrangler d1 export NAME --remote --output backup.sql`).',
      undo: 'no undo: deleting a D1 database also deletes its Time Travel history',
      when: {
        args: [['d1', 'vectorize', 'queues', 'hyperdrive'], 'delete', '*'],
      },
      resource: {
        positional: 2,
      },
      examples: {
        destructive: [
          {
            argv: ['wrangler', 'd1', 'delete', 'acme-db'],
            resource: 'acme-db',
            environment: 'unknown',
          },
          {
            argv: ['wrangler', 'vectorize', 'delete', 'embeddings', '--force'],
            resource: 'embeddings',
            environment: 'unknown',
          },
          {
            argv: ['wrangler', 'queues', 'delete', 'jobs', '--env', 'production'],
            resource: 'jobs',
            environment: 'production',
          },
        ],
        benign: [
          {
            argv: ['wrangler', 'd1', 'list'],
          },
          {
            argv: ['wrangler', 'd1', 'info', 'acme-db'],
          },
          {
            argv: ['wrangler', 'queues', 'list'],
          },
        ],
      },
    },
    {
      id: 'wrangler/r2-delete',
      summary: 'wrangler r2 bucket delete / r2 object delete: delete an R2 bucket or object',
      message: 'Deletes the R2 bucket or object {{resource}} ({{environment}}).',
      rationale: 'R2 has no versioning and no trash: a deleted object is gone.',
      safer: 'Copy the objects elsewhere first (rclone copy r2:BUCKET backup/).',
      undo: 'no undo',
      when: {
        args: ['r2', ['bucket', 'object'], 'delete', '*'],
      },
      resource: {
        positional: 3,
      },
      examples: {
        destructive: [
          {
            argv: ['wrangler', 'r2', 'bucket', 'delete', 'assets'],
            resource: 'assets',
            environment: 'unknown',
          },
          {
            argv: ['wrangler', 'r2', 'object', 'delete', 'assets/logo.png', '--remote'],
            resource: 'assets/logo.png',
            environment: 'unknown',
          },
          {
            argv: ['wrangler', 'r2', 'bucket', 'delete', 'backups', '--env', 'production'],
            resource: 'backups',
            environment: 'production',
          },
        ],
        benign: [
          {
            argv: ['wrangler', 'r2', 'bucket', 'list'],
          },
          {
            argv: ['wrangler', 'r2', 'object', 'get', 'assets/logo.png'],
          },
          {
            argv: ['wrangler', 'r2', 'bucket', 'create', 'assets'],
          },
        ],
      },
    },
    {
      id: 'wrangler/kv-delete',
      summary: 'wrangler kv namespace delete / kv key delete / kv bulk delete: delete Workers KV data',
      message: 'Deletes Workers KV data {{resource}} ({{environment}}).',
      rationale: 'A deleted namespace takes every key with it; KV keeps no history.',
      safer: 'List and save the keys first (`wrangler kv key list --namespace-id ID`).',
      undo: 'no undo',
      when: {
        args: ['kv', ['namespace', 'key', 'bulk'], 'delete'],
      },
      resource: {
        flag: ['--namespace-id', '--binding'],
        default: 'unknown',
      },
      examples: {
        destructive: [
          {
            argv: ['wrangler', 'kv', 'namespace', 'delete', '--namespace-id', '0f2ac74b498b48028cb68387c421e279'],
            resource: '0f2ac74b498b48028cb68387c421e279',
            environment: 'unknown',
          },
          {
            argv: ['wrangler', 'kv', 'key', 'delete', '--binding', 'CACHE', 'session:1'],
            resource: 'CACHE',
            environment: 'unknown',
          },
          {
            argv: ['wrangler', 'kv', 'bulk', 'delete', 'keys.json', '--namespace-id', 'abc', '--env', 'production'],
            resource: 'abc',
            environment: 'production',
          },
        ],
        benign: [
          {
            argv: ['wrangler', 'kv', 'namespace', 'list'],
          },
          {
            argv: ['wrangler', 'kv', 'key', 'list', '--binding', 'CACHE'],
          },
          {
            argv: ['wrangler', 'kv', 'key', 'get', '--binding', 'CACHE', 'session:1'],
          },
        ],
      },
    },
    {
      id: 'wrangler/delete-worker',
      summary: 'wrangler delete: delete a Worker',
      message: 'Deletes the Worker {{resource}} ({{environment}}) with its routes and deployments.',
      rationale: 'The script, its deployments and its routes go; bindings lose their consumer.',
      safer: 'Roll back to an earlier version instead (`wrangler rollback`).',
      undo: 'no undo: redeploy from source',
      when: {
        args: ['delete'],
      },
      resource: {
        positional: 1,
        default: 'the Worker of wrangler.toml',
      },
      examples: {
        destructive: [
          {
            argv: ['wrangler', 'delete', 'my-worker'],
            resource: 'my-worker',
            environment: 'unknown',
          },
          {
            argv: ['wrangler', 'delete', '--env', 'production'],
            resource: 'the Worker of wrangler.toml',
            environment: 'production',
          },
          {
            argv: ['wrangler', 'delete', 'api', '--name', 'api'],
            resource: 'api',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['wrangler', 'deploy'],
          },
          {
            argv: ['wrangler', 'deployments', 'list'],
          },
          {
            argv: ['wrangler', 'pages', 'deploy', './dist'],
          },
        ],
      },
    },
    {
      id: 'wrangler/pages-project-delete',
      summary: 'wrangler pages project delete: delete a Pages project and its deployments',
      message: 'Deletes the Pages project {{resource}} ({{environment}}).',
      rationale: "Every deployment and the project's domain bindings go.",
      safer: 'Keep the project and roll back a deployment instead.',
      undo: 'no undo',
      when: {
        args: ['pages', ['project', 'deployment'], 'delete', '*'],
      },
      resource: {
        positional: 3,
      },
      examples: {
        destructive: [
          {
            argv: ['wrangler', 'pages', 'project', 'delete', 'site'],
            resource: 'site',
            environment: 'unknown',
          },
          {
            argv: ['wrangler', 'pages', 'project', 'delete', 'docs', '--yes'],
            resource: 'docs',
            environment: 'unknown',
          },
          {
            argv: ['wrangler', 'pages', 'deployment', 'delete', '3f2a', '--project-name', 'site'],
            resource: '3f2a',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['wrangler', 'pages', 'project', 'list'],
          },
          {
            argv: ['wrangler', 'pages', 'deployment', 'list', '--project-name', 'site'],
          },
          {
            argv: ['wrangler', 'pages', 'project', 'create', 'site'],
          },
        ],
      },
    },
    {
      id: 'wrangler/d1-time-travel-restore',
      summary: 'wrangler d1 time-travel restore DB --timestamp|--bookmark: roll a D1 database back to an earlier point',
      message:
        'Restores the D1 database {{resource}} to an earlier point ({{environment}}): every write after it is undone.',
      rationale:
        'The restore replaces the live database with its state at the bookmark; writes made since then are no longer in it.',
      safer:
        'Export the database first (`wrangler d1 export DB --remote --output now.sql`) and note the current bookmark (`wrangler d1 time-travel info DB`).',
      undo: 'restore again to the bookmark the command prints (Time Travel keeps 30 days)',
      when: {
        args: ['d1', 'time-travel', 'restore', '*'],
        unlessFlags: ['--help', '-h'],
      },
      resource: {
        positional: 3,
      },
      examples: {
        destructive: [
          {
            argv: ['wrangler', 'd1', 'time-travel', 'restore', 'acme-db', '--timestamp', '2024-05-01T10:00:00Z'],
            resource: 'acme-db',
            environment: 'unknown',
          },
          {
            argv: ['wrangler', 'd1', 'time-travel', 'restore', 'acme-db', '--bookmark', '00000085-0000024c'],
            resource: 'acme-db',
            environment: 'unknown',
          },
          {
            argv: [
              'wrangler',
              'd1',
              'time-travel',
              'restore',
              'blog',
              '--timestamp',
              '1714557600',
              '--env',
              'production',
            ],
            resource: 'blog',
            environment: 'production',
          },
        ],
        benign: [
          {
            argv: ['wrangler', 'd1', 'time-travel', 'info', 'acme-db'],
          },
          {
            argv: ['wrangler', 'd1', 'export', 'acme-db', '--remote', '--output', 'backup.sql'],
          },
          {
            argv: ['wrangler', 'd1', 'time-travel', 'restore', '--help'],
          },
        ],
      },
    },
  ],
});
