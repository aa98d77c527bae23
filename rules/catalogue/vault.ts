import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked (search: developer.hashicorp.com/vault/docs/commands/kv/metadata, …/kv-v2/cookbook/destroy-data):
// `kv destroy -versions`, `kv metadata delete` (every version); `kv delete` is a soft delete on KV v2.
export default (): CatalogueTool => ({
  tool: 'vault',
  commands: ['vault'],
  docs: 'https://developer.hashicorp.com/vault/docs/commands',
  style: 'go',
  valueFlags: ['-namespace', '-ns', '-mount', '-versions', '-format', '-field'],
  environment: {
    flag: '-address',
    envVar: 'VAULT_ADDR',
    kind: 'other',
  },
  operations: [
    {
      id: 'vault/kv-destroy',
      summary: 'vault kv metadata delete / kv destroy: delete every version of a secret for good',
      message: 'Permanently deletes versions of the secret {{resource}} on {{environment}}.',
      rationale:
        '`kv metadata delete` removes every version and the history; `kv destroy` removes the given versions for good.',
      safer: 'Use `vault kv delete` (soft delete, reversible with `vault kv undelete`).',
      undo: 'no undo',
      when: {
        args: ['kv', ['destroy', 'metadata'], '*'],
        except: [
          {
            args: ['kv', 'metadata', ['get', 'put', 'patch']],
            reason: 'reads or edits the metadata; no version is deleted',
          },
        ],
      },
      resource: {
        positional: -1,
      },
      examples: {
        destructive: [
          {
            argv: ['vault', 'kv', 'metadata', 'delete', 'secret/prod/db'],
            resource: 'secret/prod/db',
            environment: 'unknown',
          },
          {
            argv: ['vault', 'kv', 'destroy', '-versions=1,2', '-address=https://vault.prod:8200', 'secret/api'],
            resource: 'secret/api',
            environment: 'https://vault.prod:8200',
          },
          {
            argv: ['vault', 'kv', 'metadata', 'delete', '-mount=secret', 'prod/stripe'],
            resource: 'prod/stripe',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['vault', 'kv', 'get', 'secret/prod/db'],
          },
          {
            argv: ['vault', 'kv', 'metadata', 'get', 'secret/prod/db'],
          },
          {
            argv: ['vault', 'kv', 'put', 'secret/dev/x', 'a=1'],
          },
        ],
      },
    },
    {
      id: 'vault/disable-engine',
      summary: 'vault secrets disable / auth disable: unmount a secrets engine or auth method and everything in it',
      message: 'Disables {{resource}} on {{environment}}: every secret stored under that mount is deleted.',
      rationale:
        'Disabling a secrets engine revokes its leases and deletes all its data; disabling an auth method removes its roles and tokens.',
      safer: "Move it instead (`vault secrets move`), or back up Vault's storage first (raft snapshot).",
      undo: 'only a storage snapshot (vault operator raft snapshot restore) brings it back',
      when: {
        args: [['secrets', 'auth'], 'disable', '*'],
      },
      resource: {
        positional: 2,
      },
      examples: {
        destructive: [
          {
            argv: ['vault', 'secrets', 'disable', 'secret/'],
            resource: 'secret/',
            environment: 'unknown',
          },
          {
            argv: ['vault', 'auth', 'disable', '-address=https://vault.prod:8200', 'github/'],
            resource: 'github/',
            environment: 'https://vault.prod:8200',
          },
          {
            argv: ['vault', 'secrets', 'disable', 'database'],
            resource: 'database',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['vault', 'secrets', 'list'],
          },
          {
            argv: ['vault', 'auth', 'list'],
          },
          {
            argv: ['vault', 'secrets', 'enable', '-path=kv2', 'kv-v2'],
          },
        ],
      },
    },
    {
      id: 'vault/delete-path',
      summary: 'vault delete PATH: delete data, a role or a policy at an API path',
      message: 'Deletes {{resource}} on {{environment}}.',
      rationale: 'vault delete sends a DELETE to the path; for KV v1 and most engines there is no soft delete.',
      safer: 'Read it first (`vault read PATH`) and keep a copy.',
      undo: 'no undo for KV v1 and configuration paths',
      when: {
        args: ['delete', '*'],
      },
      resource: {
        positional: 1,
      },
      examples: {
        destructive: [
          {
            argv: ['vault', 'delete', 'secret/legacy/token'],
            resource: 'secret/legacy/token',
            environment: 'unknown',
          },
          {
            argv: ['vault', 'delete', '-address=https://vault.prod:8200', 'database/roles/app'],
            resource: 'database/roles/app',
            environment: 'https://vault.prod:8200',
          },
          {
            argv: ['vault', 'delete', 'sys/policy/deploy'],
            resource: 'sys/policy/deploy',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['vault', 'read', 'database/roles/app'],
          },
          {
            argv: ['vault', 'list', 'secret/'],
          },
          {
            argv: ['vault', 'write', 'database/roles/app', 'db_name=x'],
          },
        ],
      },
    },
  ],
});
