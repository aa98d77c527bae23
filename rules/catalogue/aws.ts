import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';
import { awsEnvironment } from '../../src/core/tools/aws/aws-environment.js';
import { parseAws } from '../../src/core/tools/aws/aws-parse.js';

/** Shared by several operations below. */
const RESOURCE_FLAGS = {
  flag: [
    '--volume-id',
    '--snapshot-id',
    '--image-id',
    '--vpc-id',
    '--subnet-id',
    '--group-id',
    '--key-name',
    '--db-instance-identifier',
    '--db-cluster-identifier',
    '--db-snapshot-identifier',
    '--db-cluster-snapshot-identifier',
    '--function-name',
    '--bucket',
    '--key-id',
    '--table-name',
    '--cluster',
    '--cluster-id',
    '--cache-cluster-id',
    '--replication-group-id',
    '--repository-name',
    '--name',
    '--role-name',
    '--user-name',
    '--policy-arn',
    '--group-name',
    '--id',
    '--hosted-zone-id',
    '--log-group-name',
    '--queue-url',
    '--topic-arn',
    '--file-system-id',
    '--backup-vault-name',
    '--recovery-point-arn',
    '--cluster-identifier',
    '--domain-name',
    '--user-pool-id',
    '--rest-api-id',
    '--stream-name',
    '--stack-name',
    '--allocation-id',
    '--load-balancer-arn',
    '--target-group-arn',
    '--service',
    '--secret-id',
    '--certificate-arn',
    '--distribution-id',
    '--state-machine-arn',
    '--database-name',
    '--identity-pool-id',
    '--instance-id',
    '--instance-ids',
    '--broker-id',
    '--arn',
  ],
  default: 'unknown',
};

/** Shared by several operations below. */
const HELP = [
  { anyArg: ['help', '--generate-cli-skeleton'], reason: 'prints the manual or a request skeleton; nothing is sent' },
];

