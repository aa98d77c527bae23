import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked in flyway/flyway flyway-commandline Main.java (executeOperation: clean, undo; options are `-key=value`, so
// the valueFlags below only keep a malformed `-user NAME` from hiding the command word): nothing wrong found.
export default (): CatalogueTool => ({
  tool: 'flyway',
  commands: ['flyway'],
  docs: 'https://documentation.red-gate.com/flyway/reference/commands/clean',
  style: 'go',
  valueFlags: ['-user', '-password', '-schemas', '-configFiles', '-locations'],
  environment: {
    flag: '-url',
    envVar: 'FLYWAY_URL',
    kind: 'db-uri',
  },
  operations: [
    {
      id: 'flyway/clean',
      summary: 'flyway clean / undo: drop every object in the configured schemas',
      message: 'Drops every object in the schemas of {{environment}} ({{resource}}).',
      rationale: 'clean drops all tables, views and procedures in the configured schemas.',
      safer: 'Keep cleanDisabled=true (the default since Flyway 9) for anything but throwaway databases.',
      undo: 'no undo',
      when: {
        args: [['clean', 'undo']],
      },
      resource: {
        value: 'every object in the configured schemas',
      },
      examples: {
        destructive: [
          {
            argv: ['flyway', 'clean'],
            resource: 'every object in the configured schemas',
            environment: 'unknown',
          },
          {
            argv: ['flyway', '-url=jdbc:postgresql://db.prod/app', '-cleanDisabled=false', 'clean'],
            resource: 'every object in the configured schemas',
            environment: 'jdbc:postgresql://db.prod/app',
          },
          {
            argv: ['flyway', 'undo', '-url=jdbc:mysql://db/app'],
            resource: 'every object in the configured schemas',
            environment: 'jdbc:mysql://db/app',
          },
        ],
        benign: [
          {
            argv: ['flyway', 'migrate'],
          },
          {
            argv: ['flyway', 'info'],
          },
          {
            argv: ['flyway', 'validate'],
          },
        ],
      },
    },
  ],
});
