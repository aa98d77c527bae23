import { definePack, type RuleMatch } from '../src/core/rule.js';
import { hasOption, optionValue } from '../src/core/argv/parse-options.js';
import { resolveEnvironment } from '../src/core/environment.js';
import { herokuAppSignals } from '../src/core/tools/heroku/heroku-app.js';
import { type HerokuParsed, parseHeroku } from '../src/core/tools/heroku/parse-heroku.js';

const is = (p: HerokuParsed, ...commands: string[]): boolean =>
  !hasOption(p.args, 'help') && commands.includes(p.command);
const confirmWarning = (p: HerokuParsed): string[] =>
  optionValue(p.args, 'confirm') ? [`--confirm ${optionValue(p.args, 'confirm')} answers heroku's own prompt`] : [];
const REMOTE = {
  '/home/user/project/.git/config':
    '[core]\n\tbare = false\n[remote "heroku"]\n\turl = https://git.heroku.com/acme-prod.git\n\tfetch = +refs/heads/*:refs/remotes/heroku/*\n[remote "staging"]\n\turl = https://git.heroku.com/acme-staging.git\n',
};

export const herokuPack = definePack<HerokuParsed>({
  tool: 'heroku',
  commands: ['heroku'],
  prefilter: {
    words: [
      'apps:destroy',
      'pg:reset',
      'addons:destroy',
      'addons:remove',
      'pg:backups:delete',
      'destroy',
      'reset',
      'delete',
      'remove',
    ],
  },
  parse: (args) => parseHeroku(args),
  environment: (p, ctx) =>
    resolveEnvironment(herokuAppSignals(p.args, ctx), ctx, 'no --app, HEROKU_APP or heroku git remote names the app'),
  rules: [
    {
      id: 'heroku/apps-destroy',
      summary: 'heroku apps:destroy: permanently delete an app with its add-ons and config',
      message:
        'Permanently destroys the Heroku app {{resource}} with its add-ons (databases included) and config vars.',
      rationale: 'Add-ons such as Heroku Postgres are deprovisioned with the app; their data and backups go too.',
      safer:
        'Put the app in maintenance mode or scale dynos to 0; capture a database backup (`heroku pg:backups:capture`) first.',
      match: (p, ctx): RuleMatch | null => {
        if (!is(p, 'apps:destroy')) return null;
        const positional = p.operands[0];
        if (positional)
          return {
            resource: positional,
            environment: resolveEnvironment(
              [
                {
                  kind: 'heroku-app',
                  value: positional,
                  source: 'target',
                  detail: `the app being destroyed: ${positional}`,
                },
              ],
              ctx,
            ),
            warnings: confirmWarning(p),
          };
        const app = herokuAppSignals(p.args, ctx)[0]?.value;
        return { resource: app ?? 'unnamed-app', warnings: confirmWarning(p) };
      },
      examples: {
        destructive: [
          {
            argv: ['heroku', 'apps:destroy', '-a', 'acme-prod', '--confirm', 'acme-prod'],
            resource: 'acme-prod',
            environment: 'acme-prod',
          },
          { argv: ['heroku', 'apps:destroy'], files: REMOTE, resource: 'acme-prod', environment: 'acme-prod' },
          {
            argv: ['heroku', 'apps', 'destroy', '--remote', 'staging'],
            files: REMOTE,
            resource: 'acme-staging',
            environment: 'acme-staging',
          },
          {
            argv: ['heroku', 'apps:destroy'],
            env: { HEROKU_APP: 'acme-api' },
            files: REMOTE,
            resource: 'acme-api',
            environment: 'acme-api',
          },
        ],
        benign: [
          { argv: ['heroku', 'apps:info', '-a', 'acme-prod'] },
          { argv: ['heroku', 'apps:destroy', '--help'] },
          { argv: ['heroku', 'apps:create', 'destroy'] },
        ],
      },
    },
    {
      id: 'heroku/pg-reset',
      summary: "heroku pg:reset: delete every table in an app's Heroku Postgres database",
      message: 'Deletes all data in the database {{resource}} of app {{environment}}.',
      rationale: 'pg:reset drops and recreates the database; only a backup taken before brings the data back.',
      safer: 'Capture a backup first (`heroku pg:backups:capture -a APP`), or reset a fork instead.',
      match: (p) =>
        is(p, 'pg:reset') ? { resource: p.operands[0] ?? 'DATABASE_URL', warnings: confirmWarning(p) } : null,
      examples: {
        destructive: [
          {
            argv: ['heroku', 'pg:reset', '-a', 'acme-prod', '--confirm', 'acme-prod'],
            resource: 'DATABASE_URL',
            environment: 'acme-prod',
          },
          {
            argv: ['heroku', 'pg:reset', 'HEROKU_POSTGRESQL_RED'],
            files: REMOTE,
            resource: 'HEROKU_POSTGRESQL_RED',
            environment: 'acme-prod',
          },
          {
            argv: ['heroku', 'pg', 'reset', '--app=acme-staging'],
            resource: 'DATABASE_URL',
            environment: 'acme-staging',
          },
        ],
        benign: [
          { argv: ['heroku', 'pg:info', '-a', 'acme-prod'] },
          { argv: ['heroku', 'pg:reset', '--help'] },
          { argv: ['heroku', 'pg:backups:capture', '-a', 'acme-prod'] },
        ],
      },
    },
    {
      id: 'heroku/addons-destroy',
      summary: 'heroku addons:destroy: deprovision an add-on and its data',
      message: 'Destroys the add-on {{resource}} of app {{environment}} and the data it holds.',
      rationale: 'Destroying a data add-on (Postgres, Redis, Kafka) deletes its data; attachments elsewhere break.',
      safer: 'Detach it (`heroku addons:detach`) or back it up first.',
      match: (p) =>
        is(p, 'addons:destroy', 'addons:remove') && p.operands.length > 0
          ? p.operands.map((resource) => ({ resource, warnings: confirmWarning(p) }))
          : null,
      examples: {
        destructive: [
          {
            argv: ['heroku', 'addons:destroy', 'postgresql-curly-12345', '-a', 'acme-prod', '--confirm', 'acme-prod'],
            resource: 'postgresql-curly-12345',
            environment: 'acme-prod',
          },
          {
            argv: ['heroku', 'addons:destroy', 'heroku-redis'],
            files: REMOTE,
            resource: 'heroku-redis',
            environment: 'acme-prod',
          },
          {
            argv: ['heroku', 'addons', 'destroy', 'papertrail', '-a', 'acme-dev'],
            resource: 'papertrail',
            environment: 'acme-dev',
          },
        ],
        benign: [
          { argv: ['heroku', 'addons', '-a', 'acme-prod'] },
          { argv: ['heroku', 'addons:info', 'heroku-redis', '-a', 'acme-prod'] },
          { argv: ['heroku', 'addons:detach', 'DATABASE', '-a', 'acme-prod'] },
        ],
      },
    },
    {
      id: 'heroku/pg-backups-delete',
      summary: 'heroku pg:backups:delete: delete a database backup',
      message: 'Deletes the backup {{resource}} of app {{environment}}.',
      rationale: 'A deleted backup cannot be restored from; it may be the only copy from before a mistake.',
      safer: 'Download it first (`heroku pg:backups:download ID`).',
      match: (p) =>
        is(p, 'pg:backups:delete') && p.operands[0] ? { resource: p.operands[0], warnings: confirmWarning(p) } : null,
      examples: {
        destructive: [
          {
            argv: ['heroku', 'pg:backups:delete', 'b101', '-a', 'acme-prod', '--confirm', 'acme-prod'],
            resource: 'b101',
            environment: 'acme-prod',
          },
          { argv: ['heroku', 'pg:backups:delete', 'a007'], files: REMOTE, resource: 'a007', environment: 'acme-prod' },
          {
            argv: ['heroku', 'pg', 'backups', 'delete', 'b003', '-a', 'acme-staging'],
            resource: 'b003',
            environment: 'acme-staging',
          },
        ],
        benign: [
          { argv: ['heroku', 'pg:backups', '-a', 'acme-prod'] },
          { argv: ['heroku', 'pg:backups:download', 'b101', '-a', 'acme-prod'] },
          { argv: ['heroku', 'pg:backups:delete', '--help'] },
        ],
      },
    },
  ],
});
