import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked in serverless/serverless lib/plugins/remove/remove.js (2.x, via unpkg) and the osls 3.51 remove.md:
// `remove` with --stage/-s, --region/-r, --verbose: nothing wrong found.
export default (): CatalogueTool => ({
  tool: 'serverless',
  commands: ['serverless', 'sls'],
  docs: 'https://www.serverless.com/framework/docs/providers/aws/cli-reference/remove',
  valueFlags: ['--region', '-r', '--aws-profile', '--config', '-c', '--org', '--app'],
  environment: {
    flag: ['--stage', '-s'],
    envVar: 'SLS_STAGE',
    kind: 'other',
  },
  operations: [
    {
      id: 'serverless/remove',
      summary: 'serverless remove: delete the deployed stack (functions, tables, buckets it created)',
      message: 'Deletes the Serverless service stack in stage {{environment}} ({{resource}}).',
      rationale:
        'remove deletes the CloudFormation stack: DynamoDB tables and buckets without DeletionPolicy Retain go with it.',
      safer: 'Set DeletionPolicy: Retain on data resources, and check `serverless info --stage S`.',
      undo: 'no undo for resources without DeletionPolicy: Retain',
      when: {
        args: ['remove'],
      },
      resource: {
        value: 'serverless.yml service',
      },
      examples: {
        destructive: [
          {
            argv: ['serverless', 'remove', '--stage', 'prod'],
            resource: 'serverless.yml service',
            environment: 'prod',
          },
          {
            argv: ['sls', 'remove', '-s', 'staging', '--region', 'eu-west-1'],
            resource: 'serverless.yml service',
            environment: 'staging',
          },
          {
            argv: ['serverless', 'remove'],
            resource: 'serverless.yml service',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['serverless', 'deploy', '--stage', 'prod'],
          },
          {
            argv: ['serverless', 'info', '--stage', 'prod'],
          },
          {
            argv: ['sls', 'logs', '-f', 'api'],
          },
        ],
      },
    },
  ],
});
