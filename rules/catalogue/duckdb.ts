import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked against duckdb.org/docs/1.5/clients/cli/arguments: -cmd COMMAND, -f FILENAME (run and exit) and -init
// FILENAME were missing (added: judged like -c); the shell, derived from SQLite's, also takes SQL after the file and
// on standard input.
export default (): CatalogueTool => ({
  tool: 'duckdb',
  commands: ['duckdb'],
  docs: 'https://duckdb.org/docs/stable/clients/cli/arguments',
  style: 'go',
  valueFlags: ['-s', '-c', '-cmd', '-f', '-init', '-separator', '-newline', '-nullvalue'],
  environment: {
    positional: 0,
    kind: 'db-name',
  },
  operations: [
    {
      id: 'duckdb/sql',
      summary: 'duckdb FILE -c "SQL": DROP, DELETE/UPDATE without WHERE, TRUNCATE (through the SQL analysis)',
      message: 'The SQL given to duckdb destroys {{resource}} in {{environment}}.',
      rationale: 'duckdb commits each statement at once; DROP and a bare DELETE cannot be rolled back afterwards.',
      safer: 'EXPORT DATABASE first, or wrap the statement in BEGIN … ROLLBACK to test it.',
      undo: 'no undo unless the database was exported or copied first',
      when: {
        args: ['*'],
      },
      sql: {
        flag: ['-c', '-s', '-cmd'],
        file: ['-f', '-init'],
        positional: 1,
        stdin: true,
      },
      resource: {
        positional: 0,
      },
      examples: {
        destructive: [
          {
            argv: ['duckdb', 'analytics.duckdb', '-c', 'DROP TABLE events'],
            resource: 'events',
            environment: 'analytics.duckdb',
          },
          {
            argv: ['duckdb', '-cmd', 'DROP TABLE staging', 'lake.duckdb'],
            resource: 'staging',
            environment: 'lake.duckdb',
            note: '-cmd runs before stdin is read',
          },
          {
            argv: ['duckdb', 'prod.duckdb'],
            resource: 'orders',
            environment: 'prod.duckdb',
            note: 'the SQL arrives on standard input',
            stdin: 'DROP TABLE orders;\n',
          },
          {
            argv: ['duckdb', 'warehouse.db', '-c', 'DELETE FROM facts'],
            resource: 'facts',
            environment: 'warehouse.db',
          },
          {
            argv: ['duckdb', 'prod.duckdb', '-c', 'TRUNCATE sales'],
            resource: 'sales',
            environment: 'prod.duckdb',
          },
        ],
        benign: [
          {
            argv: ['duckdb', 'analytics.duckdb', '-c', 'SELECT * FROM events LIMIT 10'],
          },
          {
            argv: ['duckdb', 'analytics.duckdb', '-c', 'CREATE TABLE t AS SELECT 1'],
          },
          {
            argv: ['duckdb', '-c', 'SELECT 42'],
          },
        ],
      },
    },
  ],
});
