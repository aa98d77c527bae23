import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

/** Shared by several operations below. */
const HELP = [{ anyArg: ['help', '--help', '-h'], reason: 'prints the manual; nothing is sent' }];

// Checked in digitalocean/doctl commands/ at 168188d: `databases` (aliases db, dbs, d, database) delete|rm, and its
// db|user|pool|replica|topics|indexes delete CLUSTER NAME (added).
export default (): CatalogueTool => ({
  tool: 'doctl',
  commands: ['doctl'],
  docs: 'https://docs.digitalocean.com/reference/doctl/reference/',
  valueFlags: ['--access-token', '-t', '--output', '-o', '--format', '--config', '-c'],
  environment: {
    flag: ['--context'],
    envVar: 'DIGITALOCEAN_CONTEXT',
    kind: 'other',
  },
  operations: [
    {
      id: 'doctl/delete',
      summary:
        'doctl databases / registry / apps / projects delete: delete a managed database, registry, app or project',
      message: 'Deletes the DigitalOcean {{resource}} ({{environment}}).',
      rationale: 'doctl deletes with --force and never keeps a copy; a deleted database takes its backups with it.',
      safer: 'Back up first (`doctl databases backups ID`, pg_dump), and check the context (`doctl auth list`).',
      undo: 'no undo: a deleted managed database takes its automatic backups',
      when: {
        args: [
          ['databases', 'database', 'db', 'dbs', 'd', 'registry', 'apps', 'projects'],
          ['delete', 'rm', 'd'],
        ],
        except: HELP,
      },
      resource: {
        positional: 2,
        default: 'the default registry',
      },
      examples: {
        destructive: [
          {
            argv: ['doctl', 'databases', 'delete', '9cc10173-e9ea-4176-9dbc-a4cee4c4ff30', '--force'],
            resource: '9cc10173-e9ea-4176-9dbc-a4cee4c4ff30',
            environment: 'unknown',
          },
          {
            argv: ['doctl', 'apps', 'delete', '4f6c', '--force', '--context', 'prod'],
            resource: '4f6c',
            environment: 'prod',
          },
          {
            argv: ['doctl', 'registry', 'delete', '-f'],
            resource: 'the default registry',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['doctl', 'databases', 'list'],
          },
          {
            argv: ['doctl', 'apps', 'list'],
          },
          {
            argv: ['doctl', 'databases', 'backups', '9cc1'],
          },
        ],
      },
    },
    {
      id: 'doctl/compute-delete',
      summary:
        'doctl compute droplet / volume / snapshot / image / domain / firewall / … delete: delete a Droplet, volume or snapshot',
      message: 'Deletes the DigitalOcean {{resource}} ({{environment}}).',
      rationale: 'A deleted Droplet takes its disk; a deleted volume or snapshot is gone; --force skips the prompt.',
      safer: 'Snapshot first (`doctl compute droplet-action snapshot ID`).',
      undo: 'no undo',
      when: {
        args: [
          'compute',
          [
            'droplet',
            'volume',
            'snapshot',
            'image',
            'domain',
            'firewall',
            'load-balancer',
            'reserved-ip',
            'ssh-key',
            'vpc',
            'certificate',
            'tag',
          ],
          ['delete', 'rm', 'd'],
        ],
        except: HELP,
      },
      resource: {
        positional: 3,
      },
      examples: {
        destructive: [
          {
            argv: ['doctl', 'compute', 'droplet', 'delete', 'web-1', '--force'],
            resource: 'web-1',
            environment: 'unknown',
          },
          {
            argv: ['doctl', 'compute', 'volume', 'delete', '506f78a4', '--force', '--context', 'prod'],
            resource: '506f78a4',
            environment: 'prod',
          },
          {
            argv: ['doctl', 'compute', 'snapshot', 'rm', '123'],
            resource: '123',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['doctl', 'compute', 'droplet', 'list'],
          },
          {
            argv: ['doctl', 'compute', 'volume', 'create', 'v', '--size', '10GiB'],
          },
          {
            argv: ['doctl', 'compute', 'droplet-action', 'snapshot', '1'],
          },
        ],
      },
    },
    {
      id: 'doctl/kubernetes-delete',
      summary:
        'doctl kubernetes cluster delete / node-pool delete: delete a Kubernetes cluster (and its volumes with --dangerous)',
      message: 'Deletes the DigitalOcean Kubernetes {{resource}} ({{environment}}).',
      rationale: 'The cluster and its nodes go; with --dangerous its load balancers and volumes too.',
      safer: 'Back up workloads and volumes first (Velero, snapshots).',
      undo: 'no undo',
      when: {
        args: [['kubernetes', 'k8s', 'k'], 'cluster', ['delete', 'rm', 'd']],
        except: HELP,
      },
      resource: {
        positional: 3,
      },
      examples: {
        destructive: [
          {
            argv: ['doctl', 'kubernetes', 'cluster', 'delete', 'prod'],
            resource: 'prod',
            environment: 'unknown',
          },
          {
            argv: ['doctl', 'k8s', 'cluster', 'delete', 'stage', '--dangerous', '--force'],
            resource: 'stage',
            environment: 'unknown',
          },
          {
            argv: ['doctl', 'kubernetes', 'cluster', 'rm', 'c1', '--context', 'prod'],
            resource: 'c1',
            environment: 'prod',
          },
        ],
        benign: [
          {
            argv: ['doctl', 'kubernetes', 'cluster', 'list'],
          },
          {
            argv: ['doctl', 'kubernetes', 'cluster', 'kubeconfig', 'save', 'prod'],
          },
          {
            argv: ['doctl', 'kubernetes', 'cluster', 'get', 'prod'],
          },
        ],
      },
    },
    {
      id: 'doctl/databases-part-delete',
      summary:
        'doctl databases db|user|pool|replica|topics|indexes delete CLUSTER NAME: delete a database, user, pool, replica, topic or index in a managed cluster',
      message: 'Deletes {{resource}} in the DigitalOcean managed database cluster ({{environment}}).',
      rationale: 'A dropped database takes its tables with it; doctl asks only on a terminal, and --force skips that.',
      safer: "Take a dump first (pg_dump / mysqldump through the cluster's connection string).",
      undo: 'only a restore of the whole cluster from its daily backup (as a new cluster) brings it back',
      when: {
        args: [
          ['databases', 'database', 'db', 'dbs', 'd'],
          ['db', 'user', 'pool', 'replica', 'topics', 'indexes'],
          ['delete', 'rm'],
          '*',
          '*',
        ],
        except: [
          {
            anyArg: ['help', '--help', '-h'],
            reason: 'prints the manual; nothing is sent',
          },
        ],
      },
      resource: {
        positional: 4,
      },
      examples: {
        destructive: [
          {
            argv: ['doctl', 'databases', 'db', 'delete', 'f81d4fae', 'app', '--force'],
            resource: 'app',
            environment: 'unknown',
          },
          {
            argv: ['doctl', 'db', 'user', 'rm', 'f81d4fae', 'reporting'],
            resource: 'reporting',
            environment: 'unknown',
          },
          {
            argv: ['doctl', 'databases', 'replica', 'delete', 'f81d4fae', 'read-1', '--context', 'prod'],
            resource: 'read-1',
            environment: 'prod',
          },
        ],
        benign: [
          {
            argv: ['doctl', 'databases', 'db', 'list', 'f81d4fae'],
          },
          {
            argv: ['doctl', 'databases', 'db', 'create', 'f81d4fae', 'app'],
          },
          {
            argv: ['doctl', 'databases', 'user', 'delete', '--help'],
          },
        ],
      },
    },
  ],
});
