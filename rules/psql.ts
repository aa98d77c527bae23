import { resolveEnvironment } from '../src/core/environment.js';
import { definePack } from '../src/core/rule.js';
import { effectRule } from '../src/core/tools/sql/effect-rule.js';
import { parsePsqlArgs, psqlReadsStdin, type PsqlParsed } from '../src/core/tools/psql/parse-psql-args.js';
import { pgSignals } from '../src/core/tools/psql/pg-target.js';

const PROD = ['-h', 'db.prod.internal', '-d', 'app'];

export const psqlPack = definePack<PsqlParsed>({
  tool: 'psql',
  commands: ['psql'],
  readsStdin: psqlReadsStdin,
  // Reaches the full check only when SQL can arrive: -c/-f (bundled as in -tAc, or abbreviated
  // long options), or stdin that is not a terminal. `psql -h db -d app` at a terminal, -l, --version pass.
  prefilter: {
    clears: ['--version', '-V', '--help', '-?'],
    stdinNotTty: true,
    shortFlagChars: 'cf',
    prefixes: ['--c', '--f'],
  },
  parse: parsePsqlArgs,
  environment: (parsed, ctx) => resolveEnvironment(pgSignals(parsed.target), ctx),
  rules: [
    effectRule<PsqlParsed>({
      id: 'psql/drop-object',
      kinds: ['drop'],
      summary: 'DROP of a database, schema, table, role or any other object; DROP OWNED',
      message: 'DROP removes {{resource}} on {{environment}} with all of its data; there is no undo outside a backup.',
      rationale:
        'A dropped object and everything stored in it is gone once the transaction commits; CASCADE silently drops every dependent object too.',
      safer: 'Take a backup first (pg_dump -t / -n), or rename the object and drop it later.',
      examples: {
        destructive: [
          { argv: ['psql', ...PROD, '-c', 'DROP TABLE users'], resource: 'users', environment: 'db.prod.internal' },
          {
            argv: [
              'psql',
              'postgresql://admin:secret@db.prod.internal:5432/app',
              '-tAc',
              'drop schema billing cascade',
            ],
            resource: 'billing',
            environment: 'db.prod.internal',
          },
          {
            argv: ['psql', '-c', 'DROP DATABASE IF EXISTS shop WITH (FORCE)'],
            resource: 'shop',
            environment: 'localhost',
          },
          {
            argv: ['psql', '-f', 'migrate.sql'],
            files: {
              '/home/user/project/migrate.sql': '-- cleanup\nSELECT 1;\nDROP TABLE public.orders, public.items;\n',
            },
            resource: 'public.orders',
          },
          {
            argv: ['psql', 'app'],
            stdin: 'BEGIN;\nDROP VIEW reports;\nCOMMIT;\n',
            resource: 'reports',
            note: 'heredoc / pipe on stdin',
          },
          { argv: ['psql', '-c', 'DROP OWNED BY app_user'], resource: 'owned-by:app_user' },
          {
            argv: ['psql', '-f', 'main.sql'],
            files: {
              '/home/user/project/main.sql': '\\i sub/drop.sql\n',
              '/home/user/project/sub/drop.sql': 'DROP INDEX idx_users_email;\n',
            },
            resource: 'idx_users_email',
            note: '\\i is followed',
          },
          {
            argv: ['psql', '-v', 'tbl=accounts', '-f', 'x.sql'],
            files: { '/home/user/project/x.sql': 'DROP TABLE :"tbl";\n' },
            resource: 'accounts',
            note: 'psql variables are interpolated',
          },
        ],
        benign: [
          { argv: ['psql', ...PROD, '-c', "SELECT 'drop table x'"] },
          { argv: ['psql', '-c', '-- drop table x\nSELECT 1'] },
          { argv: ['psql', '-c', 'SELECT $$DROP TABLE users$$, "drop table" FROM t'] },
          { argv: ['psql', '-c', 'CREATE TABLE drop_log (id int)'] },
          { argv: ['psql', 'app'], stdin: '/* DROP TABLE users; */ SELECT count(*) FROM users;\n' },
          { argv: ['psql', '--help'] },
        ],
      },
    }),
    effectRule<PsqlParsed>({
      id: 'psql/truncate-table',
      kinds: ['truncate'],
      summary: 'TRUNCATE of one or more tables',
      message: 'TRUNCATE empties {{resource}} on {{environment}}; the rows cannot be recovered without a backup.',
      rationale:
        'TRUNCATE removes every row at once, fires no DELETE triggers, and with CASCADE empties referencing tables too.',
      safer: 'Copy the table first (CREATE TABLE … AS TABLE …) or delete with a WHERE clause.',
      examples: {
        destructive: [
          { argv: ['psql', ...PROD, '-c', 'TRUNCATE users'], resource: 'users', environment: 'db.prod.internal' },
          {
            argv: ['psql', '-c', 'truncate table only audit.events, sessions restart identity cascade'],
            resource: 'audit.events',
          },
          { argv: ['psql', 'app'], stdin: 'TRUNCATE "Orders";\n', resource: 'Orders' },
        ],
        benign: [
          { argv: ['psql', '-c', "SELECT 'truncate users'"] },
          { argv: ['psql', '-c', 'SELECT truncate_log FROM settings'] },
          { argv: ['psql', '-c', 'SELECT trunc(2.5)'] },
        ],
      },
    }),
    effectRule<PsqlParsed>({
      id: 'psql/delete-all-rows',
      kinds: ['delete-all'],
      summary: 'DELETE without WHERE (or an always-true WHERE), writable CTEs and MERGE that delete',
      message: 'This deletes every row of {{resource}} on {{environment}}.',
      rationale:
        'A DELETE with no restricting WHERE empties the table; once committed, only a backup brings the rows back.',
      safer: 'Add a WHERE clause, run it inside BEGIN … ROLLBACK first, or check the count with SELECT count(*).',
      examples: {
        destructive: [
          { argv: ['psql', ...PROD, '-c', 'DELETE FROM users'], resource: 'users', environment: 'db.prod.internal' },
          { argv: ['psql', '-c', 'DELETE FROM users WHERE 1=1'], resource: 'users' },
          {
            argv: ['psql', '-c', 'WITH gone AS (DELETE FROM sessions RETURNING *) SELECT count(*) FROM gone'],
            resource: 'sessions',
          },
          {
            argv: ['psql', '-c', 'MERGE INTO stock s USING updates u ON s.id = u.id WHEN MATCHED THEN DELETE'],
            resource: 'stock',
          },
          { argv: ['psql', '-c', 'delete from public.carts where true'], resource: 'public.carts' },
        ],
        benign: [
          { argv: ['psql', '-c', 'DELETE FROM users WHERE id = 1'] },
          { argv: ['psql', '-c', "SELECT 'delete from users'"] },
          {
            argv: [
              'psql',
              '-c',
              'WITH d AS (DELETE FROM sessions WHERE expires < now() RETURNING id) SELECT count(*) FROM d',
            ],
          },
          { argv: ['psql', '-c', 'ALTER TABLE orders ADD FOREIGN KEY (user_id) REFERENCES users ON DELETE CASCADE'] },
        ],
      },
    }),
    effectRule<PsqlParsed>({
      id: 'psql/update-all-rows',
      kinds: ['update-all'],
      summary: 'UPDATE without WHERE (or with an always-true WHERE)',
      message: 'This overwrites a column in every row of {{resource}} on {{environment}}.',
      rationale:
        'An UPDATE with no restricting WHERE rewrites the whole table; the old values are gone once committed.',
      safer: 'Add a WHERE clause, or run it inside BEGIN … ROLLBACK first and check the row count.',
      examples: {
        destructive: [
          {
            argv: ['psql', ...PROD, '-c', "UPDATE users SET email = 'x@example.com'"],
            resource: 'users',
            environment: 'db.prod.internal',
          },
          { argv: ['psql', '-c', 'update accounts set balance = 0 where true'], resource: 'accounts' },
          {
            argv: ['psql', 'app'],
            stdin: 'UPDATE app.users SET active = false WHERE id = id;\n',
            resource: 'app.users',
          },
        ],
        benign: [
          { argv: ['psql', '-c', 'UPDATE users SET active = false WHERE id = 42'] },
          { argv: ['psql', '-c', 'SELECT * FROM jobs FOR UPDATE'] },
          { argv: ['psql', '-c', 'INSERT INTO t (id) VALUES (1) ON CONFLICT (id) DO UPDATE SET id = 1'] },
        ],
      },
    }),
    effectRule<PsqlParsed>({
      id: 'psql/alter-table-drop',
      kinds: ['alter-drop'],
      summary: 'ALTER TABLE … DROP COLUMN / DROP CONSTRAINT',
      message: 'ALTER TABLE drops {{resource}} on {{environment}}; a dropped column takes its data with it.',
      rationale: 'Dropping a column deletes the data stored in it; dropping a constraint silently lets bad data in.',
      safer: 'Back up the column (CREATE TABLE … AS SELECT id, col …) or rename it first and drop later.',
      examples: {
        destructive: [
          {
            argv: ['psql', ...PROD, '-c', 'ALTER TABLE users DROP COLUMN email'],
            resource: 'users.email',
            environment: 'db.prod.internal',
          },
          {
            argv: ['psql', '-c', 'alter table orders drop constraint orders_user_fk'],
            resource: 'orders.orders_user_fk',
          },
          {
            argv: ['psql', '-c', 'ALTER TABLE users ADD COLUMN x int, DROP COLUMN legacy CASCADE'],
            resource: 'users.legacy',
          },
        ],
        benign: [
          { argv: ['psql', '-c', 'ALTER TABLE users ALTER COLUMN email DROP NOT NULL'] },
          { argv: ['psql', '-c', 'ALTER TABLE users ALTER COLUMN id DROP DEFAULT'] },
          { argv: ['psql', '-c', 'ALTER TABLE users ADD COLUMN drop_at timestamptz'] },
        ],
      },
    }),
    effectRule<PsqlParsed>({
      id: 'psql/server-admin-function',
      kinds: ['admin-function'],
      summary: 'pg_terminate_backend, pg_cancel_backend, pg_drop_replication_slot, lo_unlink and friends',
      message:
        '{{resource}} acts on the server {{environment}} itself: sessions are killed or server-side data is removed.',
      rationale:
        'These functions end other sessions (losing their uncommitted work) or drop replication slots and large objects, outside normal table data.',
      safer: 'Select the rows first (SELECT pid, query FROM pg_stat_activity …) and act on one specific pid or slot.',
      examples: {
        destructive: [
          {
            argv: ['psql', ...PROD, '-c', 'SELECT pg_terminate_backend(pid) FROM pg_stat_activity'],
            resource: 'pg_terminate_backend',
            environment: 'db.prod.internal',
          },
          {
            argv: ['psql', '-c', "select pg_drop_replication_slot('replica_1')"],
            resource: 'pg_drop_replication_slot',
          },
          { argv: ['psql', '-c', 'SELECT lo_unlink(loid) FROM pg_largeobject_metadata'], resource: 'lo_unlink' },
        ],
        benign: [
          { argv: ['psql', '-c', "SELECT 'pg_terminate_backend(1)'"] },
          { argv: ['psql', '-c', 'SELECT pid, query FROM pg_stat_activity'] },
          { argv: ['psql', '-c', 'SELECT * FROM pg_replication_slots'] },
        ],
      },
    }),
    effectRule<PsqlParsed>({
      id: 'psql/opaque-sql',
      kinds: ['opaque'],
      summary: 'SQL guard cannot see before it runs: \\gexec, DO blocks, shell escapes, unreadable files or input',
      message: '{{resource}} runs statements on {{environment}} that guard cannot inspect beforehand.',
      rationale:
        '\\gexec executes query results as SQL, DO runs procedural code, \\! and PROGRAM run shell commands; any of them can drop or delete anything.',
      safer:
        'Run the query without \\gexec first to see the statements it would execute, then run those reviewed statements.',
      examples: {
        destructive: [
          {
            argv: ['psql', ...PROD, '-f', 'g.sql'],
            files: {
              '/home/user/project/g.sql':
                "SELECT format('DROP TABLE %I', tablename) FROM pg_tables WHERE schemaname = 'public' \\gexec\n",
            },
            resource: '\\gexec',
            environment: 'db.prod.internal',
          },
          { argv: ['psql', '-c', 'DO $$ BEGIN EXECUTE $x$SELECT 1$x$; END $$'], resource: 'DO-block' },
          { argv: ['psql', '-f', 'missing.sql'], resource: '/home/user/project/missing.sql' },
          { argv: ['psql', 'app'], stdin: '\\! rm -rf /tmp/x\n', resource: '\\!' },
        ],
        benign: [
          { argv: ['psql', '-c', "SELECT '\\gexec'"] },
          { argv: ['psql', '-c', 'SELECT 1 AS do_it'] },
          { argv: ['psql', 'app'], stdin: '\\set ON_ERROR_STOP on\n\\echo hello\nSELECT 1;\n' },
          {
            argv: ['psql', 'app'],
            stdin: 'COPY t (a, b) FROM STDIN;\n1\tDROP TABLE users;\n\\gexec\n\\.\nSELECT 1;\n',
            note: 'COPY data lines are data, not SQL',
          },
        ],
      },
    }),
    effectRule<PsqlParsed>({
      id: 'psql/unparseable-sql',
      kinds: ['unparseable'],
      summary: "SQL that PostgreSQL's parser rejects (guard cannot tell what it does)",
      message: 'guard cannot read the SQL sent to {{environment}} ({{resource}}), so it is treated as destructive.',
      rationale:
        'Whatever guard cannot parse it cannot clear; the server may still accept it (newer syntax, psql variables guard does not know). Exception: one statement that starts with a read-only keyword (SELECT, WITH, SHOW, …) and holds none of the words guard acts on (DROP, DELETE, UPDATE, TRUNCATE, DO, PROGRAM, the admin functions, psql variables) is cleared without a parse, so a typo there passes: it destroys nothing.',
      safer: 'Fix the syntax, or pass psql variables with -v so guard can read the final SQL.',
      examples: {
        destructive: [
          { argv: ['psql', ...PROD, '-c', 'DROP TABLE :tbl'], environment: 'db.prod.internal' },
          { argv: ['psql', '-c', 'SELEC * FROM users'] },
          { argv: ['psql', 'app'], stdin: 'SELECT 1;\nDELETE users;\n' },
        ],
        benign: [
          { argv: ['psql', '-c', 'SELECT 1'] },
          { argv: ['psql', '-c', "SELECT 'SELEC'"] },
          { argv: ['psql', '-c', 'SELECT 1 -- DROP TABLE :tbl'] },
          {
            argv: ['psql', '-c', 'select count(*) frm users'],
            note: 'a typo in a plain read-only statement is cleared without a parse',
          },
        ],
      },
    }),
  ],
});
