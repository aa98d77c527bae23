import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked in hashicorp/consul command/kv/del/kv_delete.go: `kv delete -recurse` with no key deletes the whole KV
// store (was missed: the rule required a key); -cas is a boolean (was read as taking a value); HTTP flags -token-file,
// -ca-path, -tls-server-name take a value.
export default (): CatalogueTool => ({
  tool: 'consul',
  commands: ['consul'],
  docs: 'https://developer.hashicorp.com/consul/commands/kv/delete',
  style: 'go',
  valueFlags: [
    '-token',
    '-namespace',
    '-partition',
    '-datacenter',
    '-ca-file',
    '-client-cert',
    '-client-key',
    '-token-file',
    '-ca-path',
    '-tls-server-name',
    '-modify-index',
  ],
  environment: {
    flag: '-http-addr',
    envVar: 'CONSUL_HTTP_ADDR',
    kind: 'db-host',
  },
  operations: [
    {
      id: 'consul/kv-delete',
      summary: 'consul kv delete (-recurse: every key under a prefix)',
      message: 'Deletes Consul KV data {{resource}} on {{environment}}.',
      rationale: 'With -recurse every key under the prefix goes; configuration read by services disappears at once.',
      safer: 'Export first: `consul kv export PREFIX > backup.json`.',
      undo: 'only an export (consul kv import) or a snapshot brings the keys back',
      when: {
        args: ['kv', 'delete'],
      },
      resource: {
        positional: 2,
        default: 'every key in the KV store',
      },
      examples: {
        destructive: [
          {
            argv: ['consul', 'kv', 'delete', '-recurse', 'config/'],
            resource: 'config/',
            environment: 'unknown',
          },
          {
            argv: ['consul', 'kv', 'delete', '-http-addr=https://consul.prod:8501', 'service/api/flags'],
            resource: 'service/api/flags',
            environment: 'https://consul.prod:8501',
          },
          {
            argv: ['consul', 'kv', 'delete', '-recurse'],
            resource: 'every key in the KV store',
            environment: 'unknown',
            note: 'no key: -recurse deletes the whole store',
          },
          {
            argv: ['consul', 'kv', 'delete', '-cas', '-modify-index', '42', 'service/api/lock'],
            resource: 'service/api/lock',
            environment: 'unknown',
            note: '-cas takes no value',
          },
          {
            argv: ['consul', 'kv', 'delete', '-recurse', 'app'],
            resource: 'app',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['consul', 'kv', 'get', '-recurse', 'config/'],
          },
          {
            argv: ['consul', 'kv', 'export', 'config/'],
          },
          {
            argv: ['consul', 'kv', 'put', 'config/x', '1'],
          },
        ],
      },
    },
    {
      id: 'consul/snapshot-restore',
      summary: 'consul snapshot restore: replace the whole cluster state with a snapshot',
      message: 'Replaces the state of the Consul cluster {{environment}} with the snapshot {{resource}}.',
      rationale: 'Everything written since the snapshot was taken is lost.',
      safer: 'Save a fresh snapshot first (`consul snapshot save now.snap`).',
      undo: 'only a snapshot taken just before brings the newer state back',
      when: {
        args: ['snapshot', 'restore', '*'],
      },
      resource: {
        positional: 2,
      },
      examples: {
        destructive: [
          {
            argv: ['consul', 'snapshot', 'restore', 'backup.snap'],
            resource: 'backup.snap',
            environment: 'unknown',
          },
          {
            argv: ['consul', 'snapshot', 'restore', '-http-addr=https://consul.prod:8501', 'old.snap'],
            resource: 'old.snap',
            environment: 'https://consul.prod:8501',
          },
          {
            argv: ['consul', 'snapshot', 'restore', './s/2024.snap'],
            resource: './s/2024.snap',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['consul', 'snapshot', 'save', 'backup.snap'],
          },
          {
            argv: ['consul', 'snapshot', 'inspect', 'backup.snap'],
          },
          {
            argv: ['consul', 'members'],
          },
        ],
      },
    },
  ],
});
