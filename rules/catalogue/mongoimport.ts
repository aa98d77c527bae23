import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

export default (): CatalogueTool => ({
  tool: "mongoimport",
  commands: ["mongoimport"],
  docs: "https://www.mongodb.com/docs/database-tools/mongoimport/",
  valueFlags: ["--db", "-d", "--collection", "-c", "--nsInclude", "--file", "--username", "-u", "--password", "-p", "--archive", "--authenticationDatabase"],
  environment: {
    flag: ["--uri", "--host", "-h"],
    kind: "db-uri"
  },
  operations: [
    {
      id: "mongoimport/drop",
      summary: "mongoimport --drop: drop each collection before writing into it",
      message: "mongoimport drops {{resource}} on {{environment}} before loading.",
      rationale: "With --drop the existing collections are dropped first; whatever the input lacks is gone.",
      safer: "Load into a new database or collection first and compare, or mongodump the current one.",
      undo: "no undo without a mongodump of the current data",
      when: {
        flags: ["--drop"]
      },
      resource: {
        flag: ["--db", "-d", "--nsInclude", "--collection", "-c"],
        default: "every collection in the input"
      },
      examples: {
        destructive: [
          {
            argv: ["mongoimport", "--uri", "mongodb://prod/app", "--drop", "--db", "app", "./dump"],
            resource: "app",
            environment: "mongodb://prod/app"
          },
          {
            argv: ["mongoimport", "--drop", "-d", "shop", "--host", "mongo-stage", "./in"],
            resource: "shop",
            environment: "mongo-stage"
          },
          {
            argv: ["mongoimport", "--drop", "--collection", "users", "--db", "app"],
            resource: "app",
            environment: "unknown"
          }
        ],
        benign: [
          {
            argv: ["mongoimport", "--uri", "mongodb://prod/app", "--db", "app", "./dump"]
          },
          {
            argv: ["mongoimport", "--help"]
          },
          {
            argv: ["mongoimport", "--db", "app", "--collection", "users"]
          }
        ]
      }
    }
  ]
});
