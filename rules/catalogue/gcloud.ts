import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';
import { GCLOUD_TRACKS, gcloudEnvironment, parseGcloud } from '../../src/core/tools/gcloud/gcloud-parse.js';

/** Shared by several operations below. */
const HELP = [{ anyArg: ['help', '--help', '-h'], reason: 'prints the manual; nothing is sent' }];

export default (): CatalogueTool => ({
  tool: 'gcloud',
  commands: ['gcloud'],
  docs: 'https://cloud.google.com/sdk/gcloud/reference',
  // `gcloud beta compute disks delete …` is the same delete (https://cloud.google.com/sdk/gcloud#release_levels).
  leadingWords: GCLOUD_TRACKS,
  // The hand-written pack's evidence chain: --project > CLOUDSDK_CORE_PROJECT > the active configuration.
  environmentOf: (args, ctx) => gcloudEnvironment(parseGcloud(args), ctx),
  valueFlags: [
    '--zone',
    '--region',
    '--location',
    '--format',
    '--configuration',
    '--account',
    '--impersonate-service-account',
    '--instance',
    '-i',
    '--keyring',
    '--key',
    '--cluster',
    '--filter',
    '--verbosity',
    '--billing-project',
  ],
  environment: {
    flag: '--project',
    envVar: ['CLOUDSDK_CORE_PROJECT'],
    kind: 'gcloud-project',
  },
  operations: [
    {
      id: 'gcloud/compute-deletes',
      summary: 'gcloud compute disks|snapshots|images|networks|… delete: delete Compute Engine resource',
      message: 'Deletes the Compute Engine resource {{resource}} in project {{environment}}.',
      rationale: 'gcloud asks only in a terminal; --quiet and agents skip the prompt.',
      safer: 'Describe it first; snapshot or export the data; enable deletion protection where the resource has it.',
      undo: 'a deleted disk comes back only from a snapshot; a deleted snapshot has no undo',
      when: {
        args: [
          'compute',
          [
            'disks',
            'snapshots',
            'images',
            'networks',
            'firewall-rules',
            'addresses',
            'instance-groups',
            'instance-templates',
            'routers',
            'forwarding-rules',
            'backend-services',
            'target-pools',
            'health-checks',
            'url-maps',
            'machine-images',
            'reservations',
          ],
          ['delete'],
          '*',
        ],
        except: HELP,
      },
      resource: {
        positional: 3,
      },
      examples: {
        destructive: [
          {
            argv: ['gcloud', 'compute', 'disks', 'delete', 'pg-data', '--zone', 'us-central1-a'],
            resource: 'pg-data',
            environment: 'acme-prod',
            env: {
              CLOUDSDK_CORE_PROJECT: 'acme-prod',
            },
          },
          {
            argv: ['gcloud', 'compute', 'snapshots', 'delete', 'nightly', '--project', 'acme-staging'],
            resource: 'nightly',
            environment: 'acme-staging',
          },
          {
            argv: ['gcloud', 'compute', 'images', 'delete', 'base-v1', '--quiet'],
            resource: 'base-v1',
            environment: 'unknown',
          },
          {
            argv: [
              'gcloud',
              'beta',
              'compute',
              'disks',
              'delete',
              'pg-data',
              '--project',
              'acme-prod',
              '--zone',
              'us-central1-a',
            ],
            resource: 'pg-data',
            environment: 'acme-prod',
          },
        ],
        benign: [
          {
            argv: ['gcloud', 'compute', 'disks', 'list'],
          },
          {
            argv: ['gcloud', 'compute', 'disks', 'snapshot', 'pg-data', '--zone', 'us-central1-a'],
          },
          {
            argv: ['gcloud', 'compute', 'disks', 'delete', '--help'],
          },
        ],
      },
    },
    {
      id: 'gcloud/storage-deletes',
      summary: 'gcloud storage buckets|objects delete: delete Cloud Storage bucket or objects',
      message: 'Deletes the Cloud Storage bucket or objects {{resource}} in project {{environment}}.',
      rationale: 'gcloud asks only in a terminal; --quiet and agents skip the prompt.',
      safer: 'Describe it first; snapshot or export the data; enable deletion protection where the resource has it.',
      undo: "objects come back within the bucket's soft-delete window (7 days by default) or from object versions; a deleted bucket has no undo",
      when: {
        args: ['storage', ['buckets', 'objects'], ['delete'], '*'],
        except: HELP,
      },
      resource: {
        positional: 3,
      },
      examples: {
        destructive: [
          {
            argv: ['gcloud', 'storage', 'buckets', 'delete', 'gs://acme-backups'],
            resource: 'gs://acme-backups',
            environment: 'acme-prod',
            env: {
              CLOUDSDK_CORE_PROJECT: 'acme-prod',
            },
          },
          {
            argv: ['gcloud', 'storage', 'objects', 'delete', 'gs://a/b.sql', '--project', 'p'],
            resource: 'gs://a/b.sql',
            environment: 'p',
          },
          {
            argv: ['gcloud', 'storage', 'buckets', 'delete', 'gs://x'],
            resource: 'gs://x',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['gcloud', 'storage', 'buckets', 'list'],
          },
          {
            argv: ['gcloud', 'storage', 'buckets', 'describe', 'gs://acme-backups'],
          },
          {
            argv: ['gcloud', 'storage', 'buckets', 'create', 'gs://new'],
          },
        ],
      },
    },
    {
      id: 'gcloud/run-deletes',
      summary: 'gcloud run services|jobs|domain-mappings|revisions delete: delete Cloud Run service or job',
      message: 'Deletes the Cloud Run service or job {{resource}} in project {{environment}}.',
      rationale: 'gcloud asks only in a terminal; --quiet and agents skip the prompt.',
      safer: 'Describe it first; snapshot or export the data; enable deletion protection where the resource has it.',
      undo: 'no undo',
      when: {
        args: ['run', ['services', 'jobs', 'domain-mappings', 'revisions'], ['delete'], '*'],
        except: HELP,
      },
      resource: {
        positional: 3,
      },
      examples: {
        destructive: [
          {
            argv: ['gcloud', 'run', 'services', 'delete', 'api', '--region', 'us-central1'],
            resource: 'api',
            environment: 'acme-prod',
            env: {
              CLOUDSDK_CORE_PROJECT: 'acme-prod',
            },
          },
          {
            argv: ['gcloud', 'run', 'jobs', 'delete', 'etl', '--project', 'p'],
            resource: 'etl',
            environment: 'p',
          },
          {
            argv: ['gcloud', 'run', 'services', 'delete', 'web', '--quiet'],
            resource: 'web',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['gcloud', 'run', 'services', 'list'],
          },
          {
            argv: ['gcloud', 'run', 'deploy', 'api', '--image', 'x'],
          },
          {
            argv: ['gcloud', 'run', 'services', 'describe', 'api'],
          },
        ],
      },
    },
    {
      id: 'gcloud/pubsub-deletes',
      summary:
        'gcloud pubsub topics|subscriptions|snapshots|schemas delete: delete Pub/Sub topic or subscription (and its unacknowledged messages)',
      message:
        'Deletes the Pub/Sub topic or subscription (and its unacknowledged messages) {{resource}} in project {{environment}}.',
      rationale: 'gcloud asks only in a terminal; --quiet and agents skip the prompt.',
      safer: 'Describe it first; snapshot or export the data; enable deletion protection where the resource has it.',
      undo: 'no undo',
      when: {
        args: ['pubsub', ['topics', 'subscriptions', 'snapshots', 'schemas'], ['delete'], '*'],
        except: HELP,
      },
      resource: {
        positional: 3,
      },
      examples: {
        destructive: [
          {
            argv: ['gcloud', 'pubsub', 'topics', 'delete', 'events'],
            resource: 'events',
            environment: 'acme-prod',
            env: {
              CLOUDSDK_CORE_PROJECT: 'acme-prod',
            },
          },
          {
            argv: ['gcloud', 'pubsub', 'subscriptions', 'delete', 'worker', '--project', 'p'],
            resource: 'worker',
            environment: 'p',
          },
          {
            argv: ['gcloud', 'pubsub', 'snapshots', 'delete', 's1'],
            resource: 's1',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['gcloud', 'pubsub', 'topics', 'list'],
          },
          {
            argv: ['gcloud', 'pubsub', 'topics', 'publish', 'events', '--message', 'hi'],
          },
          {
            argv: ['gcloud', 'pubsub', 'subscriptions', 'pull', 'worker'],
          },
        ],
      },
    },
    {
      id: 'gcloud/redis-deletes',
      summary: 'gcloud redis instances delete: delete Memorystore Redis instance',
      message: 'Deletes the Memorystore Redis instance {{resource}} in project {{environment}}.',
      rationale: 'gcloud asks only in a terminal; --quiet and agents skip the prompt.',
      safer: 'Describe it first; snapshot or export the data; enable deletion protection where the resource has it.',
      undo: 'no undo',
      when: {
        args: ['redis', ['instances'], ['delete'], '*'],
        except: HELP,
      },
      resource: {
        positional: 3,
      },
      examples: {
        destructive: [
          {
            argv: ['gcloud', 'redis', 'instances', 'delete', 'cache', '--region', 'us-central1'],
            resource: 'cache',
            environment: 'acme-prod',
            env: {
              CLOUDSDK_CORE_PROJECT: 'acme-prod',
            },
          },
          {
            argv: ['gcloud', 'redis', 'instances', 'delete', 'c2', '--project', 'p'],
            resource: 'c2',
            environment: 'p',
          },
          {
            argv: ['gcloud', 'redis', 'instances', 'delete', 'c3', '--quiet'],
            resource: 'c3',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['gcloud', 'redis', 'instances', 'list', '--region', 'us-central1'],
          },
          {
            argv: ['gcloud', 'redis', 'instances', 'export', 'gs://b/r.rdb', 'cache'],
          },
          {
            argv: ['gcloud', 'redis', 'instances', 'describe', 'cache'],
          },
        ],
      },
    },
    {
      id: 'gcloud/spanner-deletes',
      summary: 'gcloud spanner instances|databases|backups delete: delete Spanner instance, database or backup',
      message: 'Deletes the Spanner instance, database or backup {{resource}} in project {{environment}}.',
      rationale: 'gcloud asks only in a terminal; --quiet and agents skip the prompt.',
      safer: 'Describe it first; snapshot or export the data; enable deletion protection where the resource has it.',
      undo: 'no undo',
      when: {
        args: ['spanner', ['instances', 'databases', 'backups'], ['delete'], '*'],
        except: HELP,
      },
      resource: {
        positional: 3,
      },
      examples: {
        destructive: [
          {
            argv: ['gcloud', 'spanner', 'instances', 'delete', 'main'],
            resource: 'main',
            environment: 'acme-prod',
            env: {
              CLOUDSDK_CORE_PROJECT: 'acme-prod',
            },
          },
          {
            argv: ['gcloud', 'spanner', 'databases', 'delete', 'orders', '--instance', 'main', '--project', 'p'],
            resource: 'orders',
            environment: 'p',
          },
          {
            argv: ['gcloud', 'spanner', 'backups', 'delete', 'b1', '--instance', 'main'],
            resource: 'b1',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['gcloud', 'spanner', 'instances', 'list'],
          },
          {
            argv: [
              'gcloud',
              'spanner',
              'databases',
              'execute-sql',
              'orders',
              '--instance',
              'main',
              '--sql',
              'select 1',
            ],
          },
          {
            argv: [
              'gcloud',
              'spanner',
              'backups',
              'create',
              'b2',
              '--instance',
              'main',
              '--database',
              'orders',
              '--retention-period',
              '7d',
            ],
          },
        ],
      },
    },
    {
      id: 'gcloud/artifacts-deletes',
      summary:
        'gcloud artifacts repositories|docker|packages|versions delete: delete Artifact Registry repository or package',
      message: 'Deletes the Artifact Registry repository or package {{resource}} in project {{environment}}.',
      rationale: 'gcloud asks only in a terminal; --quiet and agents skip the prompt.',
      safer: 'Describe it first; snapshot or export the data; enable deletion protection where the resource has it.',
      undo: 'no undo',
      when: {
        args: ['artifacts', ['repositories', 'docker', 'packages', 'versions'], ['delete'], '*'],
        except: HELP,
      },
      resource: {
        positional: 3,
      },
      examples: {
        destructive: [
          {
            argv: ['gcloud', 'artifacts', 'repositories', 'delete', 'images', '--location', 'us'],
            resource: 'images',
            environment: 'acme-prod',
            env: {
              CLOUDSDK_CORE_PROJECT: 'acme-prod',
            },
          },
          {
            argv: ['gcloud', 'artifacts', 'packages', 'delete', 'api', '--repository', 'images', '--project', 'p'],
            resource: 'api',
            environment: 'p',
          },
          {
            argv: ['gcloud', 'artifacts', 'versions', 'delete', '1.0', '--package', 'api'],
            resource: '1.0',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['gcloud', 'artifacts', 'repositories', 'list'],
          },
          {
            argv: ['gcloud', 'artifacts', 'docker', 'images', 'list', 'us-docker.pkg.dev/p/r'],
          },
          {
            argv: ['gcloud', 'artifacts', 'repositories', 'create', 'r', '--repository-format', 'docker'],
          },
        ],
      },
    },
    {
      id: 'gcloud/iam-deletes',
      summary: 'gcloud iam service-accounts|roles|workload-identity-pools delete: delete IAM service account or role',
      message: 'Deletes the IAM service account or role {{resource}} in project {{environment}}.',
      rationale: 'gcloud asks only in a terminal; --quiet and agents skip the prompt.',
      safer: 'Describe it first; snapshot or export the data; enable deletion protection where the resource has it.',
      undo: 'a deleted service account can be undeleted within 30 days (`gcloud iam service-accounts undelete ID`)',
      when: {
        args: ['iam', ['service-accounts', 'roles', 'workload-identity-pools'], ['delete'], '*'],
        except: HELP,
      },
      resource: {
        positional: 3,
      },
      examples: {
        destructive: [
          {
            argv: ['gcloud', 'iam', 'service-accounts', 'delete', 'deploy@acme.iam.gserviceaccount.com'],
            resource: 'deploy@acme.iam.gserviceaccount.com',
            environment: 'acme-prod',
            env: {
              CLOUDSDK_CORE_PROJECT: 'acme-prod',
            },
          },
          {
            argv: ['gcloud', 'iam', 'roles', 'delete', 'custom1', '--project', 'p'],
            resource: 'custom1',
            environment: 'p',
          },
          {
            argv: ['gcloud', 'iam', 'service-accounts', 'delete', 'ci@x.iam.gserviceaccount.com', '--quiet'],
            resource: 'ci@x.iam.gserviceaccount.com',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['gcloud', 'iam', 'service-accounts', 'list'],
          },
          {
            argv: ['gcloud', 'iam', 'service-accounts', 'keys', 'list', '--iam-account', 'x'],
          },
          {
            argv: ['gcloud', 'iam', 'roles', 'describe', 'custom1', '--project', 'p'],
          },
        ],
      },
    },
    {
      id: 'gcloud/dns-deletes',
      summary: 'gcloud dns managed-zones|record-sets|policies delete: delete Cloud DNS zone or record set',
      message: 'Deletes the Cloud DNS zone or record set {{resource}} in project {{environment}}.',
      rationale: 'gcloud asks only in a terminal; --quiet and agents skip the prompt.',
      safer: 'Describe it first; snapshot or export the data; enable deletion protection where the resource has it.',
      undo: 'no undo',
      when: {
        args: ['dns', ['managed-zones', 'record-sets', 'policies'], ['delete'], '*'],
        except: HELP,
      },
      resource: {
        positional: 3,
      },
      examples: {
        destructive: [
          {
            argv: ['gcloud', 'dns', 'managed-zones', 'delete', 'acme-com'],
            resource: 'acme-com',
            environment: 'acme-prod',
            env: {
              CLOUDSDK_CORE_PROJECT: 'acme-prod',
            },
          },
          {
            argv: [
              'gcloud',
              'dns',
              'record-sets',
              'delete',
              'api.acme.com.',
              '--type',
              'A',
              '--zone',
              'acme-com',
              '--project',
              'p',
            ],
            resource: 'api.acme.com.',
            environment: 'p',
          },
          {
            argv: ['gcloud', 'dns', 'policies', 'delete', 'p1'],
            resource: 'p1',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['gcloud', 'dns', 'managed-zones', 'list'],
          },
          {
            argv: ['gcloud', 'dns', 'record-sets', 'list', '--zone', 'acme-com'],
          },
          {
            argv: ['gcloud', 'dns', 'record-sets', 'create', 'x', '--type', 'A', '--zone', 'z', '--rrdatas', '1.2.3.4'],
          },
        ],
      },
    },
    {
      id: 'gcloud/sql-backups-deletes',
      summary: 'gcloud sql backups|ssl-certs|users delete: delete Cloud SQL backup or user',
      message: 'Deletes the Cloud SQL backup or user {{resource}} in project {{environment}}.',
      rationale: 'gcloud asks only in a terminal; --quiet and agents skip the prompt.',
      safer: 'Describe it first; snapshot or export the data; enable deletion protection where the resource has it.',
      undo: 'no undo',
      when: {
        args: ['sql', ['backups', 'ssl-certs', 'users'], ['delete'], '*'],
        except: HELP,
      },
      resource: {
        positional: 3,
      },
      examples: {
        destructive: [
          {
            argv: ['gcloud', 'sql', 'backups', 'delete', '1700000000', '--instance', 'main-db'],
            resource: '1700000000',
            environment: 'acme-prod',
            env: {
              CLOUDSDK_CORE_PROJECT: 'acme-prod',
            },
          },
          {
            argv: ['gcloud', 'sql', 'users', 'delete', 'app', '--instance', 'main-db', '--project', 'p'],
            resource: 'app',
            environment: 'p',
          },
          {
            argv: ['gcloud', 'sql', 'backups', 'delete', '17', '--instance', 'db2'],
            resource: '17',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['gcloud', 'sql', 'backups', 'list', '--instance', 'main-db'],
          },
          {
            argv: ['gcloud', 'sql', 'backups', 'create', '--instance', 'main-db'],
          },
          {
            argv: ['gcloud', 'sql', 'users', 'list', '--instance', 'main-db'],
          },
        ],
      },
    },
    {
      id: 'gcloud/bigtable-deletes',
      summary: 'gcloud bigtable instances|clusters|backups delete: delete Bigtable instance or backup',
      message: 'Deletes the Bigtable instance or backup {{resource}} in project {{environment}}.',
      rationale: 'gcloud asks only in a terminal; --quiet and agents skip the prompt.',
      safer: 'Describe it first; snapshot or export the data; enable deletion protection where the resource has it.',
      undo: 'no undo',
      when: {
        args: ['bigtable', ['instances', 'clusters', 'backups'], ['delete'], '*'],
        except: HELP,
      },
      resource: {
        positional: 3,
      },
      examples: {
        destructive: [
          {
            argv: ['gcloud', 'bigtable', 'instances', 'delete', 'bt1'],
            resource: 'bt1',
            environment: 'acme-prod',
            env: {
              CLOUDSDK_CORE_PROJECT: 'acme-prod',
            },
          },
          {
            argv: [
              'gcloud',
              'bigtable',
              'backups',
              'delete',
              'b1',
              '--instance',
              'bt1',
              '--cluster',
              'c1',
              '--project',
              'p',
            ],
            resource: 'b1',
            environment: 'p',
          },
          {
            argv: ['gcloud', 'bigtable', 'clusters', 'delete', 'c2', '--instance', 'bt1'],
            resource: 'c2',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['gcloud', 'bigtable', 'instances', 'list'],
          },
          {
            argv: ['gcloud', 'bigtable', 'instances', 'describe', 'bt1'],
          },
          {
            argv: ['gcloud', 'bigtable', 'backups', 'list', '--instance', 'bt1'],
          },
        ],
      },
    },
    {
      id: 'gcloud/storage-rm',
      summary:
        'gcloud storage rm (--recursive) / rsync --delete-unmatched-destination-objects: delete Cloud Storage objects',
      message: 'Deletes {{resource}} from Cloud Storage (project {{environment}}).',
      rationale: 'gcloud storage rm never asks; --recursive removes every object under the prefix.',
      safer: 'List first (`gcloud storage ls URL`), and keep soft delete or versioning on the bucket.',
      undo: "objects come back within the bucket's soft-delete window (7 days by default) or from object versions; otherwise no undo",
      when: {
        args: ['storage', 'rm', '*'],
        except: HELP,
      },
      resource: {
        positional: 2,
      },
      examples: {
        destructive: [
          {
            argv: ['gcloud', 'storage', 'rm', '--recursive', 'gs://acme-tf-state'],
            resource: 'gs://acme-tf-state',
            environment: 'acme-prod',
            env: {
              CLOUDSDK_CORE_PROJECT: 'acme-prod',
            },
          },
          {
            argv: ['gcloud', 'storage', 'rm', 'gs://a/db.sql', '--project', 'p'],
            resource: 'gs://a/db.sql',
            environment: 'p',
          },
          {
            argv: ['gcloud', 'storage', 'rm', '-r', 'gs://b/**'],
            resource: 'gs://b/**',
            environment: 'unknown',
          },
          {
            argv: ['gcloud', 'alpha', 'storage', 'rm', '-r', 'gs://acme-backups', '--project', 'acme-prod'],
            resource: 'gs://acme-backups',
            environment: 'acme-prod',
            note: 'a release track (alpha, beta) runs the same command',
          },
        ],
        benign: [
          {
            argv: ['gcloud', 'storage', 'ls', 'gs://acme-tf-state'],
          },
          {
            argv: ['gcloud', 'storage', 'cp', 'f', 'gs://a/'],
          },
          {
            argv: ['gcloud', 'storage', 'rm', '--help'],
          },
          {
            argv: ['gcloud', 'beta', 'storage', 'ls', 'gs://acme-backups'],
          },
        ],
      },
    },
    {
      id: 'gcloud/other-deletes',
      summary: 'gcloud functions delete / secrets delete: delete a function or a secret with every version',
      message: 'Deletes {{resource}} in project {{environment}}.',
      rationale: 'gcloud commands ending in delete, destroy or purge remove what they name.',
      safer: 'Describe the resource first; keep backups.',
      undo: 'no undo: a deleted secret takes every version with it',
      when: {
        args: [['functions', 'secrets'], 'delete', '*'],
        except: HELP,
      },
      resource: {
        positional: 2,
      },
      examples: {
        destructive: [
          {
            argv: ['gcloud', 'functions', 'delete', 'api', '--region', 'us-central1'],
            resource: 'api',
            environment: 'acme-prod',
            env: {
              CLOUDSDK_CORE_PROJECT: 'acme-prod',
            },
          },
          {
            argv: ['gcloud', 'secrets', 'delete', 'db-password', '--project', 'p'],
            resource: 'db-password',
            environment: 'p',
          },
          {
            argv: ['gcloud', 'secrets', 'delete', 'api-key', '--quiet'],
            resource: 'api-key',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['gcloud', 'functions', 'list'],
          },
          {
            argv: ['gcloud', 'secrets', 'versions', 'access', 'latest', '--secret', 'db-password'],
          },
          {
            argv: ['gcloud', 'functions', 'deploy', 'api'],
          },
        ],
      },
    },
    {
      id: 'gcloud/weaken-protection',
      summary:
        'gcloud sql instances patch --no-deletion-protection / --no-backup / --retained-backups-count, compute instances update --no-deletion-protection: weaken a protection',
      message: 'Weakens the protection of {{resource}} in project {{environment}}.',
      rationale: 'Turning off deletion protection or automated backups removes the undo for a later mistake.',
      safer: 'Keep the protection on.',
      undo: 'turn it back on; backups not taken while disabled do not exist',
      when: {
        args: [['sql', 'compute', 'alloydb'], ['instances', 'clusters'], ['patch', 'update'], '*'],
        anyArg: [
          '--no-deletion-protection',
          '--no-backup',
          '--no-enable-point-in-time-recovery',
          '--no-enable-bin-log',
          '--retained-backups-count=1',
          '--retained-transaction-log-days=1',
        ],
        except: HELP,
      },
      resource: {
        positional: 3,
      },
      examples: {
        destructive: [
          {
            argv: ['gcloud', 'sql', 'instances', 'patch', 'prod-db', '--no-deletion-protection'],
            resource: 'prod-db',
            environment: 'acme-prod',
            env: {
              CLOUDSDK_CORE_PROJECT: 'acme-prod',
            },
          },
          {
            argv: ['gcloud', 'sql', 'instances', 'patch', 'db2', '--no-backup', '--project', 'p'],
            resource: 'db2',
            environment: 'p',
          },
          {
            argv: ['gcloud', 'compute', 'instances', 'update', 'vm1', '--no-deletion-protection', '--zone', 'z'],
            resource: 'vm1',
            environment: 'unknown',
          },
          {
            argv: [
              'gcloud',
              'beta',
              'sql',
              'instances',
              'patch',
              'prod-db',
              '--no-deletion-protection',
              '--project',
              'acme-prod',
            ],
            resource: 'prod-db',
            environment: 'acme-prod',
          },
        ],
        benign: [
          {
            argv: ['gcloud', 'sql', 'instances', 'patch', 'prod-db', '--deletion-protection'],
          },
          {
            argv: ['gcloud', 'sql', 'instances', 'patch', 'prod-db', '--tier', 'db-custom-2-7680'],
          },
          {
            argv: ['gcloud', 'compute', 'instances', 'update', 'vm1', '--deletion-protection'],
          },
        ],
      },
    },
  ],
});
