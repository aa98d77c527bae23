import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked in aws/aws-sam-cli samcli/commands at fe8f8db: `sam delete`.
export default (): CatalogueTool => ({
  tool: 'sam',
  commands: ['sam'],
  docs: 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-cli-command-reference-sam-delete.html',
  valueFlags: ['--stack-name', '--region', '--config-file', '--config-env', '--s3-bucket', '--s3-prefix'],
  environment: {
    flag: '--profile',
    envVar: ['AWS_PROFILE', 'AWS_DEFAULT_PROFILE'],
    kind: 'aws-profile',
  },
  operations: [
    {
      id: 'sam/delete',
      summary: 'sam delete: delete the CloudFormation stack and the artifacts of a SAM application',
      message: 'Deletes the SAM stack {{resource}} ({{environment}}).',
      rationale: 'The stack and every resource without DeletionPolicy: Retain go; --no-prompts skips the confirmation.',
      safer: 'Check `aws cloudformation list-stack-resources --stack-name S`; set Retain on data resources.',
      undo: 'no undo for resources without DeletionPolicy: Retain',
      when: {
        args: ['delete'],
      },
      resource: {
        flag: '--stack-name',
        default: 'the stack in samconfig.toml',
      },
      examples: {
        destructive: [
          {
            argv: ['sam', 'delete', '--stack-name', 'acme-prod', '--no-prompts'],
            resource: 'acme-prod',
            environment: 'unknown',
          },
          {
            argv: ['sam', 'delete', '--stack-name', 'api', '--profile', 'prod'],
            resource: 'api',
            environment: 'prod',
          },
          {
            argv: ['sam', 'delete'],
            resource: 'the stack in samconfig.toml',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['sam', 'deploy'],
          },
          {
            argv: ['sam', 'build'],
          },
          {
            argv: ['sam', 'list', 'stack-outputs', '--stack-name', 'acme-prod'],
          },
        ],
      },
    },
  ],
});
