import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked in dokku/dokku plugins/storage (storage:destroy), dokku/dokku-postgres subcommands/ (destroy [-f], reset
// [-f] "delete all data in the service", destroy-database SERVICE DB: added): nothing else wrong found.
export default (): CatalogueTool => ({
  tool: 'dokku',
  commands: ['dokku'],
  docs: 'https://dokku.com/docs/deployment/application-management/',
  environment: {
    envVar: 'DOKKU_HOST',
    kind: 'other',
  },
  operations: [
    {
      id: 'dokku/destroy',
      summary:
        'dokku apps:destroy / postgres|mysql|redis|mongo|mariadb:destroy / storage:destroy: destroy an app or a datastore service',
      message: 'Destroys the dokku app or service {{resource}} on {{environment}}.',
      rationale: 'A destroyed datastore service deletes its data directory; --force skips the typed confirmation.',
      safer: 'Export the data first (`dokku postgres:export NAME > backup.dump`).',
      undo: 'no undo without an export',
      when: {
        args: [
          [
            'apps:destroy',
            'postgres:destroy',
            'postgres:reset',
            'postgres:destroy-database',
            'mysql:destroy',
            'mariadb:destroy',
            'redis:destroy',
            'mongo:destroy',
            'rabbitmq:destroy',
            'elasticsearch:destroy',
            'storage:destroy',
            'clickhouse:destroy',
          ],
          '*',
        ],
      },
      resource: {
        positional: 1,
      },
      examples: {
        destructive: [
          {
            argv: ['dokku', 'apps:destroy', 'acme', '--force'],
            resource: 'acme',
            environment: 'unknown',
          },
          {
            argv: ['dokku', 'postgres:destroy', 'acme-db', '--force'],
            resource: 'acme-db',
            environment: 'unknown',
          },
          {
            argv: ['dokku', 'postgres:reset', 'acme-db', '-f'],
            resource: 'acme-db',
            environment: 'unknown',
            note: "reset deletes every row of the service's database",
          },
          {
            argv: ['dokku', 'redis:destroy', 'cache'],
            resource: 'cache',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['dokku', 'apps:list'],
          },
          {
            argv: ['dokku', 'postgres:export', 'acme-db'],
          },
          {
            argv: ['dokku', 'ps:restart', 'acme'],
          },
        ],
      },
    },
  ],
});
