import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked in mongodb/mongo-tools at 8fa3cfc82: mongorestore/options.go (--drop; --archive takes its value only as
// --archive=FILE, bare it reads stdin, so it is no longer a value flag; --dir, --nsExclude, --nsFrom, --nsTo, -j take a
// value) and common/options/options.go (-d/--db, -c/--collection, -h/--host, --uri, --port, -u, -p).
export default (): CatalogueTool => ({
  tool: 'mongorestore',
  commands: ['mongorestore'],
  docs: 'https://www.mongodb.com/docs/database-tools/mongorestore/',
  valueFlags: [
    '--db',
    '-d',
    '--collection',
    '-c',
    '--nsInclude',
    '--nsExclude',
    '--nsFrom',
    '--nsTo',
    '--dir',
    '-j',
    '--numParallelCollections',
    '--port',
    '--username',
    '-u',
    '--password',
    '-p',
    '--authenticationDatabase',
  ],
  environment: {
    flag: ['--uri', '--host', '-h'],
    kind: 'db-uri',
  },
  operations: [
    {
      id: 'mongorestore/drop',
      summary: 'mongorestore --drop: drop each collection before writing into it',
      message: 'mongorestore drops {{resource}} on {{environment}} before loading.',
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
            argv: ['mongorestore', '--uri', 'mongodb://prod/app', '--drop', '--db', 'app', './dump'],
            resource: 'app',
            environment: 'mongodb://prod/app',
          },
          {
            argv: ['mongorestore', '--drop', '-d', 'shop', '--host', 'mongo-stage', './in'],
            resource: 'shop',
            environment: 'mongo-stage',
          },
          {
            argv: ['mongorestore', '--uri', 'mongodb://prod/app', '--archive', '--drop'],
            resource: 'every collection in the input',
            environment: 'mongodb://prod/app',
            note: 'a bare --archive reads the dump from stdin and takes no value',
          },
          {
            argv: ['mongorestore', '--drop', '--collection', 'users', '--db', 'app'],
            resource: 'app',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['mongorestore', '--uri', 'mongodb://prod/app', '--db', 'app', './dump'],
          },
          {
            argv: ['mongorestore', '--help'],
          },
          {
            argv: ['mongorestore', '--db', 'app', '--collection', 'users'],
          },
        ],
      },
    },
  ],
});
