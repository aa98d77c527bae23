import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked in sqlalchemy/alembic at 20e58db0: alembic/config.py (global -c/--config, -n/--name, -x; downgrade takes
// --sql and --tag VALUE) and alembic/command.py (downgrade is the one command that reverts schema).
export default (): CatalogueTool => ({
  tool: 'alembic',
  commands: ['alembic'],
  docs: 'https://alembic.sqlalchemy.org/en/latest/api/commands.html',
  valueFlags: ['-c', '--config', '-n', '--name', '-x'],
  environment: {
    envVar: 'DATABASE_URL',
    kind: 'db-uri',
  },
  operations: [
    {
      id: 'alembic/downgrade',
      valueFlags: ['--tag'],
      summary: 'alembic downgrade (base / -N / REV): run downgrade migrations',
      message:
        'Downgrades the database {{environment}} to {{resource}}; the downgrade steps drop what the upgrades created.',
      rationale: '`downgrade base` reverts every migration, usually dropping every table.',
      safer: 'Print the SQL first (`alembic downgrade REV --sql`) and back up.',
      undo: 'upgrading again recreates the schema, not the data',
      when: {
        args: ['downgrade'],
        unlessFlags: ['--sql'],
      },
      resource: {
        positional: 1,
        default: 'a relative revision (-N)',
      },
      examples: {
        destructive: [
          {
            argv: ['alembic', 'downgrade', 'base'],
            resource: 'base',
            environment: 'unknown',
          },
          {
            argv: ['alembic', '-c', 'prod.ini', 'downgrade', '-1'],
            resource: 'a relative revision (-N)',
            environment: 'unknown',
          },
          {
            argv: ['alembic', 'downgrade', '--tag', 'nightly', 'base'],
            resource: 'base',
            environment: 'unknown',
            note: '--tag takes a value',
          },
          {
            argv: ['alembic', 'downgrade', 'ae1027a6acf'],
            resource: 'ae1027a6acf',
            environment: 'postgresql://db.prod/app',
            env: {
              DATABASE_URL: 'postgresql://db.prod/app',
            },
          },
        ],
        benign: [
          {
            argv: ['alembic', 'upgrade', 'head'],
          },
          {
            argv: ['alembic', 'downgrade', 'base', '--sql'],
          },
          {
            argv: ['alembic', 'history'],
          },
        ],
      },
    },
  ],
});
