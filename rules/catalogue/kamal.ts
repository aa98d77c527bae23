import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked in basecamp/kamal lib/kamal/cli at eee0083: `remove`, `app remove`, `accessory remove [NAME|all]`
// ("container, image and data directory").
export default (): CatalogueTool => ({
  tool: 'kamal',
  commands: ['kamal'],
  docs: 'https://kamal-deploy.org/docs/commands/remove/',
  valueFlags: ['--destination', '-d', '--config-file', '-c', '--hosts', '-h', '--roles', '-r', '--primary'],
  environment: {
    flag: ['--destination', '-d'],
    kind: 'other',
  },
  operations: [
    {
      id: 'kamal/remove',
      summary: 'kamal remove: remove the app, the proxy and every accessory (databases included) from the servers',
      message: 'Removes the whole deployment ({{resource}}) from the servers of {{environment}}.',
      rationale:
        '`kamal remove` takes down the app, the proxy and every accessory with its data directory; -y skips the prompt.',
      safer: 'Stop instead (`kamal app stop`), and back up accessory volumes first.',
      undo: 'no undo for accessory data directories; the app comes back with `kamal setup`',
      when: {
        args: ['remove'],
      },
      resource: {
        value: 'config/deploy.yml',
      },
      examples: {
        destructive: [
          {
            argv: ['kamal', 'remove', '-y'],
            resource: 'config/deploy.yml',
            environment: 'unknown',
          },
          {
            argv: ['kamal', 'remove', '-d', 'production'],
            resource: 'config/deploy.yml',
            environment: 'production',
          },
          {
            argv: ['kamal', 'remove', '--destination', 'staging', '-y'],
            resource: 'config/deploy.yml',
            environment: 'staging',
          },
        ],
        benign: [
          {
            argv: ['kamal', 'deploy'],
          },
          {
            argv: ['kamal', 'app', 'logs'],
          },
          {
            argv: ['kamal', 'details'],
          },
        ],
      },
    },
    {
      id: 'kamal/component-remove',
      summary:
        'kamal app / accessory / proxy remove: remove the app containers or an accessory with its data directory',
      message: 'Removes {{resource}} from the servers of {{environment}}.',
      rationale: '`accessory remove` deletes the accessory container, image and data directory.',
      safer: 'Stop it instead (`kamal accessory stop NAME`) and back the volume up.',
      undo: 'no undo for accessory data directories',
      when: {
        args: [['app', 'accessory', 'proxy', 'traefik'], 'remove'],
      },
      resource: {
        positional: 2,
        default: 'the app',
      },
      examples: {
        destructive: [
          {
            argv: ['kamal', 'accessory', 'remove', 'db', '-d', 'production'],
            resource: 'db',
            environment: 'production',
          },
          {
            argv: ['kamal', 'app', 'remove', '--destination', 'staging'],
            resource: 'the app',
            environment: 'staging',
          },
          {
            argv: ['kamal', 'accessory', 'remove', 'redis', '-y'],
            resource: 'redis',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['kamal', 'accessory', 'boot', 'db'],
          },
          {
            argv: ['kamal', 'app', 'stop'],
          },
          {
            argv: ['kamal', 'accessory', 'details', 'db'],
          },
        ],
      },
    },
  ],
});
