import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

export default (): CatalogueTool => ({
  tool: "clickhouse-client",
  commands: ["clickhouse-client"],
  docs: "https://clickhouse.com/docs/interfaces/cli",
  valueFlags: ["--port", "--user", "-u", "--password", "--database", "-d", "--format", "-f", "--config-file", "-C"],
  environment: {
    flag: ["--host", "-h"],
    envVar: "CLICKHOUSE_HOST",
    kind: "db-host"
  },
  operations: [
    {
      id: "clickhouse-client/sql",
      summary: "clickhouse-client --query \"SQL\": DROP, TRUNCATE, DELETE/UPDATE without WHERE (through the SQL analysis)",
      message: "The query destroys {{resource}} on the ClickHouse server {{environment}}.",
      rationale: "ClickHouse has no transactions for DDL; DROP and TRUNCATE take effect at once.",
      safer: "Use `DETACH TABLE` (reversible with ATTACH) or take a BACKUP first.",
      undo: "DROP TABLE can be reversed with UNDROP TABLE within database_atomic_delay_before_drop_table_sec (8 minutes by default) on Atomic databases; TRUNCATE has no undo",
      when: {},
      sql: {
        flag: ["--query", "-q"],
        dialect: "mysql"
      },
      resource: {
        value: "query"
      },
      examples: {
        destructive: [
          {
            argv: ["clickhouse-client", "--host", "ch-prod", "-q", "TRUNCATE TABLE logs"],
            resource: "logs",
            environment: "ch-prod"
          },
          {
            argv: ["clickhouse-client", "--query", "DROP DATABASE analytics"],
            resource: "analytics",
            environment: "unknown"
          },
          {
            argv: ["clickhouse-client", "-h", "ch-stage", "--query=DROP TABLE events"],
            resource: "events",
            environment: "ch-stage"
          }
        ],
        benign: [
          {
            argv: ["clickhouse-client", "--host", "ch-prod", "-q", "SELECT count() FROM logs"]
          },
          {
            argv: ["clickhouse-client", "--query", "SHOW TABLES"]
          },
          {
            argv: ["clickhouse-client", "--host", "ch-prod"]
          }
        ]
      }
    }
  ]
});
