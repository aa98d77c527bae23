/** A valid custom rule spec (config data), to be varied by tests. */
export function dbDropRule(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'mytool/db-drop',
    when: { args: ['db', 'drop'], unlessFlags: ['--dry-run', '--help'] },
    valueFlags: ['--env'],
    resource: { positional: 2 },
    environment: { flag: '--env', envVar: 'MYTOOL_ENV' },
    summary: 'Drops a whole database',
    message: 'drops database {{resource}} in {{environment}}',
    rationale: 'a dropped database is gone with its data',
    safer: 'dump it first: mytool db dump NAME',
    examples: {
      destructive: [
        { argv: ['mytool', 'db', 'drop', 'users', '--env', 'staging'], resource: 'users', environment: 'staging' },
        { argv: ['mytool', '--env=qa', 'db', 'drop', 'orders'], resource: 'orders', environment: 'qa' },
        {
          argv: ['mytool', 'db', 'drop', 'orders'],
          env: { MYTOOL_ENV: 'blue' },
          resource: 'orders',
          environment: 'blue',
        },
      ],
      benign: [
        { argv: ['mytool', 'db', 'list'] },
        { argv: ['mytool', 'db', 'drop', 'users', '--dry-run'] },
        { argv: ['mytool', 'db', 'drop', '--help'] },
      ],
    },
    ...overrides,
  };
}