// Spot-checked against the AWS CLI reference (elbv2 modify-load-balancer-attributes: deletion protection is turned off
// with `--attributes Key=deletion_protection.enabled,Value=false`, which the old literal word never matched; dynamodb
// update-continuous-backups --point-in-time-recovery-specification; s3api put-bucket-versioning).
export default (): CatalogueTool => ({
  tool: 'aws',
  commands: ['aws'],
  docs: 'https://awscli.amazonaws.com/v2/documentation/api/latest/reference/index.html',
  environmentOf: (args, ctx) => awsEnvironment(parseAws(args).args, ctx),
  valueFlags: [
    '--region',
    '--output',
    '--endpoint-url',
    '--query',
    '--color',
    '--ca-bundle',
    '--cli-read-timeout',
    '--cli-connect-timeout',
    '--cli-input-json',
    '--cli-input-yaml',
    '--cli-binary-format',
  ],
  operations: [
    {
      id: 'aws/ec2-deletes',
      summary:
        'aws ec2 delete-volume / delete-snapshot / deregister-image / delete-vpc …: delete EC2 resource (volume, snapshot, image, network)',
      message:
        'Deletes the EC2 resource (volume, snapshot, image, network) {{resource}} in AWS account {{environment}}.',
      rationale: 'The AWS CLI never asks; the delete takes effect at once.',
      safer: 'Describe it first, enable deletion protection where the service has it, and take a snapshot or backup.',
      undo: 'a deleted EBS snapshot comes back only from the Recycle Bin if a retention rule covers it; otherwise no undo',
      when: {
        args: [
          'ec2',
          [
            'delete-volume',
            'delete-snapshot',
            'deregister-image',
            'delete-vpc',
            'delete-subnet',
            'delete-security-group',
            'delete-key-pair',
            'delete-launch-template',
            'delete-nat-gateway',
            'delete-internet-gateway',
            'delete-route-table',
            'delete-network-interface',
            'release-address',
            'delete-transit-gateway',
            'delete-vpc-endpoints',
            'delete-fleets',
            'delete-placement-group',
            'delete-customer-gateway',
            'delete-vpn-connection',
            'delete-vpn-gateway',
            'delete-flow-logs',
            'delete-dhcp-options',
            'delete-network-acl',
            'delete-egress-only-internet-gateway',
            'cancel-spot-fleet-requests',
            'delete-snapshots',
          ],
        ],
        unlessFlags: ['--dry-run'],
        except: HELP,
      },
      resource: RESOURCE_FLAGS,
      examples: {
        destructive: [
          {
            argv: ['aws', 'ec2', 'delete-volume', '--volume-id', 'vol-0abc123'],
            resource: 'vol-0abc123',
            environment: 'prod',
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: ['aws', 'ec2', 'delete-snapshot', '--snapshot-id', 'snap-0123', '--profile', 'staging'],
            resource: 'snap-0123',
            environment: 'staging',
          },
          {
            argv: ['aws', 'ec2', 'deregister-image', '--image-id', 'ami-0123'],
            resource: 'ami-0123',
            environment: 'default',
          },
        ],
        benign: [
          {
            argv: ['aws', 'ec2', 'describe-volumes'],
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: ['aws', 'ec2', 'delete-volume', '--volume-id', 'vol-1', '--dry-run'],
          },
          {
            argv: ['aws', 'ec2', 'create-snapshot', '--volume-id', 'vol-0abc123'],
          },
        ],
      },
    },
    {
      id: 'aws/rds-deletes',
      summary:
        'aws rds delete-db-snapshot / delete-db-cluster-snapshot / delete-db-instance-automated-backup / delete-db-cluster-automated-backup …: delete RDS snapshot, backup or cluster part',
      message: 'Deletes the RDS snapshot, backup or cluster part {{resource}} in AWS account {{environment}}.',
      rationale: 'Snapshots and automated backups are the undo for a database: deleting them removes the way back.',
      safer: 'Describe it first, enable deletion protection where the service has it, and take a snapshot or backup.',
      undo: 'no undo',
      when: {
        args: [
          'rds',
          [
            'delete-db-snapshot',
            'delete-db-cluster-snapshot',
            'delete-db-instance-automated-backup',
            'delete-db-cluster-automated-backup',
            'delete-global-cluster',
            'delete-db-proxy',
            'delete-db-subnet-group',
            'delete-db-parameter-group',
            'delete-option-group',
            'delete-event-subscription',
            'delete-blue-green-deployment',
          ],
        ],
        unlessFlags: ['--dry-run'],
        except: HELP,
      },
      resource: RESOURCE_FLAGS,
      examples: {
        destructive: [
          {
            argv: ['aws', 'rds', 'delete-db-snapshot', '--db-snapshot-identifier', 'old-snap'],
            resource: 'old-snap',
            environment: 'prod',
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: ['aws', 'rds', 'delete-db-cluster-snapshot', '--db-cluster-snapshot-identifier', 'final-2024'],
            resource: 'final-2024',
            environment: 'default',
          },
          {
            argv: ['aws', 'rds', 'delete-global-cluster', '--global-cluster-identifier', 'g1', '--profile', 'prod'],
            resource: 'unknown',
            environment: 'prod',
          },
        ],
        benign: [
          {
            argv: ['aws', 'rds', 'describe-db-snapshots'],
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: [
              'aws',
              'rds',
              'create-db-snapshot',
              '--db-instance-identifier',
              'prod-db',
              '--db-snapshot-identifier',
              's1',
            ],
          },
          {
            argv: ['aws', 'rds', 'delete-db-snapshot', 'help'],
          },
        ],
      },
    },
    {
      id: 'aws/s3api-deletes',
      summary:
        'aws s3api delete-bucket / delete-object / delete-objects / delete-bucket-policy …: delete S3 bucket, objects or bucket protection',
      message: 'Deletes the S3 bucket, objects or bucket protection {{resource}} in AWS account {{environment}}.',
      rationale: 'The AWS CLI never asks; the delete takes effect at once.',
      safer: 'Describe it first, enable deletion protection where the service has it, and take a snapshot or backup.',
      undo: 'objects come back only if the bucket has versioning (delete markers can be removed); a deleted bucket has no undo',
      when: {
        args: [
          's3api',
          [
            'delete-bucket',
            'delete-object',
            'delete-objects',
            'delete-bucket-policy',
            'delete-bucket-lifecycle',
            'delete-bucket-replication',
            'delete-bucket-encryption',
            'delete-public-access-block',
          ],
        ],
        unlessFlags: ['--dry-run'],
        except: HELP,
      },
      resource: RESOURCE_FLAGS,
      examples: {
        destructive: [
          {
            argv: ['aws', 's3api', 'delete-bucket', '--bucket', 'acme-logs'],
            resource: 'acme-logs',
            environment: 'prod',
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: ['aws', 's3api', 'delete-objects', '--bucket', 'acme', '--delete', 'file://keys.json'],
            resource: 'acme',
            environment: 'default',
          },
          {
            argv: ['aws', 's3api', 'delete-public-access-block', '--bucket', 'acme-private', '--profile', 'live'],
            resource: 'acme-private',
            environment: 'live',
          },
        ],
        benign: [
          {
            argv: ['aws', 's3api', 'list-buckets'],
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: ['aws', 's3api', 'get-bucket-versioning', '--bucket', 'acme-logs'],
          },
          {
            argv: ['aws', 's3api', 'put-object', '--bucket', 'acme', '--key', 'k', '--body', 'f'],
          },
        ],
      },
    },
    {
      id: 'aws/iam-deletes',
      summary: 'aws iam delete-role / delete-user / delete-policy / delete-group …: delete IAM identity or policy',
      message: 'Deletes the IAM identity or policy {{resource}} in AWS account {{environment}}.',
      rationale: 'The AWS CLI never asks; the delete takes effect at once.',
      safer: 'Describe it first, enable deletion protection where the service has it, and take a snapshot or backup.',
      undo: 'no undo',
      when: {
        args: [
          'iam',
          [
            'delete-role',
            'delete-user',
            'delete-policy',
            'delete-group',
            'delete-access-key',
            'delete-instance-profile',
            'delete-role-policy',
            'delete-user-policy',
            'delete-login-profile',
            'delete-saml-provider',
            'delete-open-id-connect-provider',
            'delete-server-certificate',
            'detach-role-policy',
            'delete-account-alias',
          ],
        ],
        unlessFlags: ['--dry-run'],
        except: HELP,
      },
      resource: RESOURCE_FLAGS,
      examples: {
        destructive: [
          {
            argv: ['aws', 'iam', 'delete-role', '--role-name', 'deploy'],
            resource: 'deploy',
            environment: 'prod',
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: ['aws', 'iam', 'delete-user', '--user-name', 'ci', '--profile', 'shared'],
            resource: 'ci',
            environment: 'shared',
          },
          {
            argv: ['aws', 'iam', 'delete-policy', '--policy-arn', 'arn:aws:iam::1:policy/p'],
            resource: 'arn:aws:iam::1:policy/p',
            environment: 'default',
          },
        ],
        benign: [
          {
            argv: ['aws', 'iam', 'list-roles'],
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: ['aws', 'iam', 'get-role', '--role-name', 'deploy'],
          },
          {
            argv: ['aws', 'iam', 'create-role', '--role-name', 'x', '--assume-role-policy-document', 'file://t.json'],
          },
        ],
      },
    },
    {
      id: 'aws/lambda-deletes',
      summary:
        'aws lambda delete-function / delete-alias / delete-layer-version / delete-event-source-mapping …: delete Lambda function or configuration',
      message: 'Deletes the Lambda function or configuration {{resource}} in AWS account {{environment}}.',
      rationale: 'The AWS CLI never asks; the delete takes effect at once.',
      safer: 'Describe it first, enable deletion protection where the service has it, and take a snapshot or backup.',
      undo: 'no undo',
      when: {
        args: [
          'lambda',
          [
            'delete-function',
            'delete-alias',
            'delete-layer-version',
            'delete-event-source-mapping',
            'delete-function-url-config',
            'delete-provisioned-concurrency-config',
          ],
        ],
        unlessFlags: ['--dry-run'],
        except: HELP,
      },
      resource: RESOURCE_FLAGS,
      examples: {
        destructive: [
          {
            argv: ['aws', 'lambda', 'delete-function', '--function-name', 'api'],
            resource: 'api',
            environment: 'prod',
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: ['aws', 'lambda', 'delete-alias', '--function-name', 'api', '--name', 'live'],
            resource: 'api',
            environment: 'default',
          },
          {
            argv: ['aws', 'lambda', 'delete-event-source-mapping', '--uuid', '1234', '--profile', 'prod'],
            resource: 'unknown',
            environment: 'prod',
          },
        ],
        benign: [
          {
            argv: ['aws', 'lambda', 'list-functions'],
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: ['aws', 'lambda', 'invoke', '--function-name', 'api', 'out.json'],
          },
          {
            argv: ['aws', 'lambda', 'get-function', '--function-name', 'api'],
          },
        ],
      },
    },
    {
      id: 'aws/eks-deletes',
      summary:
        'aws eks delete-cluster / delete-nodegroup / delete-fargate-profile / delete-addon …: delete EKS cluster or node group',
      message: 'Deletes the EKS cluster or node group {{resource}} in AWS account {{environment}}.',
      rationale: 'The AWS CLI never asks; the delete takes effect at once.',
      safer: 'Describe it first, enable deletion protection where the service has it, and take a snapshot or backup.',
      undo: 'no undo',
      when: {
        args: [
          'eks',
          [
            'delete-cluster',
            'delete-nodegroup',
            'delete-fargate-profile',
            'delete-addon',
            'delete-access-entry',
            'delete-pod-identity-association',
          ],
        ],
        unlessFlags: ['--dry-run'],
        except: HELP,
      },
      resource: RESOURCE_FLAGS,
      examples: {
        destructive: [
          {
            argv: ['aws', 'eks', 'delete-cluster', '--name', 'prod'],
            resource: 'prod',
            environment: 'prod',
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: ['aws', 'eks', 'delete-nodegroup', '--cluster-name', 'prod', '--nodegroup-name', 'ng1'],
            resource: 'unknown',
            environment: 'default',
          },
          {
            argv: [
              'aws',
              'eks',
              'delete-addon',
              '--cluster-name',
              'c',
              '--addon-name',
              'vpc-cni',
              '--profile',
              'stage',
            ],
            resource: 'unknown',
            environment: 'stage',
          },
        ],
        benign: [
          {
            argv: ['aws', 'eks', 'describe-cluster', '--name', 'prod'],
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: ['aws', 'eks', 'list-clusters'],
          },
          {
            argv: ['aws', 'eks', 'update-kubeconfig', '--name', 'prod'],
          },
        ],
      },
    },
    {
      id: 'aws/ecs-deletes',
      summary:
        'aws ecs delete-cluster / delete-service / delete-task-definitions / deregister-task-definition …: delete ECS cluster or service',
      message: 'Deletes the ECS cluster or service {{resource}} in AWS account {{environment}}.',
      rationale: 'The AWS CLI never asks; the delete takes effect at once.',
      safer: 'Describe it first, enable deletion protection where the service has it, and take a snapshot or backup.',
      undo: 'no undo',
      when: {
        args: [
          'ecs',
          [
            'delete-cluster',
            'delete-service',
            'delete-task-definitions',
            'deregister-task-definition',
            'delete-capacity-provider',
          ],
        ],
        unlessFlags: ['--dry-run'],
        except: HELP,
      },
      resource: RESOURCE_FLAGS,
      examples: {
        destructive: [
          {
            argv: ['aws', 'ecs', 'delete-service', '--cluster', 'prod', '--service', 'api', '--force'],
            resource: 'prod',
            environment: 'prod',
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: ['aws', 'ecs', 'delete-cluster', '--cluster', 'old'],
            resource: 'old',
            environment: 'default',
          },
          {
            argv: ['aws', 'ecs', 'delete-task-definitions', '--task-definitions', 'api:3', '--profile', 'prod'],
            resource: 'unknown',
            environment: 'prod',
          },
        ],
        benign: [
          {
            argv: ['aws', 'ecs', 'list-services', '--cluster', 'prod'],
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: ['aws', 'ecs', 'update-service', '--cluster', 'prod', '--service', 'api', '--desired-count', '2'],
          },
          {
            argv: ['aws', 'ecs', 'describe-clusters'],
          },
        ],
      },
    },
    {
      id: 'aws/ecr-deletes',
      summary:
        'aws ecr delete-repository / batch-delete-image / delete-lifecycle-policy / delete-repository-policy: delete ECR repository or images',
      message: 'Deletes the ECR repository or images {{resource}} in AWS account {{environment}}.',
      rationale: 'The AWS CLI never asks; the delete takes effect at once.',
      safer: 'Describe it first, enable deletion protection where the service has it, and take a snapshot or backup.',
      undo: 'no undo',
      when: {
        args: [
          'ecr',
          ['delete-repository', 'batch-delete-image', 'delete-lifecycle-policy', 'delete-repository-policy'],
        ],
        unlessFlags: ['--dry-run'],
        except: HELP,
      },
      resource: RESOURCE_FLAGS,
      examples: {
        destructive: [
          {
            argv: ['aws', 'ecr', 'delete-repository', '--repository-name', 'api', '--force'],
            resource: 'api',
            environment: 'prod',
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: ['aws', 'ecr', 'batch-delete-image', '--repository-name', 'api', '--image-ids', 'imageTag=v1'],
            resource: 'api',
            environment: 'default',
          },
          {
            argv: ['aws', 'ecr', 'delete-repository', '--repository-name', 'web', '--profile', 'stage'],
            resource: 'web',
            environment: 'stage',
          },
        ],
        benign: [
          {
            argv: ['aws', 'ecr', 'describe-repositories'],
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: ['aws', 'ecr', 'get-login-password'],
          },
          {
            argv: ['aws', 'ecr', 'list-images', '--repository-name', 'api'],
          },
        ],
      },
    },
    {
      id: 'aws/elasticache-deletes',
      summary:
        'aws elasticache delete-cache-cluster / delete-replication-group / delete-snapshot / delete-serverless-cache …: delete ElastiCache cluster or snapshot',
      message: 'Deletes the ElastiCache cluster or snapshot {{resource}} in AWS account {{environment}}.',
      rationale: 'The AWS CLI never asks; the delete takes effect at once.',
      safer: 'Describe it first, enable deletion protection where the service has it, and take a snapshot or backup.',
      undo: 'a final snapshot exists only if --final-snapshot-identifier was given; otherwise no undo',
      when: {
        args: [
          'elasticache',
          [
            'delete-cache-cluster',
            'delete-replication-group',
            'delete-snapshot',
            'delete-serverless-cache',
            'delete-global-replication-group',
            'delete-user',
          ],
        ],
        unlessFlags: ['--dry-run'],
        except: HELP,
      },
      resource: RESOURCE_FLAGS,
      examples: {
        destructive: [
          {
            argv: ['aws', 'elasticache', 'delete-cache-cluster', '--cache-cluster-id', 'redis-prod'],
            resource: 'redis-prod',
            environment: 'prod',
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: ['aws', 'elasticache', 'delete-replication-group', '--replication-group-id', 'rg1'],
            resource: 'rg1',
            environment: 'default',
          },
          {
            argv: ['aws', 'elasticache', 'delete-snapshot', '--snapshot-name', 'nightly', '--profile', 'prod'],
            resource: 'unknown',
            environment: 'prod',
          },
        ],
        benign: [
          {
            argv: ['aws', 'elasticache', 'describe-cache-clusters'],
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: ['aws', 'elasticache', 'create-snapshot', '--cache-cluster-id', 'redis-prod', '--snapshot-name', 's'],
          },
          {
            argv: ['aws', 'elasticache', 'list-tags-for-resource', '--resource-name', 'x'],
          },
        ],
      },
    },
    {
      id: 'aws/route53-deletes',
      summary:
        'aws route53 delete-hosted-zone / delete-health-check / delete-traffic-policy / delete-query-logging-config: delete Route 53 hosted zone',
      message: 'Deletes the Route 53 hosted zone {{resource}} in AWS account {{environment}}.',
      rationale: 'The AWS CLI never asks; the delete takes effect at once.',
      safer: 'Describe it first, enable deletion protection where the service has it, and take a snapshot or backup.',
      undo: 'no undo',
      when: {
        args: [
          'route53',
          ['delete-hosted-zone', 'delete-health-check', 'delete-traffic-policy', 'delete-query-logging-config'],
        ],
        unlessFlags: ['--dry-run'],
        except: HELP,
      },
      resource: RESOURCE_FLAGS,
      examples: {
        destructive: [
          {
            argv: ['aws', 'route53', 'delete-hosted-zone', '--id', 'Z123'],
            resource: 'Z123',
            environment: 'prod',
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: ['aws', 'route53', 'delete-health-check', '--health-check-id', 'h1'],
            resource: 'unknown',
            environment: 'default',
          },
          {
            argv: ['aws', 'route53', 'delete-hosted-zone', '--id', 'Z9', '--profile', 'dns'],
            resource: 'Z9',
            environment: 'dns',
          },
        ],
        benign: [
          {
            argv: ['aws', 'route53', 'list-hosted-zones'],
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: ['aws', 'route53', 'get-hosted-zone', '--id', 'Z123'],
          },
          {
            argv: ['aws', 'route53', 'list-resource-record-sets', '--hosted-zone-id', 'Z123'],
          },
        ],
      },
    },
    {
      id: 'aws/logs-deletes',
      summary:
        'aws logs delete-log-group / delete-log-stream / delete-retention-policy / delete-metric-filter …: delete CloudWatch log group',
      message: 'Deletes the CloudWatch log group {{resource}} in AWS account {{environment}}.',
      rationale: 'The AWS CLI never asks; the delete takes effect at once.',
      safer: 'Describe it first, enable deletion protection where the service has it, and take a snapshot or backup.',
      undo: 'no undo',
      when: {
        args: [
          'logs',
          [
            'delete-log-group',
            'delete-log-stream',
            'delete-retention-policy',
            'delete-metric-filter',
            'delete-subscription-filter',
            'delete-destination',
          ],
        ],
        unlessFlags: ['--dry-run'],
        except: HELP,
      },
      resource: RESOURCE_FLAGS,
      examples: {
        destructive: [
          {
            argv: ['aws', 'logs', 'delete-log-group', '--log-group-name', '/aws/lambda/api'],
            resource: '/aws/lambda/api',
            environment: 'prod',
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: ['aws', 'logs', 'delete-log-stream', '--log-group-name', 'g', '--log-stream-name', 's'],
            resource: 'g',
            environment: 'default',
          },
          {
            argv: ['aws', 'logs', 'delete-log-group', '--log-group-name', 'audit', '--profile', 'sec'],
            resource: 'audit',
            environment: 'sec',
          },
        ],
        benign: [
          {
            argv: ['aws', 'logs', 'describe-log-groups'],
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: ['aws', 'logs', 'tail', '/aws/lambda/api'],
          },
          {
            argv: ['aws', 'logs', 'filter-log-events', '--log-group-name', 'g'],
          },
        ],
      },
    },
    {
      id: 'aws/kms-deletes',
      summary:
        'aws kms schedule-key-deletion / disable-key / delete-alias / delete-imported-key-material …: delete KMS key (and everything encrypted with it)',
      message: 'Deletes the KMS key (and everything encrypted with it) {{resource}} in AWS account {{environment}}.',
      rationale: 'Deleting a KMS key makes every object, volume and backup encrypted with it unreadable.',
      safer: 'Describe it first, enable deletion protection where the service has it, and take a snapshot or backup.',
      undo: 'during the 7–30 day waiting period `aws kms cancel-key-deletion` restores the key; after it, data encrypted under the key is unreadable forever',
      when: {
        args: [
          'kms',
          [
            'schedule-key-deletion',
            'disable-key',
            'delete-alias',
            'delete-imported-key-material',
            'disable-key-rotation',
          ],
        ],
        unlessFlags: ['--dry-run'],
        except: HELP,
      },
      resource: RESOURCE_FLAGS,
      examples: {
        destructive: [
          {
            argv: ['aws', 'kms', 'schedule-key-deletion', '--key-id', '1234abcd', '--pending-window-in-days', '7'],
            resource: '1234abcd',
            environment: 'prod',
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: ['aws', 'kms', 'disable-key', '--key-id', 'k1'],
            resource: 'k1',
            environment: 'default',
          },
          {
            argv: ['aws', 'kms', 'delete-imported-key-material', '--key-id', 'k2', '--profile', 'sec'],
            resource: 'k2',
            environment: 'sec',
          },
        ],
        benign: [
          {
            argv: ['aws', 'kms', 'describe-key', '--key-id', '1234abcd'],
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: ['aws', 'kms', 'encrypt', '--key-id', 'k1', '--plaintext', 'x'],
          },
          {
            argv: ['aws', 'kms', 'cancel-key-deletion', '--key-id', '1234abcd'],
          },
        ],
      },
    },
    {
      id: 'aws/sqs-deletes',
      summary: 'aws sqs delete-queue / purge-queue: delete SQS queue (or its messages)',
      message: 'Deletes the SQS queue (or its messages) {{resource}} in AWS account {{environment}}.',
      rationale: 'The AWS CLI never asks; the delete takes effect at once.',
      safer: 'Describe it first, enable deletion protection where the service has it, and take a snapshot or backup.',
      undo: 'no undo',
      when: {
        args: ['sqs', ['delete-queue', 'purge-queue']],
        unlessFlags: ['--dry-run'],
        except: HELP,
      },
      resource: RESOURCE_FLAGS,
      examples: {
        destructive: [
          {
            argv: ['aws', 'sqs', 'purge-queue', '--queue-url', 'https://sqs.us-east-1.amazonaws.com/1/jobs'],
            resource: 'https://sqs.us-east-1.amazonaws.com/1/jobs',
            environment: 'prod',
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: ['aws', 'sqs', 'delete-queue', '--queue-url', 'https://q/1/dlq'],
            resource: 'https://q/1/dlq',
            environment: 'default',
          },
          {
            argv: ['aws', 'sqs', 'delete-queue', '--queue-url', 'u', '--profile', 'prod'],
            resource: 'u',
            environment: 'prod',
          },
        ],
        benign: [
          {
            argv: ['aws', 'sqs', 'receive-message', '--queue-url', 'https://q/1/jobs'],
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: ['aws', 'sqs', 'delete-message', '--queue-url', 'https://q/1/jobs', '--receipt-handle', 'r'],
          },
          {
            argv: ['aws', 'sqs', 'list-queues'],
          },
        ],
      },
    },
    {
      id: 'aws/sns-deletes',
      summary: 'aws sns delete-topic / delete-platform-application / unsubscribe: delete SNS topic',
      message: 'Deletes the SNS topic {{resource}} in AWS account {{environment}}.',
      rationale: 'The AWS CLI never asks; the delete takes effect at once.',
      safer: 'Describe it first, enable deletion protection where the service has it, and take a snapshot or backup.',
      undo: 'no undo',
      when: {
        args: ['sns', ['delete-topic', 'delete-platform-application', 'unsubscribe']],
        unlessFlags: ['--dry-run'],
        except: HELP,
      },
      resource: RESOURCE_FLAGS,
      examples: {
        destructive: [
          {
            argv: ['aws', 'sns', 'delete-topic', '--topic-arn', 'arn:aws:sns:us-east-1:1:alerts'],
            resource: 'arn:aws:sns:us-east-1:1:alerts',
            environment: 'prod',
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: ['aws', 'sns', 'unsubscribe', '--subscription-arn', 'arn:s'],
            resource: 'unknown',
            environment: 'default',
          },
          {
            argv: ['aws', 'sns', 'delete-topic', '--topic-arn', 't', '--profile', 'x'],
            resource: 't',
            environment: 'x',
          },
        ],
        benign: [
          {
            argv: ['aws', 'sns', 'list-topics'],
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: ['aws', 'sns', 'publish', '--topic-arn', 't', '--message', 'hi'],
          },
          {
            argv: [
              'aws',
              'sns',
              'subscribe',
              '--topic-arn',
              't',
              '--protocol',
              'email',
              '--notification-endpoint',
              'a@b.c',
            ],
          },
        ],
      },
    },
    {
      id: 'aws/efs-deletes',
      summary:
        'aws efs delete-file-system / delete-mount-target / delete-access-point / delete-replication-configuration: delete EFS file system',
      message: 'Deletes the EFS file system {{resource}} in AWS account {{environment}}.',
      rationale: 'The AWS CLI never asks; the delete takes effect at once.',
      safer: 'Describe it first, enable deletion protection where the service has it, and take a snapshot or backup.',
      undo: 'no undo',
      when: {
        args: [
          'efs',
          ['delete-file-system', 'delete-mount-target', 'delete-access-point', 'delete-replication-configuration'],
        ],
        unlessFlags: ['--dry-run'],
        except: HELP,
      },
      resource: RESOURCE_FLAGS,
      examples: {
        destructive: [
          {
            argv: ['aws', 'efs', 'delete-file-system', '--file-system-id', 'fs-123'],
            resource: 'fs-123',
            environment: 'prod',
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: ['aws', 'efs', 'delete-mount-target', '--mount-target-id', 'mt-1'],
            resource: 'unknown',
            environment: 'default',
          },
          {
            argv: ['aws', 'efs', 'delete-file-system', '--file-system-id', 'fs-9', '--profile', 'p'],
            resource: 'fs-9',
            environment: 'p',
          },
        ],
        benign: [
          {
            argv: ['aws', 'efs', 'describe-file-systems'],
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: ['aws', 'efs', 'create-mount-target', '--file-system-id', 'fs-123', '--subnet-id', 's'],
          },
          {
            argv: ['aws', 'efs', 'describe-mount-targets', '--file-system-id', 'fs-123'],
          },
        ],
      },
    },
    {
      id: 'aws/backup-deletes',
      summary:
        'aws backup delete-backup-vault / delete-recovery-point / delete-backup-plan / delete-backup-selection …: delete AWS Backup vault or recovery point',
      message: 'Deletes the AWS Backup vault or recovery point {{resource}} in AWS account {{environment}}.',
      rationale: 'Recovery points are the undo for everything else: deleting them removes the way back.',
      safer: 'Describe it first, enable deletion protection where the service has it, and take a snapshot or backup.',
      undo: 'no undo',
      when: {
        args: [
          'backup',
          [
            'delete-backup-vault',
            'delete-recovery-point',
            'delete-backup-plan',
            'delete-backup-selection',
            'delete-backup-vault-lock-configuration',
          ],
        ],
        unlessFlags: ['--dry-run'],
        except: HELP,
      },
      resource: RESOURCE_FLAGS,
      examples: {
        destructive: [
          {
            argv: [
              'aws',
              'backup',
              'delete-recovery-point',
              '--backup-vault-name',
              'prod',
              '--recovery-point-arn',
              'arn:rp',
            ],
            resource: 'prod',
            environment: 'prod',
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: ['aws', 'backup', 'delete-backup-vault', '--backup-vault-name', 'old'],
            resource: 'old',
            environment: 'default',
          },
          {
            argv: ['aws', 'backup', 'delete-backup-plan', '--backup-plan-id', 'p1', '--profile', 'sec'],
            resource: 'unknown',
            environment: 'sec',
          },
        ],
        benign: [
          {
            argv: ['aws', 'backup', 'list-backup-vaults'],
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: [
              'aws',
              'backup',
              'start-backup-job',
              '--backup-vault-name',
              'prod',
              '--resource-arn',
              'r',
              '--iam-role-arn',
              'i',
            ],
          },
          {
            argv: ['aws', 'backup', 'list-recovery-points-by-backup-vault', '--backup-vault-name', 'prod'],
          },
        ],
      },
    },
    {
      id: 'aws/redshift-deletes',
      summary:
        'aws redshift delete-cluster / delete-cluster-snapshot / delete-snapshot-schedule: delete Redshift cluster or snapshot',
      message: 'Deletes the Redshift cluster or snapshot {{resource}} in AWS account {{environment}}.',
      rationale: 'The AWS CLI never asks; the delete takes effect at once.',
      safer: 'Describe it first, enable deletion protection where the service has it, and take a snapshot or backup.',
      undo: 'no undo',
      when: {
        args: ['redshift', ['delete-cluster', 'delete-cluster-snapshot', 'delete-snapshot-schedule']],
        unlessFlags: ['--dry-run'],
        except: HELP,
      },
      resource: RESOURCE_FLAGS,
      examples: {
        destructive: [
          {
            argv: ['aws', 'redshift', 'delete-cluster', '--cluster-identifier', 'dw', '--skip-final-cluster-snapshot'],
            resource: 'dw',
            environment: 'prod',
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: ['aws', 'redshift', 'delete-cluster-snapshot', '--snapshot-identifier', 's1'],
            resource: 'unknown',
            environment: 'default',
          },
          {
            argv: ['aws', 'redshift', 'delete-cluster', '--cluster-identifier', 'bi', '--profile', 'data'],
            resource: 'bi',
            environment: 'data',
          },
        ],
        benign: [
          {
            argv: ['aws', 'redshift', 'describe-clusters'],
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: [
              'aws',
              'redshift',
              'create-cluster-snapshot',
              '--cluster-identifier',
              'dw',
              '--snapshot-identifier',
              's',
            ],
          },
          {
            argv: ['aws', 'redshift', 'pause-cluster', '--cluster-identifier', 'dw'],
          },
        ],
      },
    },
    {
      id: 'aws/cognito-idp-deletes',
      summary:
        'aws cognito-idp delete-user-pool / admin-delete-user / delete-user-pool-domain / delete-user-pool-client …: delete Cognito user pool or user',
      message: 'Deletes the Cognito user pool or user {{resource}} in AWS account {{environment}}.',
      rationale: 'The AWS CLI never asks; the delete takes effect at once.',
      safer: 'Describe it first, enable deletion protection where the service has it, and take a snapshot or backup.',
      undo: 'no undo',
      when: {
        args: [
          'cognito-idp',
          [
            'delete-user-pool',
            'admin-delete-user',
            'delete-user-pool-domain',
            'delete-user-pool-client',
            'delete-group',
          ],
        ],
        unlessFlags: ['--dry-run'],
        except: HELP,
      },
      resource: RESOURCE_FLAGS,
      examples: {
        destructive: [
          {
            argv: ['aws', 'cognito-idp', 'delete-user-pool', '--user-pool-id', 'us-east-1_abc'],
            resource: 'us-east-1_abc',
            environment: 'prod',
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: ['aws', 'cognito-idp', 'admin-delete-user', '--user-pool-id', 'p', '--username', 'bob'],
            resource: 'p',
            environment: 'default',
          },
          {
            argv: ['aws', 'cognito-idp', 'delete-user-pool', '--user-pool-id', 'x', '--profile', 'id'],
            resource: 'x',
            environment: 'id',
          },
        ],
        benign: [
          {
            argv: ['aws', 'cognito-idp', 'list-user-pools', '--max-results', '10'],
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: ['aws', 'cognito-idp', 'admin-get-user', '--user-pool-id', 'p', '--username', 'bob'],
          },
          {
            argv: ['aws', 'cognito-idp', 'list-users', '--user-pool-id', 'p'],
          },
        ],
      },
    },
    {
      id: 'aws/opensearch-deletes',
      summary: 'aws opensearch delete-domain / delete-package / delete-outbound-connection: delete OpenSearch domain',
      message: 'Deletes the OpenSearch domain {{resource}} in AWS account {{environment}}.',
      rationale: 'The AWS CLI never asks; the delete takes effect at once.',
      safer: 'Describe it first, enable deletion protection where the service has it, and take a snapshot or backup.',
      undo: 'no undo',
      when: {
        args: ['opensearch', ['delete-domain', 'delete-package', 'delete-outbound-connection']],
        unlessFlags: ['--dry-run'],
        except: HELP,
      },
      resource: RESOURCE_FLAGS,
      examples: {
        destructive: [
          {
            argv: ['aws', 'opensearch', 'delete-domain', '--domain-name', 'logs'],
            resource: 'logs',
            environment: 'prod',
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: ['aws', 'opensearch', 'delete-package', '--package-id', 'p1'],
            resource: 'unknown',
            environment: 'default',
          },
          {
            argv: ['aws', 'opensearch', 'delete-domain', '--domain-name', 'search', '--profile', 's'],
            resource: 'search',
            environment: 's',
          },
        ],
        benign: [
          {
            argv: ['aws', 'opensearch', 'list-domain-names'],
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: ['aws', 'opensearch', 'describe-domain', '--domain-name', 'logs'],
          },
          {
            argv: ['aws', 'opensearch', 'update-domain-config', '--domain-name', 'logs'],
          },
        ],
      },
    },
    {
      id: 'aws/elbv2-deletes',
      summary:
        'aws elbv2 delete-load-balancer / delete-target-group / delete-listener / delete-rule: delete load balancer or target group',
      message: 'Deletes the load balancer or target group {{resource}} in AWS account {{environment}}.',
      rationale: 'The AWS CLI never asks; the delete takes effect at once.',
      safer: 'Describe it first, enable deletion protection where the service has it, and take a snapshot or backup.',
      undo: 'no undo',
      when: {
        args: ['elbv2', ['delete-load-balancer', 'delete-target-group', 'delete-listener', 'delete-rule']],
        unlessFlags: ['--dry-run'],
        except: HELP,
      },
      resource: RESOURCE_FLAGS,
      examples: {
        destructive: [
          {
            argv: ['aws', 'elbv2', 'delete-load-balancer', '--load-balancer-arn', 'arn:lb'],
            resource: 'arn:lb',
            environment: 'prod',
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: ['aws', 'elbv2', 'delete-target-group', '--target-group-arn', 'arn:tg'],
            resource: 'arn:tg',
            environment: 'default',
          },
          {
            argv: ['aws', 'elbv2', 'delete-listener', '--listener-arn', 'arn:l', '--profile', 'net'],
            resource: 'unknown',
            environment: 'net',
          },
        ],
        benign: [
          {
            argv: ['aws', 'elbv2', 'describe-load-balancers'],
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: ['aws', 'elbv2', 'describe-target-health', '--target-group-arn', 'arn:tg'],
          },
          {
            argv: ['aws', 'elbv2', 'register-targets', '--target-group-arn', 'arn:tg', '--targets', 'Id=i-1'],
          },
        ],
      },
    },
    {
      id: 'aws/cloudfront-deletes',
      summary:
        'aws cloudfront delete-distribution / delete-function / delete-cache-policy / delete-origin-access-control: delete CloudFront distribution',
      message: 'Deletes the CloudFront distribution {{resource}} in AWS account {{environment}}.',
      rationale: 'The AWS CLI never asks; the delete takes effect at once.',
      safer: 'Describe it first, enable deletion protection where the service has it, and take a snapshot or backup.',
      undo: 'no undo',
      when: {
        args: [
          'cloudfront',
          ['delete-distribution', 'delete-function', 'delete-cache-policy', 'delete-origin-access-control'],
        ],
        unlessFlags: ['--dry-run'],
        except: HELP,
      },
      resource: RESOURCE_FLAGS,
      examples: {
        destructive: [
          {
            argv: ['aws', 'cloudfront', 'delete-distribution', '--id', 'E123', '--if-match', 'ETAG'],
            resource: 'E123',
            environment: 'prod',
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: ['aws', 'cloudfront', 'delete-function', '--name', 'f', '--if-match', 'e'],
            resource: 'f',
            environment: 'default',
          },
          {
            argv: ['aws', 'cloudfront', 'delete-distribution', '--id', 'E9', '--if-match', 'x', '--profile', 'cdn'],
            resource: 'E9',
            environment: 'cdn',
          },
        ],
        benign: [
          {
            argv: ['aws', 'cloudfront', 'list-distributions'],
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: ['aws', 'cloudfront', 'create-invalidation', '--distribution-id', 'E123', '--paths', '/*'],
          },
          {
            argv: ['aws', 'cloudfront', 'get-distribution', '--id', 'E123'],
          },
        ],
      },
    },
    {
      id: 'aws/apigateway-deletes',
      summary:
        'aws apigateway delete-rest-api / delete-stage / delete-domain-name / delete-api-key …: delete API Gateway API or stage',
      message: 'Deletes the API Gateway API or stage {{resource}} in AWS account {{environment}}.',
      rationale: 'The AWS CLI never asks; the delete takes effect at once.',
      safer: 'Describe it first, enable deletion protection where the service has it, and take a snapshot or backup.',
      undo: 'no undo',
      when: {
        args: [
          'apigateway',
          ['delete-rest-api', 'delete-stage', 'delete-domain-name', 'delete-api-key', 'delete-deployment'],
        ],
        unlessFlags: ['--dry-run'],
        except: HELP,
      },
      resource: RESOURCE_FLAGS,
      examples: {
        destructive: [
          {
            argv: ['aws', 'apigateway', 'delete-rest-api', '--rest-api-id', 'a1'],
            resource: 'a1',
            environment: 'prod',
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: ['aws', 'apigateway', 'delete-stage', '--rest-api-id', 'a1', '--stage-name', 'prod'],
            resource: 'a1',
            environment: 'default',
          },
          {
            argv: ['aws', 'apigateway', 'delete-domain-name', '--domain-name', 'api.acme.com', '--profile', 'p'],
            resource: 'api.acme.com',
            environment: 'p',
          },
        ],
        benign: [
          {
            argv: ['aws', 'apigateway', 'get-rest-apis'],
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: ['aws', 'apigateway', 'create-deployment', '--rest-api-id', 'a1', '--stage-name', 'prod'],
          },
          {
            argv: ['aws', 'apigateway', 'get-stages', '--rest-api-id', 'a1'],
          },
        ],
      },
    },
    {
      id: 'aws/kinesis-deletes',
      summary: 'aws kinesis delete-stream / deregister-stream-consumer: delete Kinesis stream and its records',
      message: 'Deletes the Kinesis stream and its records {{resource}} in AWS account {{environment}}.',
      rationale: 'The AWS CLI never asks; the delete takes effect at once.',
      safer: 'Describe it first, enable deletion protection where the service has it, and take a snapshot or backup.',
      undo: 'no undo',
      when: {
        args: ['kinesis', ['delete-stream', 'deregister-stream-consumer']],
        unlessFlags: ['--dry-run'],
        except: HELP,
      },
      resource: RESOURCE_FLAGS,
      examples: {
        destructive: [
          {
            argv: ['aws', 'kinesis', 'delete-stream', '--stream-name', 'events'],
            resource: 'events',
            environment: 'prod',
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: ['aws', 'kinesis', 'delete-stream', '--stream-name', 'clicks', '--enforce-consumer-deletion'],
            resource: 'clicks',
            environment: 'default',
          },
          {
            argv: [
              'aws',
              'kinesis',
              'deregister-stream-consumer',
              '--stream-arn',
              's',
              '--consumer-name',
              'c',
              '--profile',
              'd',
            ],
            resource: 'unknown',
            environment: 'd',
          },
        ],
        benign: [
          {
            argv: ['aws', 'kinesis', 'list-streams'],
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: ['aws', 'kinesis', 'put-record', '--stream-name', 'events', '--data', 'x', '--partition-key', 'k'],
          },
          {
            argv: ['aws', 'kinesis', 'describe-stream', '--stream-name', 'events'],
          },
        ],
      },
    },
    {
      id: 'aws/stepfunctions-deletes',
      summary: 'aws stepfunctions delete-state-machine / delete-activity: delete Step Functions state machine',
      message: 'Deletes the Step Functions state machine {{resource}} in AWS account {{environment}}.',
      rationale: 'The AWS CLI never asks; the delete takes effect at once.',
      safer: 'Describe it first, enable deletion protection where the service has it, and take a snapshot or backup.',
      undo: 'no undo',
      when: {
        args: ['stepfunctions', ['delete-state-machine', 'delete-activity']],
        unlessFlags: ['--dry-run'],
        except: HELP,
      },
      resource: RESOURCE_FLAGS,
      examples: {
        destructive: [
          {
            argv: ['aws', 'stepfunctions', 'delete-state-machine', '--state-machine-arn', 'arn:sm'],
            resource: 'arn:sm',
            environment: 'prod',
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: ['aws', 'stepfunctions', 'delete-activity', '--activity-arn', 'arn:a'],
            resource: 'unknown',
            environment: 'default',
          },
          {
            argv: ['aws', 'stepfunctions', 'delete-state-machine', '--state-machine-arn', 'x', '--profile', 'w'],
            resource: 'x',
            environment: 'w',
          },
        ],
        benign: [
          {
            argv: ['aws', 'stepfunctions', 'list-state-machines'],
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: ['aws', 'stepfunctions', 'start-execution', '--state-machine-arn', 'arn:sm'],
          },
          {
            argv: ['aws', 'stepfunctions', 'describe-state-machine', '--state-machine-arn', 'arn:sm'],
          },
        ],
      },
    },
    {
      id: 'aws/glue-deletes',
      summary:
        'aws glue delete-database / delete-table / delete-crawler / delete-job …: delete Glue catalog database or table',
      message: 'Deletes the Glue catalog database or table {{resource}} in AWS account {{environment}}.',
      rationale: 'The AWS CLI never asks; the delete takes effect at once.',
      safer: 'Describe it first, enable deletion protection where the service has it, and take a snapshot or backup.',
      undo: 'no undo',
      when: {
        args: ['glue', ['delete-database', 'delete-table', 'delete-crawler', 'delete-job', 'batch-delete-table']],
        unlessFlags: ['--dry-run'],
        except: HELP,
      },
      resource: RESOURCE_FLAGS,
      examples: {
        destructive: [
          {
            argv: ['aws', 'glue', 'delete-database', '--name', 'analytics'],
            resource: 'analytics',
            environment: 'prod',
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: ['aws', 'glue', 'delete-table', '--database-name', 'a', '--name', 't'],
            resource: 't',
            environment: 'default',
          },
          {
            argv: [
              'aws',
              'glue',
              'batch-delete-table',
              '--database-name',
              'lake',
              '--tables-to-delete',
              't1',
              't2',
              '--profile',
              'd',
            ],
            resource: 'lake',
            environment: 'd',
          },
        ],
        benign: [
          {
            argv: ['aws', 'glue', 'get-databases'],
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: ['aws', 'glue', 'start-crawler', '--name', 'c'],
          },
          {
            argv: ['aws', 'glue', 'get-tables', '--database-name', 'a'],
          },
        ],
      },
    },
    {
      id: 'aws/weaken-protection',
      summary:
        'aws: turn off deletion protection, termination protection, backups or versioning (weakening a protection is destructive)',
      message:
        'Weakens the protection of {{resource}} in AWS account {{environment}}: the next delete or failure has no safety net.',
      rationale:
        'Turning off deletion protection, setting backup retention to 0, suspending versioning or disabling point-in-time recovery removes the undo for a later mistake.',
      safer: 'Keep the protection; if something really must go, remove it and delete in one reviewed step.',
      undo: 'turn the protection back on; backups deleted while retention was 0 do not come back',
      when: {
        anyArg: [
          '--no-deletion-protection',
          '--no-deletion-protection-enabled',
          '--no-disable-api-termination',
          '--no-enable-termination-protection',
          '*Status=Suspended*',
          '*PointInTimeRecoveryEnabled=false*',
          '*deletion_protection.enabled*false*',
          '--backup-retention-period=0',
          '0',
          '--no-copy-tags-to-snapshot',
        ],
        args: [
          '*',
          [
            'modify-db-instance',
            'modify-db-cluster',
            'update-table',
            'modify-instance-attribute',
            'update-termination-protection',
            'put-bucket-versioning',
            'update-continuous-backups',
            'modify-load-balancer-attributes',
          ],
        ],
        except: HELP,
      },
      resource: RESOURCE_FLAGS,
      examples: {
        destructive: [
          {
            argv: [
              'aws',
              'rds',
              'modify-db-instance',
              '--db-instance-identifier',
              'prod-db',
              '--no-deletion-protection',
            ],
            resource: 'prod-db',
            environment: 'prod',
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: [
              'aws',
              'rds',
              'modify-db-instance',
              '--db-instance-identifier',
              'prod-db',
              '--backup-retention-period',
              '0',
              '--apply-immediately',
            ],
            resource: 'prod-db',
            environment: 'default',
          },
          {
            argv: [
              'aws',
              's3api',
              'put-bucket-versioning',
              '--bucket',
              'acme-data',
              '--versioning-configuration',
              'Status=Suspended',
              '--profile',
              'live',
            ],
            resource: 'acme-data',
            environment: 'live',
          },
          {
            argv: [
              'aws',
              'elbv2',
              'modify-load-balancer-attributes',
              '--load-balancer-arn',
              'arn:aws:elasticloadbalancing:eu-west-1:1:loadbalancer/app/web/1',
              '--attributes',
              'Key=deletion_protection.enabled,Value=false',
            ],
            resource: 'arn:aws:elasticloadbalancing:eu-west-1:1:loadbalancer/app/web/1',
            environment: 'default',
            note: 'the documented Key=…,Value=… shorthand',
          },
          {
            argv: [
              'aws',
              'dynamodb',
              'update-continuous-backups',
              '--table-name',
              'orders',
              '--point-in-time-recovery-specification',
              'PointInTimeRecoveryEnabled=false',
            ],
            resource: 'orders',
            environment: 'default',
          },
        ],
        benign: [
          {
            argv: ['aws', 'rds', 'modify-db-instance', '--db-instance-identifier', 'prod-db', '--deletion-protection'],
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: [
              'aws',
              'rds',
              'modify-db-instance',
              '--db-instance-identifier',
              'prod-db',
              '--backup-retention-period',
              '7',
            ],
          },
          {
            argv: [
              'aws',
              's3api',
              'put-bucket-versioning',
              '--bucket',
              'acme-data',
              '--versioning-configuration',
              'Status=Enabled',
            ],
          },
          {
            argv: [
              'aws',
              'elbv2',
              'modify-load-balancer-attributes',
              '--load-balancer-arn',
              'arn:lb',
              '--attributes',
              'Key=deletion_protection.enabled,Value=true',
            ],
          },
        ],
      },
    },
    {
      id: 'aws/verb-grammar',
      summary:
        'aws SERVICE delete-* / terminate-* / remove-* / deregister-* / purge-* / destroy-*: any other AWS delete operation',
      message: 'Runs {{resource}} in AWS account {{environment}}.',
      rationale:
        'AWS CLI operations named delete-*, terminate-*, remove-*, deregister-*, purge-* and destroy-* delete what they name and never ask.',
      safer: 'Describe the resource first and check deletion protection and backups.',
      undo: 'depends on the service; most deletes have no undo',
      when: {
        args: [
          '*',
          [
            'delete-*',
            'terminate-*',
            'remove-*',
            'deregister-*',
            'purge-*',
            'destroy-*',
            'batch-delete-*',
            'schedule-*-deletion',
          ],
        ],
        unlessFlags: ['--dry-run'],
        except: [
          {
            anyArg: ['help', '--generate-cli-skeleton'],
            reason: 'prints the manual or a request skeleton; nothing is sent',
          },
          {
            args: [
              ['s3', 'rds', 'dynamodb', 'cloudformation', 'ec2', 'secretsmanager'],
              [
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
            ],
            reason:
              "a hand-written aws rule reads this command's own options (final snapshot, --force, recovery window)",
          },
          {
            args: [
              '*',
              ['delete-tags', 'remove-tags', 'remove-tags-from-resource', 'delete-tag', 'delete-resource-tags'],
            ],
            reason: 'removes tags (metadata) only',
          },
          {
            args: [['sqs'], ['delete-message', 'delete-message-batch']],
            reason: "a consumer acknowledging a message it has processed: the queue's normal traffic",
          },
          {
            args: [['dynamodb'], ['delete-item', 'batch-write-item']],
            reason: 'one item by its key: ordinary application traffic, not a table',
          },
          {
            args: [['cloudformation'], ['delete-change-set']],
            reason: 'a proposed change; no resource is touched',
          },
          {
            args: ['*', ['remove-permission', 'remove-role-from-instance-profile']],
            reason: 'access changes, not data; audited by IAM',
          },
        ],
      },
      resource: RESOURCE_FLAGS,
      examples: {
        destructive: [
          {
            argv: ['aws', 'glacier', 'delete-vault', '--account-id', '-', '--vault-name', 'archive'],
            resource: 'unknown',
            environment: 'prod',
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: ['aws', 'dms', 'delete-replication-instance', '--replication-instance-arn', 'arn:r'],
            resource: 'unknown',
            environment: 'default',
          },
          {
            argv: ['aws', 'neptune', 'delete-db-cluster', '--db-cluster-identifier', 'graph', '--profile', 'g'],
            resource: 'graph',
            environment: 'g',
          },
        ],
        benign: [
          {
            argv: ['aws', 'ec2', 'delete-tags', '--resources', 'i-1', '--tags', 'Key=a'],
            env: {
              AWS_PROFILE: 'prod',
            },
          },
          {
            argv: ['aws', 'sqs', 'delete-message', '--queue-url', 'u', '--receipt-handle', 'r'],
          },
          {
            argv: ['aws', 'dynamodb', 'delete-item', '--table-name', 'Orders', '--key', '{}'],
          },
        ],
      },
    },
  ],
});
