import { definePack, type Rule } from '../src/core/rule.js';
import { hasOption } from '../src/core/argv/parse-options.js';
import { isPrismaCommand, prismaDatabase } from '../src/core/tools/framework/prisma.js';
import { isSequelizeCommand, sequelizeDatabase } from '../src/core/tools/framework/sequelize.js';
import { cdkDestroyRule } from './cdk.js';
import { type RunnerParsed, parseRunner, runnerEnvironment } from '../src/core/tools/npx/parse-runner.js';

const PROD_ENV = { '/home/user/project/.env': 'DATABASE_URL="postgresql://app:pw@db.prod.internal:5432/shop"\n' };
const LOCAL_URL = 'postgresql://postgres@localhost:5432/shop_dev';
const cdk = cdkDestroyRule('npx/cdk-destroy', ['npx', 'cdk']);

export const npxPack = definePack<RunnerParsed>({
  tool: 'npx',
  commands: ['npx', 'pnpx', 'pnpm', 'yarn', 'bunx', 'bun', 'npm'],
  prefilter: { words: ['reset', '--force-reset', 'db:drop', 'db:migrate:undo:all', 'destroy'] },
  parse: (args) => parseRunner(args),
  environment: (p, ctx) => runnerEnvironment(p, ctx),
  rules: [
    {
      id: 'npx/prisma-migrate-reset',
      summary: 'prisma migrate reset: drop the database and re-apply all migrations',
      message: 'Drops the database {{resource}} ({{environment}}) and rebuilds it from migrations; all data is lost.',
      rationale:
        "migrate reset drops every table and row, then re-runs migrations and seeds; --force skips Prisma's prompt, and DATABASE_URL decides which server it hits.",
      safer: 'Check DATABASE_URL first; use `prisma migrate dev` or `migrate deploy`, and back up with pg_dump.',
      match: (p, ctx) => {
        if (p.tool !== 'prisma' || !isPrismaCommand(p.args, 'migrate', 'reset')) return null;
        return {
          resource: prismaDatabase(p.args, ctx).database,
          warnings: hasOption(p.args, 'force') ? ["--force skips prisma's own prompt"] : [],
        };
      },
      examples: {
        destructive: [
          {
            argv: ['npx', 'prisma', 'migrate', 'reset', '--force'],
            files: PROD_ENV,
            resource: 'shop',
            environment: 'db.prod.internal',
          },
          {
            argv: ['pnpm', 'exec', 'prisma', 'migrate', 'reset'],
            env: { DATABASE_URL: LOCAL_URL },
            resource: 'shop_dev',
            environment: 'localhost',
          },
          {
            argv: ['yarn', 'prisma', 'migrate', 'reset', '--skip-seed'],
            env: { NODE_ENV: 'production' },
            resource: 'schema.prisma-database',
            environment: 'production',
          },
          {
            argv: ['bunx', 'prisma@5', 'migrate', 'reset', '-f'],
            resource: 'schema.prisma-database',
            environment: 'unknown',
          },
        ],
        benign: [
          { argv: ['npx', 'prisma', 'migrate', 'dev'], files: PROD_ENV },
          { argv: ['npx', 'prisma', 'migrate', 'reset', '--help'], files: PROD_ENV },
          { argv: ['npx', 'tsc', '--noEmit'] },
          { argv: ['pnpm', 'run', 'migrate', 'reset'], note: 'a package script named migrate, not prisma' },
        ],
      },
    },
    {
      id: 'npx/prisma-db-push-force-reset',
      summary: 'prisma db push --force-reset: wipe the database before pushing the schema',
      message: 'Resets the database {{resource}} ({{environment}}) before pushing the schema; all data is lost.',
      rationale: '--force-reset drops all data and tables before the push; there is no prompt.',
      safer: 'Push without --force-reset and review what Prisma reports, or use migrations.',
      match: (p, ctx) => {
        if (p.tool !== 'prisma' || !isPrismaCommand(p.args, 'db', 'push') || !hasOption(p.args, 'force-reset'))
          return null;
        return { resource: prismaDatabase(p.args, ctx).database };
      },
      examples: {
        destructive: [
          {
            argv: ['npx', 'prisma', 'db', 'push', '--force-reset'],
            files: PROD_ENV,
            resource: 'shop',
            environment: 'db.prod.internal',
          },
          {
            argv: ['npx', '--yes', 'prisma', 'db', 'push', '--force-reset', '--schema', 'db/schema.prisma'],
            files: { '/home/user/project/db/.env': 'DATABASE_URL=postgres://u@staging-db:5432/app' },
            resource: 'app',
            environment: 'staging-db',
          },
          {
            argv: ['pnpm', 'dlx', 'prisma', 'db', 'push', '--force-reset'],
            env: { DATABASE_URL: LOCAL_URL },
            resource: 'shop_dev',
            environment: 'localhost',
          },
        ],
        benign: [
          { argv: ['npx', 'prisma', 'db', 'push'], files: PROD_ENV },
          { argv: ['npx', 'prisma', 'db', 'pull', '--force'], files: PROD_ENV },
          { argv: ['npx', 'prisma', 'generate'], files: PROD_ENV },
        ],
      },
    },
    {
      id: 'npx/sequelize-db-drop',
      summary: 'sequelize db:drop / db:migrate:undo:all: drop the database or undo every migration',
      message: 'Drops {{resource}} ({{environment}}), or every table its migrations created.',
      rationale:
        'db:drop drops the whole database; db:migrate:undo:all runs every down migration, dropping tables and data. Neither asks.',
      safer: 'Check --env / NODE_ENV and config/config.json first; dump the database.',
      match: (p, ctx) => {
        if (p.tool !== 'sequelize' || !isSequelizeCommand(p.args, 'db:drop', 'db:migrate:undo:all')) return null;
        return { resource: sequelizeDatabase(p.args, ctx).database, details: [`command: ${p.args.positionals[0]}`] };
      },
      examples: {
        destructive: [
          {
            argv: ['npx', 'sequelize-cli', 'db:drop', '--env', 'production'],
            files: {
              '/home/user/project/config/config.json': '{"production":{"host":"db.internal","database":"shop"}}',
            },
            resource: 'shop',
            environment: 'production',
          },
          {
            argv: ['npx', 'sequelize', 'db:drop', '--url', 'postgres://u:p@10.0.0.5/shop'],
            resource: 'shop',
            environment: '10.0.0.5',
          },
          {
            argv: ['yarn', 'sequelize', 'db:migrate:undo:all'],
            resource: 'config.json-database',
            environment: 'unknown',
          },
        ],
        benign: [
          { argv: ['npx', 'sequelize-cli', 'db:migrate', '--env', 'production'] },
          { argv: ['npx', 'sequelize-cli', 'db:create'] },
          { argv: ['npx', 'sequelize-cli', 'db:drop', '--help'] },
        ],
      },
    },
    {
      ...cdk,
      match: (p, ctx) => (p.tool === 'cdk' ? cdk.match(p.args, ctx) : null),
      examples: cdk.examples,
    } as Rule<RunnerParsed>,
  ],
});
