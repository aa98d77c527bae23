import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked in mongodb/mongo-tools mongoimport/options.go at 8fa3cfc: `--drop`, and (added) `--mode delete`
// ("deletes matching documents").
export default (): CatalogueTool => ({
  tool: 'mongoimport',
  commands: ['mongoimport'],
  docs: 'https://www.mongodb.com/docs/database-tools/mongoimport/',
  valueFlags: [
    '--db',
    '-d',
    '--collection',
    '-c',
    '--nsInclude',
    '--file',
    '--username',
    '-u',
    '--password',
    '-p',
    '--archive',
    '--authenticationDatabase',
  ],
  environment: {
    flag: ['--uri', '--host', '-h'],
    kind: 'db-uri',
  },
  operations: [
    {
      id: 'mongoimport/drop',
      summary: 'mongoimport --drop: drop each collection before writing into it',
      message: 'mongoimport drops {{resource}} on {{environment}} before loading.',
      rationale: 'With --drop the existing collections are dropped first; whatever the input lacks is gone.',
      safer: 'Load into a new database or collection first and compare, or mongodump the current one.',
      undo: 'no undo without a mongodump of the current data',
      when: {
        flags: ['--drop'],
      },
      resource: {
        flag: ['--db', '-d', '--nsInclude', '--collection', '-c'],
        default: 'every collection in the input',
      },
      examples: {
        destructive: [
          {
            argv: ['mongoimport', '--uri', 'mongodb://prod/app', '--drop', '--db', 'app', './dump'],
            resource: 'app',
            environment: 'mongodb://prod/app',
          },
          {
            argv: ['mongoimport', '--drop', '-d', 'shop', '--host', 'mongo-stage', './in'],
            resource: 'shop',
            environment: 'mongo-stage',
          },
          {
            argv: ['mongoimport', '--drop', '--collection', 'users', '--db', 'app'],
            resource: 'app',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['mongoimport', '--uri', 'mongodb://prod/app', '--db', 'app', './dump'],
          },
          {
            argv: ['mongoimport', '--help'],
          },
          {
            argv: ['mongoimport', '--db', 'app', '--collection', 'users'],
          },
        ],
      },
    },
    {
      id: 'mongoimport/mode-delete',
      summary: 'mongoimport --mode delete: delete the documents that match the input',
      message: 'mongoimport deletes the documents of {{resource}} on {{environment}} that match the input file.',
      rationale:
        'In delete mode every input document names a document to delete; a wrong file or --upsertFields deletes what it matches.',
      safer: 'Run the same filter as a find first and count; mongodump the collection before.',
      undo: 'no undo without a mongodump of the collection',
      when: {
        flags: [['--mode']],
        anyArg: ['delete', '--mode=delete'],
      },
      resource: {
        flag: ['--collection', '-c', '--db', '-d'],
        default: "the input's collection",
      },
      examples: {
        destructive: [
          {
            argv: [
              'mongoimport',
              '--uri',
              'mongodb://prod/app',
              '--collection',
              'users',
              '--mode',
              'delete',
              '--file',
              'stale.json',
            ],
            resource: 'users',
            environment: 'mongodb://prod/app',
          },
          {
            argv: ['mongoimport', '--host', 'db1', '-c', 'orders', '--mode=delete', 'old.json'],
            resource: 'orders',
            environment: 'db1',
          },
          {
            argv: ['mongoimport', '--mode', 'delete', '--upsertFields', 'email', '--file', 'x.json'],
            resource: "the input's collection",
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: [
              'mongoimport',
              '--uri',
              'mongodb://prod/app',
              '--collection',
              'users',
              '--mode',
              'upsert',
              '--file',
              'users.json',
            ],
          },
          {
            argv: ['mongoimport', '--uri', 'mongodb://prod/app', '--collection', 'users', '--file', 'users.json'],
          },
          {
            argv: ['mongoimport', '--collection', 'users', '--mode', 'merge', '--file', 'delete.json'],
          },
        ],
      },
    },
  ],
});
