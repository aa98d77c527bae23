import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked in golang-migrate/migrate internal/cli/main.go at 18966c7: `drop`, `down`.
export default (): CatalogueTool => ({
  tool: 'migrate',
  commands: ['migrate'],
  docs: 'https://github.com/golang-migrate/migrate/tree/master/cmd/migrate',
  style: 'go',
  valueFlags: ['-path', '-source'],
  environment: {
    flag: '-database',
    kind: 'db-uri',
  },
  operations: [
    {
      id: 'migrate/drop',
      summary: 'migrate drop / down: drop everything in the database or run every down migration',
      message: 'Runs `{{resource}}` against {{environment}}.',
      rationale: 'drop deletes everything in the database; down without N reverts every migration.',
      safer: 'Back up first; `migrate down 1` on staging.',
      undo: 'no undo without a backup',
      when: {
        args: [['drop', 'down']],
      },
      resource: {
        positional: 0,
      },
      examples: {
        destructive: [
          {
            argv: ['migrate', '-path', 'db', '-database', 'postgres://db.prod/app', 'drop', '-f'],
            resource: 'drop',
            environment: 'postgres://db.prod/app',
          },
          {
            argv: ['migrate', '-database', 'mysql://db/app', '-path', 'm', 'down', '-all'],
            resource: 'down',
            environment: 'mysql://db/app',
          },
          {
            argv: ['migrate', '-path', 'db', 'down'],
            resource: 'down',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['migrate', '-path', 'db', '-database', 'postgres://x', 'up'],
          },
          {
            argv: ['migrate', '-path', 'db', 'version'],
          },
          {
            argv: ['migrate', 'create', '-ext', 'sql', 'add_users'],
          },
        ],
      },
    },
  ],
});
