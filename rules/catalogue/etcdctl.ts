import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked in etcd-io/etcd etcdctl/ctlv3/command at c34dc7e: `del KEY [--prefix|--from-key]`.
export default (): CatalogueTool => ({
  tool: 'etcdctl',
  commands: ['etcdctl'],
  docs: 'https://etcd.io/docs/v3.5/dev-guide/interacting_v3/',
  valueFlags: [
    '--cacert',
    '--cert',
    '--key',
    '--user',
    '--password',
    '--dial-timeout',
    '--command-timeout',
    '-w',
    '--write-out',
  ],
  environment: {
    flag: '--endpoints',
    envVar: 'ETCDCTL_ENDPOINTS',
    kind: 'db-host',
  },
  operations: [
    {
      id: 'etcdctl/del',
      summary: 'etcdctl del (--prefix / --from-key: a whole key range)',
      message: 'Deletes etcd keys {{resource}} on {{environment}}.',
      rationale: "Deleting a prefix such as /registry removes a Kubernetes cluster's whole state; etcd does not ask.",
      safer: 'List first with `etcdctl get --prefix --keys-only KEY`, and take `etcdctl snapshot save FILE`.',
      undo: 'only a snapshot (etcdctl snapshot restore) brings the keys back; compaction removes old revisions',
      when: {
        args: ['del', '*'],
      },
      resource: {
        positional: 1,
      },
      examples: {
        destructive: [
          {
            argv: ['etcdctl', 'del', '--prefix', '/registry'],
            resource: '/registry',
            environment: 'unknown',
          },
          {
            argv: ['etcdctl', '--endpoints', 'https://etcd-prod:2379', 'del', '/config/app'],
            resource: '/config/app',
            environment: 'https://etcd-prod:2379',
          },
          {
            argv: ['etcdctl', 'del', '', '--from-key=true'],
            resource: '',
            environment: 'unknown',
            note: 'an empty key with --from-key means every key',
          },
        ],
        benign: [
          {
            argv: ['etcdctl', 'get', '--prefix', '/registry', '--keys-only'],
          },
          {
            argv: ['etcdctl', 'put', '/config/app', 'v1'],
          },
          {
            argv: ['etcdctl', 'snapshot', 'save', 'backup.db'],
          },
        ],
      },
    },
  ],
});
