import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked in influxdata/influx-cli cmd/influx at 8cdf401: bucket|org|user delete and `influx delete` (points by predicate).
export default (): CatalogueTool => ({
  tool: 'influx',
  commands: ['influx'],
  docs: 'https://docs.influxdata.com/influxdb/v2/reference/cli/influx/',
  valueFlags: [
    '--org',
    '-o',
    '--org-id',
    '--token',
    '-t',
    '--configs-path',
    '--active-config',
    '-c',
    '--bucket',
    '-b',
    '--bucket-id',
    '--id',
    '-i',
    '--start',
    '--stop',
    '--predicate',
    '-p',
  ],
  environment: {
    flag: '--host',
    envVar: 'INFLUX_HOST',
    kind: 'db-host',
  },
  operations: [
    {
      id: 'influx/bucket-delete',
      summary:
        'influx bucket delete / org delete / v1 dbrp delete: delete a bucket (every series in it) or an organisation',
      message: 'Deletes the InfluxDB bucket or organisation {{resource}} on {{environment}} with all its data.',
      rationale: 'The bucket and its time series go at once; the CLI does not ask.',
      safer: 'Back the bucket up first: `influx backup --bucket NAME DIR`.',
      undo: 'no undo without an influx backup',
      when: {
        args: [['bucket', 'org', 'user'], 'delete'],
      },
      valueFlags: ['--name', '-n'],
      resource: {
        flag: ['--name', '-n', '--id', '-i'],
        default: 'unknown',
      },
      examples: {
        destructive: [
          {
            argv: ['influx', 'bucket', 'delete', '--name', 'metrics', '--org', 'acme'],
            resource: 'metrics',
            environment: 'unknown',
          },
          {
            argv: ['influx', 'bucket', 'delete', '-n', 'telemetry', '--host', 'https://influx.prod:8086'],
            resource: 'telemetry',
            environment: 'https://influx.prod:8086',
          },
          {
            argv: ['influx', 'org', 'delete', '--id', '0a1b2c3d'],
            resource: '0a1b2c3d',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['influx', 'bucket', 'list', '--org', 'acme'],
          },
          {
            argv: ['influx', 'bucket', 'create', '--name', 'metrics'],
          },
          {
            argv: ['influx', 'backup', '--bucket', 'metrics', './bk'],
          },
        ],
      },
    },
    {
      id: 'influx/delete-points',
      summary: 'influx delete: delete points in a time range (with no predicate, all of them)',
      message: 'Deletes points from the InfluxDB bucket {{resource}} on {{environment}}.',
      rationale:
        'Points deleted by time range and predicate are gone; without --predicate every series in the range is removed.',
      safer: 'Query the range first and back the bucket up: `influx backup --bucket NAME DIR`.',
      undo: 'no undo without an influx backup',
      when: {
        args: ['delete'],
      },
      resource: {
        flag: ['--bucket', '-b', '--bucket-id'],
        default: 'unknown',
      },
      examples: {
        destructive: [
          {
            argv: [
              'influx',
              'delete',
              '--bucket',
              'telemetry',
              '--start',
              '1970-01-01T00:00:00Z',
              '--stop',
              '2030-01-01T00:00:00Z',
            ],
            resource: 'telemetry',
            environment: 'unknown',
          },
          {
            argv: [
              'influx',
              'delete',
              '-b',
              'metrics',
              '--start',
              '2024-01-01T00:00:00Z',
              '--stop',
              '2024-02-01T00:00:00Z',
              '--predicate',
              '_measurement="cpu"',
            ],
            resource: 'metrics',
            environment: 'unknown',
          },
          {
            argv: [
              'influx',
              'delete',
              '--bucket-id',
              '0123',
              '--host',
              'http://influx.internal:8086',
              '--start',
              '2020-01-01T00:00:00Z',
              '--stop',
              '2021-01-01T00:00:00Z',
            ],
            resource: '0123',
            environment: 'http://influx.internal:8086',
          },
        ],
        benign: [
          {
            argv: ['influx', 'query', 'from(bucket:"telemetry") |> range(start: -1h)'],
          },
          {
            argv: ['influx', 'write', '--bucket', 'telemetry', 'cpu v=1'],
          },
          {
            argv: ['influx', 'bucket', 'list'],
          },
        ],
      },
    },
  ],
});
