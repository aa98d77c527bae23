import { definePack, type RuleMatch } from '../src/core/rule.js';
import { hasOption, optionValue, optionValues } from '../src/core/argv/parse-options.js';
import { localEnvironment } from '../src/core/environment.js';
import { awsDetails, awsEnvironment } from '../src/core/tools/aws/aws-environment.js';
import { isAwsOperation, parseAws, type AwsParsed } from '../src/core/tools/aws/aws-parse.js';
import type { Context } from '../src/core/types.js';

const PROD = { AWS_PROFILE: 'prod' };
const match = (
  parsed: AwsParsed,
  ctx: Context,
  resource: string,
  extra: string[] = [],
  warnings: string[] = [],
): RuleMatch => ({
  resource,
  details: [...extra, ...awsDetails(parsed.args, ctx)],
  warnings,
});
const isDryRun = (p: AwsParsed): boolean =>
  hasOption(p.args, 'dryrun') || (hasOption(p.args, 'dry-run') && !hasOption(p.args, 'no-dry-run'));

export const awsPack = definePack<AwsParsed>({
  tool: 'aws',
  commands: ['aws'],
  prefilter: {
    words: [
      'rb',
      'rm',
      'sync',
      'delete-db-instance',
      'delete-db-cluster',
      'delete-table',
      'delete-stack',
      'terminate-instances',
      'delete-secret',
    ],
  },
  parse: (args) => parseAws(args),
  environment: (parsed, ctx) => awsEnvironment(parsed.args, ctx),
  rules: [
    {
      id: 'aws/s3-rb',
      summary: 'aws s3 rb: delete an S3 bucket (with --force, every object in it first)',
      message:
        'Deletes the S3 bucket {{resource}} in {{environment}}; with --force every object is deleted first, and versioned objects cannot be restored.',
      rationale:
        'The AWS CLI never prompts. `--force` empties the bucket object by object before removing it; a deleted bucket name can be taken by any other account.',
      safer:
        'List what would go with `aws s3 rm s3://BUCKET --recursive --dryrun`, and check the account with `aws sts get-caller-identity`.',
      match: (p, ctx) => {
        if (!isAwsOperation(p, 's3', 'rb') || !p.operands[0]) return null;
        return match(
          p,
          ctx,
          p.operands[0],
          [],
          hasOption(p.args, 'force') ? ['--force deletes every object before the bucket'] : [],
        );
      },
      examples: {
        destructive: [
          {
            argv: ['aws', 's3', 'rb', 's3://prod-assets', '--force'],
            env: PROD,
            resource: 's3://prod-assets',
            environment: 'prod',
          },
          {
            argv: ['aws', '--profile', 'staging', 's3', 'rb', 's3://stage-logs'],
            resource: 's3://stage-logs',
            environment: 'staging',
          },
          {
            argv: ['aws', 's3', 'rb', 's3://backups', '--profile=live'],
            env: { AWS_PROFILE: 'dev' },
            resource: 's3://backups',
            environment: 'live',
            note: '--profile beats AWS_PROFILE',
          },
          {
            argv: ['aws', 's3', 'rb', 's3://data'],
            env: { AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE', AWS_PROFILE: 'dev' },
            resource: 's3://data',
            environment: 'unknown',
            note: 'key variables beat AWS_PROFILE for credentials',
          },
        ],
        benign: [
          { argv: ['aws', 's3', 'ls', 's3://prod-assets'], env: PROD },
          { argv: ['aws', 's3', 'rb', 'help'] },
          { argv: ['aws', 's3', 'mb', 's3://prod-assets'], env: PROD },
          { argv: ['aws', 's3', 'cp', 'rb', 's3://prod-assets/rb'] },
        ],
      },
    },
    {
      id: 'aws/s3-rm-recursive',
      summary: 'aws s3 rm --recursive: delete every object under an S3 prefix',
      message: 'Deletes every object under {{resource}} in {{environment}}.',
      rationale: 'No prompt and no undo unless versioning is on; an empty or short prefix means the whole bucket.',
      safer: 'Run the same command with `--dryrun` first and read the list.',
      match: (p, ctx) => {
        if (!isAwsOperation(p, 's3', 'rm') || !hasOption(p.args, 'recursive') || isDryRun(p) || !p.operands[0])
          return null;
        const excluded = optionValues(p.args, 'exclude').map((e) => `except --exclude ${e}`);
        return match(p, ctx, p.operands[0], excluded);
      },
      examples: {
        destructive: [
          {
            argv: ['aws', 's3', 'rm', 's3://prod-assets/', '--recursive'],
            env: PROD,
            resource: 's3://prod-assets/',
            environment: 'prod',
          },
          {
            argv: [
              'aws',
              's3',
              'rm',
              '--recursive',
              's3://uploads/2024',
              '--exclude',
              '*.keep',
              '--profile',
              'production',
            ],
            resource: 's3://uploads/2024',
            environment: 'production',
          },
          {
            argv: ['aws', '--endpoint-url', 'http://localhost:4566', 's3', 'rm', 's3://test/', '--recursive'],
            resource: 's3://test/',
            environment: 'localhost',
            note: 'LocalStack endpoint names the target',
          },
        ],
        benign: [
          { argv: ['aws', 's3', 'rm', 's3://prod-assets/', '--recursive', '--dryrun'], env: PROD },
          { argv: ['aws', 's3', 'ls', 's3://prod-assets/', '--recursive'], env: PROD },
          { argv: ['aws', 's3', 'cp', 's3://prod-assets/', './backup', '--recursive'], env: PROD },
          { argv: ['aws', 's3', 'rm', 'help'] },
        ],
      },
    },
    {
      id: 'aws/s3-sync-delete',
      summary: 'aws s3 sync --delete: delete files at the destination that the source lacks',
      message: 'Deletes everything in {{resource}} ({{environment}}) that is not in the source.',
      rationale:
        'A wrong or empty source turns sync --delete into a recursive delete of the destination; nothing prompts.',
      safer: 'Run the same command with `--dryrun` and read the `delete:` lines.',
      match: (p, ctx) => {
        if (!isAwsOperation(p, 's3', 'sync') || !hasOption(p.args, 'delete') || isDryRun(p) || p.operands.length < 2)
          return null;
        const [source, destination] = p.operands as [string, string];
        const local = !destination.startsWith('s3://');
        return {
          ...match(p, ctx, destination, [`source: ${source}`]),
          ...(local ? { environment: localEnvironment(ctx) } : {}),
        };
      },
      examples: {
        destructive: [
          {
            argv: ['aws', 's3', 'sync', './dist', 's3://prod-site', '--delete'],
            env: PROD,
            resource: 's3://prod-site',
            environment: 'prod',
          },
          {
            argv: ['aws', 's3', 'sync', '--delete', 's3://a', 's3://b', '--profile', 'stage'],
            resource: 's3://b',
            environment: 'stage',
          },
          {
            argv: ['aws', 's3', 'sync', 's3://prod-site', './mirror', '--delete'],
            env: PROD,
            resource: './mirror',
            environment: 'local',
            note: 'a local destination is this machine',
          },
        ],
        benign: [
          { argv: ['aws', 's3', 'sync', './dist', 's3://prod-site'], env: PROD },
          { argv: ['aws', 's3', 'sync', './dist', 's3://prod-site', '--delete', '--dryrun'], env: PROD },
          { argv: ['aws', 's3', 'sync', 'help'] },
        ],
      },
    },
    {
      id: 'aws/rds-delete',
      summary: 'aws rds delete-db-instance / delete-db-cluster: delete a database',
      message: 'Deletes the RDS database {{resource}} in {{environment}}.',
      rationale:
        'With --skip-final-snapshot no snapshot is kept, and --delete-automated-backups removes the point-in-time backups as well; the CLI never asks.',
      safer:
        'Keep a final snapshot (`--final-db-snapshot-identifier NAME`), keep automated backups, or enable deletion protection.',
      match: (p, ctx) => {
        if (!isAwsOperation(p, 'rds', 'delete-db-instance', 'delete-db-cluster')) return null;
        const id = optionValue(p.args, 'db-instance-identifier') ?? optionValue(p.args, 'db-cluster-identifier');
        if (!id) return null;
        const warnings: string[] = [];
        if (hasOption(p.args, 'skip-final-snapshot') && !hasOption(p.args, 'no-skip-final-snapshot'))
          warnings.push('--skip-final-snapshot: no final snapshot will be kept');
        if (hasOption(p.args, 'delete-automated-backups'))
          warnings.push('--delete-automated-backups: point-in-time backups are deleted too');
        return match(p, ctx, id, [`operation: rds ${p.operation}`], warnings);
      },
      examples: {
        destructive: [
          {
            argv: [
              'aws',
              'rds',
              'delete-db-instance',
              '--db-instance-identifier',
              'prod-db',
              '--skip-final-snapshot',
              '--delete-automated-backups',
            ],
            env: PROD,
            resource: 'prod-db',
            environment: 'prod',
          },
          {
            argv: [
              'aws',
              'rds',
              'delete-db-cluster',
              '--db-cluster-identifier=orders',
              '--final-db-snapshot-identifier',
              'orders-final',
              '--profile',
              'staging',
            ],
            resource: 'orders',
            environment: 'staging',
          },
          {
            argv: ['aws', 'rds', 'delete-db-instance', '--db-instance-identifier', 'legacy'],
            resource: 'legacy',
            environment: 'default',
          },
        ],
        benign: [
          { argv: ['aws', 'rds', 'describe-db-instances', '--db-instance-identifier', 'prod-db'], env: PROD },
          { argv: ['aws', 'rds', 'delete-db-instance', 'help'] },
          {
            argv: [
              'aws',
              'rds',
              'create-db-snapshot',
              '--db-instance-identifier',
              'prod-db',
              '--db-snapshot-identifier',
              'before',
            ],
            env: PROD,
            note: 'deleting a snapshot is aws/rds-deletes (a backup is the undo)',
          },
          { argv: ['aws', 'rds', 'delete-db-instance', '--generate-cli-skeleton'] },
        ],
      },
    },
    {
      id: 'aws/dynamodb-delete-table',
      summary: 'aws dynamodb delete-table: delete a DynamoDB table and its items',
      message: 'Deletes the DynamoDB table {{resource}} and every item in it, in {{environment}}.',
      rationale:
        'The table and its streams go at once; on-demand backups survive but point-in-time recovery ends with the table.',
      safer:
        'Take a backup first (`aws dynamodb create-backup --table-name T --backup-name …`) or enable deletion protection.',
      match: (p, ctx) => {
        const table = isAwsOperation(p, 'dynamodb', 'delete-table') ? optionValue(p.args, 'table-name') : undefined;
        return table ? match(p, ctx, table) : null;
      },
      examples: {
        destructive: [
          {
            argv: ['aws', 'dynamodb', 'delete-table', '--table-name', 'Orders'],
            env: PROD,
            resource: 'Orders',
            environment: 'prod',
          },
          {
            argv: [
              'aws',
              'dynamodb',
              'delete-table',
              '--table-name=Users',
              '--region',
              'eu-west-1',
              '--profile',
              'prod-eu',
            ],
            resource: 'Users',
            environment: 'prod-eu',
          },
          {
            argv: ['aws', 'dynamodb', 'delete-table', '--table-name', 'Sessions'],
            env: { AWS_DEFAULT_PROFILE: 'qa' },
            resource: 'Sessions',
            environment: 'qa',
          },
        ],
        benign: [
          { argv: ['aws', 'dynamodb', 'describe-table', '--table-name', 'Orders'], env: PROD },
          { argv: ['aws', 'dynamodb', 'delete-item', '--table-name', 'Orders', '--key', '{}'], env: PROD },
          { argv: ['aws', 'dynamodb', 'delete-table', 'help'] },
        ],
      },
    },
    {
      id: 'aws/cloudformation-delete-stack',
      summary: 'aws cloudformation delete-stack: delete a stack and the resources it created',
      message:
        'Deletes the CloudFormation stack {{resource}} in {{environment}}, and every resource it manages that has no Retain policy.',
      rationale:
        'Deleting a stack deletes its databases, buckets and queues too unless they carry DeletionPolicy: Retain.',
      safer:
        'Review `aws cloudformation list-stack-resources --stack-name S`, set DeletionPolicy: Retain, or enable termination protection.',
      match: (p, ctx) => {
        const stack = isAwsOperation(p, 'cloudformation', 'delete-stack')
          ? optionValue(p.args, 'stack-name')
          : undefined;
        return stack ? match(p, ctx, stack) : null;
      },
      examples: {
        destructive: [
          {
            argv: ['aws', 'cloudformation', 'delete-stack', '--stack-name', 'api-prod'],
            env: PROD,
            resource: 'api-prod',
            environment: 'prod',
          },
          {
            argv: ['aws', 'cloudformation', 'delete-stack', '--stack-name=network', '--profile', 'shared'],
            resource: 'network',
            environment: 'shared',
          },
          {
            argv: ['aws', 'cloudformation', 'delete-stack', '--stack-name', 'db', '--retain-resources', 'Bucket'],
            resource: 'db',
            environment: 'default',
          },
        ],
        benign: [
          { argv: ['aws', 'cloudformation', 'describe-stacks', '--stack-name', 'api-prod'], env: PROD },
          {
            argv: ['aws', 'cloudformation', 'delete-change-set', '--stack-name', 'api-prod', '--change-set-name', 'c1'],
            env: PROD,
          },
          { argv: ['aws', 'cloudformation', 'delete-stack', 'help'] },
        ],
      },
    },
    {
      id: 'aws/ec2-terminate-instances',
      summary: 'aws ec2 terminate-instances: terminate EC2 instances',
      message:
        'Terminates the EC2 instances {{resource}} in {{environment}}; their instance-store data and delete-on-termination volumes are gone.',
      rationale: 'Termination cannot be undone; root EBS volumes are deleted by default.',
      safer:
        'Use `aws ec2 stop-instances`, or run with `--dry-run` first; enable termination protection on important instances.',
      match: (p, ctx) => {
        if (!isAwsOperation(p, 'ec2', 'terminate-instances') || isDryRun(p)) return null;
        const ids = [...optionValues(p.args, 'instance-ids'), ...p.operands.filter((o) => o.startsWith('i-'))];
        return ids.length > 0 ? match(p, ctx, ids.join(',')) : null;
      },
      examples: {
        destructive: [
          {
            argv: ['aws', 'ec2', 'terminate-instances', '--instance-ids', 'i-0abc', 'i-0def'],
            env: PROD,
            resource: 'i-0abc,i-0def',
            environment: 'prod',
          },
          {
            argv: ['aws', 'ec2', 'terminate-instances', '--instance-ids=i-123', '--profile', 'staging'],
            resource: 'i-123',
            environment: 'staging',
          },
          {
            argv: ['aws', 'ec2', 'terminate-instances', '--instance-ids', 'i-9', '--no-dry-run'],
            resource: 'i-9',
            environment: 'default',
          },
        ],
        benign: [
          { argv: ['aws', 'ec2', 'terminate-instances', '--instance-ids', 'i-0abc', '--dry-run'], env: PROD },
          { argv: ['aws', 'ec2', 'stop-instances', '--instance-ids', 'i-0abc'], env: PROD },
          { argv: ['aws', 'ec2', 'describe-instances', '--instance-ids', 'i-0abc'], env: PROD },
        ],
      },
    },
    {
      id: 'aws/secretsmanager-force-delete',
      summary:
        'aws secretsmanager delete-secret --force-delete-without-recovery: delete a secret with no recovery window',
      message: 'Deletes the secret {{resource}} in {{environment}} immediately, without the recovery window.',
      rationale: 'Without the flag a deleted secret can be restored for 7–30 days; with it the value is gone at once.',
      safer: 'Delete with a recovery window (`--recovery-window-in-days 7`) so `restore-secret` still works.',
      match: (p, ctx) => {
        if (!isAwsOperation(p, 'secretsmanager', 'delete-secret')) return null;
        if (
          !hasOption(p.args, 'force-delete-without-recovery') ||
          hasOption(p.args, 'no-force-delete-without-recovery')
        )
          return null;
        const id = optionValue(p.args, 'secret-id');
        return id ? match(p, ctx, id) : null;
      },
      examples: {
        destructive: [
          {
            argv: [
              'aws',
              'secretsmanager',
              'delete-secret',
              '--secret-id',
              'prod/db-password',
              '--force-delete-without-recovery',
            ],
            env: PROD,
            resource: 'prod/db-password',
            environment: 'prod',
          },
          {
            argv: [
              'aws',
              'secretsmanager',
              'delete-secret',
              '--force-delete-without-recovery',
              '--secret-id=api-key',
              '--profile',
              'stage',
            ],
            resource: 'api-key',
            environment: 'stage',
          },
          {
            argv: [
              'aws',
              'secretsmanager',
              'delete-secret',
              '--secret-id',
              'token',
              '--force-delete-without-recovery',
              '--region',
              'us-east-1',
            ],
            resource: 'token',
            environment: 'default',
          },
        ],
        benign: [
          { argv: ['aws', 'secretsmanager', 'delete-secret', '--secret-id', 'prod/db-password'], env: PROD },
          {
            argv: ['aws', 'secretsmanager', 'delete-secret', '--secret-id', 'x', '--recovery-window-in-days', '7'],
            env: PROD,
          },
          { argv: ['aws', 'secretsmanager', 'get-secret-value', '--secret-id', 'prod/db-password'], env: PROD },
        ],
      },
    },
  ],
});
