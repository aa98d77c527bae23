import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked in pressly/goose cmd/goose/main.go at 520411a: down, down-to, reset, and (added) redo (down then up: what the
// down drops is lost).
export default (): CatalogueTool => ({
  tool: 'goose',
  commands: ['goose'],
  docs: 'https://pressly.github.io/goose/documentation/cli-commands/',
  style: 'go',
  valueFlags: ['-dir', '-table', '-env'],
  environment: {
    envVar: ['GOOSE_DBSTRING'],
    kind: 'db-uri',
  },
  operations: [
    {
      id: 'goose/down',
      summary: 'goose DRIVER DBSTRING down / down-to / reset: roll migrations back',
      message: 'Rolls back migrations on {{environment}} ({{resource}}).',
      rationale: 'reset rolls back every migration, usually dropping every table.',
      safer: 'Back up first; run the down migration on staging.',
      undo: 'upgrading again recreates the schema, not the data',
      when: {
        anyArg: ['down', 'down-to', 'reset', 'redo'],
      },
      resource: {
        value: 'migrated schema',
      },
      examples: {
        destructive: [
          {
            argv: ['goose', '-dir', 'db/migrations', 'postgres', 'postgres://app@db.prod/app', 'redo'],
            resource: 'migrated schema',
            environment: 'unknown',
          },
          {
            argv: ['goose', 'postgres', 'postgres://db.prod/app', 'reset'],
            resource: 'migrated schema',
            environment: 'unknown',
          },
          {
            argv: ['goose', '-dir', 'db/migrations', 'down'],
            resource: 'migrated schema',
            environment: 'postgres://x',
            env: {
              GOOSE_DBSTRING: 'postgres://x',
            },
          },
          {
            argv: ['goose', 'mysql', 'user@/app', 'down-to', '0'],
            resource: 'migrated schema',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['goose', 'up'],
          },
          {
            argv: ['goose', 'status'],
          },
          {
            argv: ['goose', 'create', 'add_users', 'sql'],
          },
        ],
      },
    },
  ],
});
