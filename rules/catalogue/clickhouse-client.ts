import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked: https://clickhouse.com/docs/interfaces/cli (--query/-q, --host/-h, queries on standard input
// in batch mode, `clickhouse client` = `clickhouse-client`); ClickHouse's ALTER TABLE … DELETE WHERE /
// DROP PARTITION|PART (https://clickhouse.com/docs/sql-reference/statements/alter/delete, …/partition)
// are read by the lexical analysis (src/core/tools/sql/clickhouse-alter.ts).
export default (): CatalogueTool => ({
  tool: 'clickhouse-client',
  commands: ['clickhouse-client', 'clickhouse'],
  docs: 'https://clickhouse.com/docs/interfaces/cli',
  valueFlags: ['--port', '--user', '-u', '--password', '--database', '-d', '--format', '-f', '--config-file', '-C'],
  environment: {
    flag: ['--host', '-h'],
    envVar: 'CLICKHOUSE_HOST',
    kind: 'db-host',
  },
  operations: [
    {
      id: 'clickhouse-client/sql',
      summary:
        'clickhouse-client --query "SQL" (or SQL on standard input): DROP, TRUNCATE, ALTER TABLE … DELETE WHERE true, DROP PARTITION, DELETE/UPDATE without WHERE (through the SQL analysis)',
      message: 'The query destroys {{resource}} on the ClickHouse server {{environment}}.',
      rationale: 'ClickHouse has no transactions for DDL; DROP and TRUNCATE take effect at once.',
      safer: 'Use `DETACH TABLE` (reversible with ATTACH) or take a BACKUP first.',
      undo: 'DROP TABLE can be reversed with UNDROP TABLE within database_atomic_delay_before_drop_table_sec (8 minutes by default) on Atomic databases; TRUNCATE has no undo',
      when: {},
      sql: {
        flag: ['--query', '-q'],
        dialect: 'mysql',
        stdin: true,
      },
      resource: {
        value: 'query',
      },
      examples: {
        destructive: [
          {
            argv: ['clickhouse-client', '--host', 'ch-prod', '-q', 'TRUNCATE TABLE logs'],
            resource: 'logs',
            environment: 'ch-prod',
          },
          {
            argv: ['clickhouse-client', '--query', 'DROP DATABASE analytics'],
            resource: 'analytics',
            environment: 'unknown',
          },
          {
            argv: ['clickhouse-client', '-h', 'ch-stage', '--query=DROP TABLE events'],
            resource: 'events',
            environment: 'ch-stage',
          },
          {
            argv: ['clickhouse-client', '--host=ch1', '--query', 'ALTER TABLE events DELETE WHERE 1=1'],
            resource: 'events',
            environment: 'ch1',
          },
          {
            argv: [
              'clickhouse',
              'client',
              '--host',
              'ch-prod',
              '-q',
              'ALTER TABLE logs.events ON CLUSTER main DROP PARTITION 202401',
            ],
            resource: 'logs.events.202401',
            environment: 'ch-prod',
          },
          {
            argv: ['clickhouse-client', '--host', 'ch-prod'],
            stdin: "ALTER TABLE hits DROP PART 'all_1_1_0';\n",
            resource: 'hits.all_1_1_0',
            environment: 'ch-prod',
          },
        ],
        benign: [
          {
            argv: ['clickhouse-client', '--host', 'ch-prod', '-q', 'SELECT count() FROM logs'],
          },
          {
            argv: ['clickhouse-client', '--query', 'SHOW TABLES'],
          },
          {
            argv: ['clickhouse-client', '--host', 'ch-prod'],
          },
          {
            argv: ['clickhouse-client', '--host', 'ch-prod', '-q', 'ALTER TABLE events DELETE WHERE user_id = 42'],
          },
          {
            argv: ['clickhouse', 'client', '-q', 'ALTER TABLE events ADD COLUMN region String'],
          },
        ],
      },
    },
  ],
});
