import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked against the cqlsh reference (docs.datastax.com cql-oss 3.1 cqlsh, Cassandra SOURCE): -f/--file runs the CQL
// in a file and exits (now read and judged, was only a value flag); CQL also arrives on standard input.
export default (): CatalogueTool => ({
  tool: 'cqlsh',
  commands: ['cqlsh'],
  docs: 'https://cassandra.apache.org/doc/stable/cassandra/managing/tools/cqlsh.html',
  valueFlags: [
    '-u',
    '--username',
    '-p',
    '--password',
    '-k',
    '--keyspace',
    '-f',
    '--file',
    '--cqlshrc',
    '--request-timeout',
    '--connect-timeout',
    '--encoding',
  ],
  environment: {
    positional: 0,
    envVar: 'CQLSH_HOST',
    kind: 'db-host',
  },
  operations: [
    {
      id: 'cqlsh/cql',
      summary: 'cqlsh -e "CQL": DROP KEYSPACE / TABLE, TRUNCATE (through the SQL analysis)',
      message: 'The CQL statement destroys {{resource}} on the Cassandra cluster {{environment}}.',
      rationale: 'Cassandra applies schema changes cluster-wide at once; TRUNCATE removes every row on every node.',
      safer: 'Take a snapshot first (`nodetool snapshot KEYSPACE`).',
      undo: 'with auto_snapshot enabled (the default) Cassandra snapshots a table before DROP/TRUNCATE, restorable by hand from the snapshot directories',
      when: {},
      sql: {
        flag: ['-e', '--execute'],
        file: ['-f', '--file'],
        stdin: true,
        dialect: 'mysql',
      },
      resource: {
        value: 'cql',
      },
      examples: {
        destructive: [
          {
            argv: ['cqlsh', 'cassandra-prod', '-e', 'DROP KEYSPACE orders'],
            resource: 'orders',
            environment: 'cassandra-prod',
          },
          {
            argv: ['cqlsh', 'cassandra-prod'],
            resource: 'shop',
            environment: 'cassandra-prod',
            note: 'the CQL arrives on standard input',
            stdin: 'DROP KEYSPACE shop;\n',
          },
          {
            argv: ['cqlsh', '-e', 'TRUNCATE users.sessions'],
            resource: 'users.sessions',
            environment: 'unknown',
          },
          {
            argv: ['cqlsh', '10.0.0.5', '9042', '--execute', 'DROP TABLE shop.carts'],
            resource: 'shop.carts',
            environment: '10.0.0.5',
          },
        ],
        benign: [
          {
            argv: ['cqlsh', '-e', 'DESCRIBE KEYSPACES'],
          },
          {
            argv: ['cqlsh', 'cassandra-prod', '-e', 'SELECT * FROM users.sessions LIMIT 5'],
          },
          {
            argv: ['cqlsh', 'cassandra-prod'],
          },
        ],
      },
    },
  ],
});
