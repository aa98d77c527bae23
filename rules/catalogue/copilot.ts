import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked in aws/copilot-cli internal/pkg/cli at 4c858e7: app|env|svc|job|pipeline|task delete.
export default (): CatalogueTool => ({
  tool: 'copilot',
  commands: ['copilot'],
  docs: 'https://aws.github.io/copilot-cli/docs/commands/app-delete/',
  valueFlags: ['--app', '-a', '--name', '-n'],
  environment: {
    flag: ['--env', '-e'],
    envVar: 'AWS_PROFILE',
    kind: 'other',
  },
  operations: [
    {
      id: 'copilot/delete',
      summary:
        'copilot app / env / svc / job / pipeline delete: delete an application, environment or service with its resources',
      message: 'Deletes the Copilot {{resource}} ({{environment}}).',
      rationale: '`app delete` removes every environment, service and their stacks; --yes skips the prompt.',
      safer: 'Delete one service at a time and back up storage addons first.',
      undo: 'no undo for storage addons (DynamoDB, S3, Aurora) deleted with the stacks',
      when: {
        args: [['app', 'env', 'svc', 'job', 'pipeline', 'task'], 'delete'],
      },
      resource: {
        flag: ['--name', '-n'],
        default: 'the workspace application',
      },
      examples: {
        destructive: [
          {
            argv: ['copilot', 'app', 'delete', '--yes'],
            resource: 'the workspace application',
            environment: 'unknown',
          },
          {
            argv: ['copilot', 'svc', 'delete', '--name', 'api', '--env', 'production', '--yes'],
            resource: 'api',
            environment: 'production',
          },
          {
            argv: ['copilot', 'env', 'delete', '-n', 'staging'],
            resource: 'staging',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['copilot', 'svc', 'deploy'],
          },
          {
            argv: ['copilot', 'app', 'ls'],
          },
          {
            argv: ['copilot', 'env', 'show', '-n', 'staging'],
          },
        ],
      },
    },
  ],
});
