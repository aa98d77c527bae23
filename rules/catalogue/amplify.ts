import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked in aws-amplify/amplify-cli packages/amplify-cli/src/commands/delete.ts (no arguments; deletes the project)
// and commands/env/remove.ts (`env remove <name>`): nothing wrong found.
export default (): CatalogueTool => ({
  tool: 'amplify',
  commands: ['amplify'],
  docs: 'https://docs.amplify.aws/gen1/javascript/tools/cli/commands/delete/',
  environment: {
    envVar: 'AWS_PROFILE',
    kind: 'aws-profile',
  },
  operations: [
    {
      id: 'amplify/delete',
      summary: 'amplify delete: delete the backend of every environment and the local backend folder',
      message: 'Deletes the Amplify backend ({{resource}}) in {{environment}}.',
      rationale:
        "`amplify delete` removes every environment's stacks (DynamoDB tables, S3 buckets, Cognito pools); --force skips the prompt.",
      safer: 'Remove one environment at a time; export data in DynamoDB and S3 first.',
      undo: 'no undo',
      when: {
        args: ['delete'],
      },
      resource: {
        value: 'every environment of the project',
      },
      examples: {
        destructive: [
          {
            argv: ['amplify', 'delete', '--force'],
            resource: 'every environment of the project',
            environment: 'unknown',
          },
          {
            argv: ['amplify', 'delete'],
            resource: 'every environment of the project',
            environment: 'prod',
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: ['amplify', 'delete', '--force', '--yes'],
            resource: 'every environment of the project',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['amplify', 'push'],
          },
          {
            argv: ['amplify', 'status'],
          },
          {
            argv: ['amplify', 'pull'],
          },
        ],
      },
    },
    {
      id: 'amplify/env-remove',
      summary: "amplify env remove ENV: delete one environment's backend resources",
      message: 'Deletes the Amplify environment {{resource}} ({{environment}}).',
      rationale: "The environment's stacks and the data in them go.",
      safer: 'Export the data first; keep the environment and remove single categories instead.',
      undo: 'no undo',
      when: {
        args: ['env', 'remove', '*'],
      },
      resource: {
        positional: 2,
      },
      examples: {
        destructive: [
          {
            argv: ['amplify', 'env', 'remove', 'prod'],
            resource: 'prod',
            environment: 'unknown',
          },
          {
            argv: ['amplify', 'env', 'remove', 'staging', '--yes'],
            resource: 'staging',
            environment: 'unknown',
          },
          {
            argv: ['amplify', 'env', 'remove', 'dev'],
            resource: 'dev',
            environment: 'qa',
            env: {
              AWS_PROFILE: 'qa',
            },
          },
        ],
        benign: [
          {
            argv: ['amplify', 'env', 'list'],
          },
          {
            argv: ['amplify', 'env', 'checkout', 'prod'],
          },
          {
            argv: ['amplify', 'env', 'add'],
          },
        ],
      },
    },
  ],
});
