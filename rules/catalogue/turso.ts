import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

export default (): CatalogueTool => ({
  tool: "turso",
  commands: ["turso"],
  docs: "https://docs.turso.tech/cli/db/destroy",
  environment: {
    envVar: "TURSO_ORG",
    kind: "other"
  },
  operations: [
    {
      id: "turso/destroy",
      summary: "turso db destroy / group destroy / org destroy: destroy a database, a group with its databases, or an organisation",
      message: "Destroys the Turso {{resource}} ({{environment}}).",
      rationale: "A destroyed group takes every database in it; --yes skips the prompt.",
      safer: "Export first (`turso db shell DB .dump > backup.sql`).",
      undo: "no undo",
      when: {
        args: [
          ["db", "group", "org"],
          "destroy",
          "*"
        ]
      },
      resource: {
        positional: 2
      },
      examples: {
        destructive: [
          {
            argv: ["turso", "db", "destroy", "acme-prod", "--yes"],
            resource: "acme-prod",
            environment: "unknown"
          },
          {
            argv: ["turso", "group", "destroy", "default", "-y"],
            resource: "default",
            environment: "unknown"
          },
          {
            argv: ["turso", "db", "destroy", "a", "b"],
            resource: "a",
            environment: "unknown"
          }
        ],
        benign: [
          {
            argv: ["turso", "db", "list"]
          },
          {
            argv: ["turso", "db", "show", "acme-prod"]
          },
          {
            argv: ["turso", "db", "create", "acme-dev"]
          }
        ]
      }
    }
  ]
});
