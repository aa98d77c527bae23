import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked in ariga/atlas cmd/atlas/internal/cmdapi at a5e0aec: `schema clean`, `migrate down`.
export default (): CatalogueTool => ({
  tool: 'atlas',
  commands: ['atlas'],
  docs: 'https://atlasgo.io/cli-reference',
  valueFlags: ['--env', '--config', '--dev-url', '--schema', '-s'],
  environment: {
    flag: ['--url', '-u'],
    kind: 'db-uri',
  },
  operations: [
    {
      id: 'atlas/schema-clean',
      summary: 'atlas schema clean / migrate down: drop every object in the database or revert migrations',
      message: 'Runs {{resource}} against {{environment}}.',
      rationale: 'schema clean drops every object; --auto-approve skips the prompt.',
      safer: 'Plan first (`atlas schema clean --dry-run`).',
      undo: 'no undo without a backup',
      when: {
        args: [
          ['schema', 'migrate'],
          ['clean', 'down'],
        ],
        unlessFlags: ['--dry-run'],
        except: [
          {
            args: ['schema', 'down'],
            reason: 'not an atlas command (kept out of the count)',
          },
          {
            args: ['migrate', 'clean'],
            reason: 'not an atlas command (kept out of the count)',
          },
        ],
      },
      resource: {
        positional: 1,
      },
      examples: {
        destructive: [
          {
            argv: ['atlas', 'schema', 'clean', '-u', 'postgres://db.prod/app', '--auto-approve'],
            resource: 'clean',
            environment: 'postgres://db.prod/app',
          },
          {
            argv: ['atlas', 'migrate', 'down', '--env', 'prod'],
            resource: 'down',
            environment: 'unknown',
          },
          {
            argv: ['atlas', 'schema', 'clean', '--url', 'mysql://db/app'],
            resource: 'clean',
            environment: 'mysql://db/app',
          },
        ],
        benign: [
          {
            argv: ['atlas', 'schema', 'inspect', '-u', 'postgres://db.prod/app'],
          },
          {
            argv: ['atlas', 'migrate', 'apply'],
          },
          {
            argv: ['atlas', 'schema', 'clean', '--dry-run', '-u', 'postgres://x'],
          },
        ],
      },
    },
  ],
});
