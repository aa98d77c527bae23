import { resolveEnvironment } from '../src/core/environment.js';
import { definePack } from '../src/core/rule.js';
import { parseMysqlArgs, mysqlReadsStdin, type MysqlParsed } from '../src/core/tools/mysql/parse-mysql-args.js';
import { effectRule } from '../src/core/tools/sql/effect-rule.js';

const PROD = ['-h', 'mysql.prod.internal', '-u', 'admin', '-psecret', 'shop'];

export const mysqlPack = definePack<MysqlParsed>({
  tool: 'mysql',
  commands: ['mysql', 'mariadb', 'mysqladmin'],
  readsStdin: mysqlReadsStdin,
  // SQL arrives through -e/--execute, --init-command and stdin; mysqladmin destroys with `drop`.
  prefilter: {
    clears: ['--version', '-V', '--help', '-?'],
    stdinNotTty: true,
    shortFlagChars: 'e',
    prefixes: ['--e', '--in'],
    wordsAnyCase: ['drop'],
  },
  parse: parseMysqlArgs,
  environment: (parsed, ctx) => resolveEnvironment(parsed.signals, ctx),
  rules: [
    effectRule<MysqlParsed>({
      id: 'mysql/drop-object',
      kinds: ['drop'],
      summary: 'DROP DATABASE / TABLE / VIEW / … through the mysql client',
      message: 'DROP removes {{resource}} on {{environment}}; MySQL commits DDL immediately, there is no rollback.',
      rationale:
        'DDL in MySQL auto-commits: a dropped table or database is gone at once, only a backup brings it back.',
      safer: 'Dump it first (mysqldump DB TABLE > backup.sql) or RENAME TABLE it and drop it later.',
      examples: {
        destructive: [
          { argv: ['mysql', ...PROD, '-e', 'DROP TABLE users'], resource: 'users', environment: 'mysql.prod.internal' },
          { argv: ['mysql', '--execute=drop database if exists shop'], resource: 'shop', environment: 'localhost' },
          {
            argv: ['mysql', 'shop'],
            stdin: 'SET FOREIGN_KEY_CHECKS=0;\nDROP TABLE `order items`, carts;\n',
            resource: 'order items',
          },
          {
            argv: ['mysql', 'shop'],
            stdin: 'source cleanup.sql\n',
            files: { '/home/user/project/cleanup.sql': 'DROP VIEW report;\n' },
            resource: 'report',
          },
          { argv: ['mysql', '--init-command=DROP TABLE tmp_import', 'shop'], resource: 'tmp_import' },
        ],
        benign: [
          { argv: ['mysql', '-e', "SELECT 'drop table x'"] },
          { argv: ['mysql', '-e', '# DROP TABLE users\nSELECT 1'] },
          { argv: ['mysql', 'shop'], stdin: 'CREATE TABLE drop_log (id int);\n-- DROP TABLE users;\n' },
        ],
      },
    }),
    effectRule<MysqlParsed>({
      id: 'mysql/truncate-table',
      kinds: ['truncate'],
      summary: 'TRUNCATE TABLE through the mysql client',
      message: 'TRUNCATE empties {{resource}} on {{environment}}; it auto-commits and cannot be rolled back.',
      rationale: 'TRUNCATE drops and recreates the table, so no transaction or binlog row image brings the rows back.',
      safer: 'Copy the table first (CREATE TABLE t_backup AS SELECT * FROM t) or DELETE with a WHERE clause.',
      examples: {
        destructive: [
          {
            argv: ['mysql', ...PROD, '-e', 'TRUNCATE TABLE sessions'],
            resource: 'sessions',
            environment: 'mysql.prod.internal',
          },
          { argv: ['mysql', '-e', 'truncate shop.carts'], resource: 'shop.carts' },
          { argv: ['mariadb', 'shop'], stdin: 'TRUNCATE `audit`;\n', resource: 'audit' },
        ],
        benign: [
          { argv: ['mysql', '-e', 'SELECT TRUNCATE(1.234, 1)'] },
          { argv: ['mysql', '-e', "SELECT 'truncate table x'"] },
          { argv: ['mysql', '--help'] },
        ],
      },
    }),
    effectRule<MysqlParsed>({
      id: 'mysql/rows-without-where',
      kinds: ['delete-all', 'update-all'],
      summary: 'DELETE or UPDATE without WHERE (or WHERE 1 / 1=1)',
      message: 'This changes every row of {{resource}} on {{environment}}.',
      rationale:
        'Without a restricting WHERE the statement hits the whole table; with autocommit on (the default) it is final at once.',
      safer: 'Add a WHERE clause, or run the client with --safe-updates, or test inside START TRANSACTION … ROLLBACK.',
      examples: {
        destructive: [
          {
            argv: ['mysql', ...PROD, '-e', 'DELETE FROM users'],
            resource: 'users',
            environment: 'mysql.prod.internal',
          },
          { argv: ['mysql', '-e', 'UPDATE accounts SET balance = 0 WHERE 1'], resource: 'accounts' },
          { argv: ['mysql', 'shop'], stdin: 'delete from orders where 1=1;\n', resource: 'orders' },
        ],
        benign: [
          { argv: ['mysql', '-e', 'DELETE FROM users WHERE id = 1'] },
          { argv: ['mysql', '-e', 'INSERT INTO t (id) VALUES (1) ON DUPLICATE KEY UPDATE id = 1'] },
          { argv: ['mysql', '-e', 'SELECT * FROM jobs FOR UPDATE'] },
        ],
      },
    }),
    effectRule<MysqlParsed>({
      id: 'mysql/alter-table-drop',
      kinds: ['alter-drop'],
      summary: 'ALTER TABLE … DROP COLUMN / INDEX / FOREIGN KEY / PRIMARY KEY',
      message: 'ALTER TABLE drops {{resource}} on {{environment}}; a dropped column takes its data with it.',
      rationale: 'ALTER TABLE auto-commits; a dropped column and its data cannot be brought back without a backup.',
      safer: 'Copy the column out first, or rename it and drop it after a release cycle.',
      examples: {
        destructive: [
          {
            argv: ['mysql', ...PROD, '-e', 'ALTER TABLE users DROP COLUMN email'],
            resource: 'users.email',
            environment: 'mysql.prod.internal',
          },
          { argv: ['mysql', '-e', 'alter table orders drop foreign key fk_user'], resource: 'orders.fk_user' },
          { argv: ['mysql', '-e', 'ALTER TABLE users ADD COLUMN x INT, DROP legacy'], resource: 'users.legacy' },
        ],
        benign: [
          { argv: ['mysql', '-e', 'ALTER TABLE users ALTER COLUMN email DROP DEFAULT'] },
          { argv: ['mysql', '-e', 'ALTER TABLE users ADD COLUMN drop_at DATETIME'] },
          { argv: ['mysql', '-e', "SELECT 'alter table users drop column email'"] },
        ],
      },
    }),
    effectRule<MysqlParsed>({
      id: 'mysql/opaque-sql',
      kinds: ['opaque'],
      summary: 'SQL guard cannot read: a source file it cannot open, or input too large to analyse',
      message: '{{resource}} runs statements on {{environment}} that guard cannot inspect beforehand.',
      rationale: 'What guard cannot read it cannot clear; a sourced file may drop anything.',
      safer: 'Make the file readable, or run its statements directly so guard can check them.',
      examples: {
        destructive: [
          {
            argv: ['mysql', ...PROD],
            stdin: 'source /root/secret.sql\n',
            resource: '/root/secret.sql',
            environment: 'mysql.prod.internal',
          },
          { argv: ['mysql', '-e', '\\. missing.sql'], resource: '/home/user/project/missing.sql' },
          {
            argv: ['mysql', 'shop'],
            stdin: 'SELECT 1;\nSOURCE nowhere.sql;\n',
            resource: '/home/user/project/nowhere.sql',
          },
        ],
        benign: [
          { argv: ['mysql', '-e', "SELECT 'source x.sql'"] },
          { argv: ['mysql', 'shop'], stdin: 'SELECT source FROM pages;\n' },
          { argv: ['mysql', 'shop'], stdin: 'source ok.sql\n', files: { '/home/user/project/ok.sql': 'SELECT 1;\n' } },
        ],
      },
    }),
    {
      id: 'mysql/mysqladmin-drop',
      summary: 'mysqladmin drop DB',
      message: 'mysqladmin drop removes the database {{resource}} on {{environment}} with every table in it.',
      rationale: 'mysqladmin asks on stdin, which an agent answers; with -f it does not ask at all.',
      safer: 'Dump the database first (mysqldump --databases DB > DB.sql).',
      match: (p) => (p.adminDrops.length ? p.adminDrops.map((db) => ({ resource: db, details: p.notes })) : null),
      examples: {
        destructive: [
          {
            argv: ['mysqladmin', '-h', 'mysql.prod.internal', '-f', 'drop', 'shop'],
            resource: 'shop',
            environment: 'mysql.prod.internal',
          },
          { argv: ['mysqladmin', 'drop', 'analytics'], resource: 'analytics', environment: 'localhost' },
          { argv: ['mysqladmin', '-uroot', '-psecret', 'DROP', 'legacy'], resource: 'legacy' },
        ],
        benign: [
          { argv: ['mysqladmin', 'status'] },
          { argv: ['mysqladmin', 'create', 'drop'] },
          { argv: ['mysqladmin', '--help'] },
        ],
      },
    },
  ],
});
