import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

/** Shared by several operations below. */
const HELP = [{ anyArg: ['help', '--help', '-h'], reason: 'prints the manual; nothing is sent' }];

// Spot-checked in Azure/azure-cli command_modules/cosmosdb/commands.py (the account's databases, containers,
// collections, keyspaces, tables and graphs each have their own `delete`: added) and learn.microsoft.com
// `az postgres flexible-server db delete` (a database on a flexible server: added; was missed).
export default (): CatalogueTool => ({
  tool: 'az',
  commands: ['az'],
  docs: 'https://learn.microsoft.com/cli/azure/reference-index',
  valueFlags: [
    '--resource-group',
    '-g',
    '--name',
    '-n',
    '--server',
    '-s',
    '--vault-name',
    '--account-name',
    '--location',
    '-l',
    '--output',
    '-o',
    '--query',
    '--ids',
    '--workspace-name',
    '--cluster-name',
  ],
  environment: {
    flag: '--subscription',
    envVar: 'AZURE_SUBSCRIPTION_ID',
    kind: 'azure-subscription',
  },
  operations: [
    {
      id: 'az/compute-deletes',
      summary: 'az vm|vmss|disk|snapshot|… delete: delete virtual machine, disk or snapshot',
      message: 'Deletes the virtual machine, disk or snapshot {{resource}} in subscription {{environment}}.',
      rationale: 'az deletes without asking when --yes is given, and agents give it.',
      safer: 'Show it first (`az … show`), and take a backup or enable soft delete / resource locks.',
      undo: 'no undo',
      when: {
        args: [['vm', 'vmss', 'disk', 'snapshot', 'image', 'sig'], 'delete'],
        except: HELP,
      },
      resource: {
        flag: ['--name', '-n', '--ids'],
        default: 'unknown',
      },
      examples: {
        destructive: [
          {
            argv: ['az', 'vm', 'delete', '-g', 'prod-rg', '-n', 'web1', '--yes'],
            resource: 'web1',
            environment: 'acme-prod',
            env: {
              AZURE_SUBSCRIPTION_ID: 'acme-prod',
            },
          },
          {
            argv: ['az', 'disk', 'delete', '--name', 'data1', '-g', 'rg', '--subscription', 'dev-sub'],
            resource: 'data1',
            environment: 'dev-sub',
          },
          {
            argv: ['az', 'snapshot', 'delete', '-n', 'snap1', '-g', 'rg'],
            resource: 'snap1',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['az', 'vm', 'list', '-g', 'prod-rg'],
          },
          {
            argv: ['az', 'vm', 'stop', '-g', 'prod-rg', '-n', 'web1'],
          },
          {
            argv: ['az', 'disk', 'show', '-n', 'data1', '-g', 'rg'],
          },
        ],
      },
    },
    {
      id: 'az/cosmosdb-deletes',
      summary: 'az cosmosdb delete: delete Cosmos DB account',
      message: 'Deletes the Cosmos DB account {{resource}} in subscription {{environment}}.',
      rationale: 'az deletes without asking when --yes is given, and agents give it.',
      safer: 'Show it first (`az … show`), and take a backup or enable soft delete / resource locks.',
      undo: 'Azure support can restore a deleted Cosmos DB account from periodic backups within the retention (8 hours by default); otherwise no undo',
      when: {
        args: ['cosmosdb', ['delete']],
        except: HELP,
      },
      resource: {
        flag: ['--name', '-n', '--ids'],
        default: 'unknown',
      },
      examples: {
        destructive: [
          {
            argv: ['az', 'cosmosdb', 'delete', '-n', 'acme-cosmos', '-g', 'rg', '--yes'],
            resource: 'acme-cosmos',
            environment: 'acme-prod',
            env: {
              AZURE_SUBSCRIPTION_ID: 'acme-prod',
            },
          },
          {
            argv: ['az', 'cosmosdb', 'delete', '--name', 'c2', '-g', 'rg', '--subscription', 's2'],
            resource: 'c2',
            environment: 's2',
          },
          {
            argv: ['az', 'cosmosdb', 'delete', '-n', 'c3', '-g', 'rg'],
            resource: 'c3',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['az', 'cosmosdb', 'list'],
          },
          {
            argv: ['az', 'cosmosdb', 'show', '-n', 'acme-cosmos', '-g', 'rg'],
          },
          {
            argv: ['az', 'cosmosdb', 'keys', 'list', '-n', 'acme-cosmos', '-g', 'rg'],
          },
        ],
      },
    },
    {
      id: 'az/cosmosdb-data-deletes',
      summary:
        'az cosmosdb sql|mongodb|cassandra|gremlin … delete, az cosmosdb table delete: delete a database, container, collection, keyspace, table or graph',
      message: 'Deletes the Cosmos DB {{resource}} (and every item in it) in subscription {{environment}}.',
      rationale:
        'az deletes without asking when --yes is given; every document in the database or container goes with it.',
      safer: "Show it first, and check the account's backup policy (continuous backup allows a point-in-time restore).",
      undo: "only a restore from the account's backups (continuous backup: point in time; periodic: through Azure support)",
      valueFlags: ['-a', '--account-name', '-d', '--database-name', '-k', '--keyspace-name'],
      when: {
        args: [
          'cosmosdb',
          ['sql', 'mongodb', 'cassandra', 'gremlin'],
          ['database', 'container', 'collection', 'keyspace', 'table', 'graph'],
          'delete',
        ],
        except: HELP,
      },
      resource: {
        flag: ['--name', '-n', '--ids'],
        default: 'unknown',
      },
      examples: {
        destructive: [
          {
            argv: [
              'az',
              'cosmosdb',
              'sql',
              'database',
              'delete',
              '-a',
              'acme-cosmos',
              '-g',
              'rg',
              '-n',
              'orders',
              '--yes',
            ],
            resource: 'orders',
            environment: 'unknown',
          },
          {
            argv: [
              'az',
              'cosmosdb',
              'mongodb',
              'collection',
              'delete',
              '-a',
              'acme',
              '-g',
              'rg',
              '-d',
              'app',
              '-n',
              'users',
            ],
            resource: 'users',
            environment: 'acme-prod',
            env: {
              AZURE_SUBSCRIPTION_ID: 'acme-prod',
            },
          },
          {
            argv: [
              'az',
              'cosmosdb',
              'sql',
              'container',
              'delete',
              '-a',
              'acme',
              '-g',
              'rg',
              '-d',
              'app',
              '-n',
              'events',
              '--subscription',
              's2',
            ],
            resource: 'events',
            environment: 's2',
          },
        ],
        benign: [
          {
            argv: ['az', 'cosmosdb', 'sql', 'database', 'list', '-a', 'acme', '-g', 'rg'],
          },
          {
            argv: ['az', 'cosmosdb', 'sql', 'container', 'show', '-a', 'acme', '-g', 'rg', '-d', 'app', '-n', 'events'],
          },
          {
            argv: ['az', 'cosmosdb', 'sql', 'database', 'create', '-a', 'acme', '-g', 'rg', '-n', 'orders'],
          },
        ],
      },
    },
    {
      id: 'az/cosmosdb-table-delete',
      summary: 'az cosmosdb table delete: delete a Cosmos DB table',
      message: 'Deletes the Cosmos DB table {{resource}} (and every entity in it) in subscription {{environment}}.',
      rationale: 'az deletes without asking when --yes is given; every entity in the table goes with it.',
      safer: "Show it first, and check the account's backup policy.",
      undo: "only a restore from the account's backups",
      valueFlags: ['-a', '--account-name'],
      when: {
        args: ['cosmosdb', 'table', 'delete'],
        except: HELP,
      },
      resource: {
        flag: ['--name', '-n', '--ids'],
        default: 'unknown',
      },
      examples: {
        destructive: [
          {
            argv: ['az', 'cosmosdb', 'table', 'delete', '-a', 'acme', '-g', 'rg', '-n', 'sessions', '--yes'],
            resource: 'sessions',
            environment: 'unknown',
          },
          {
            argv: ['az', 'cosmosdb', 'table', 'delete', '--account-name', 'acme', '-g', 'rg', '--name', 'audit'],
            resource: 'audit',
            environment: 'acme-prod',
            env: {
              AZURE_SUBSCRIPTION_ID: 'acme-prod',
            },
          },
          {
            argv: ['az', 'cosmosdb', 'table', 'delete', '-a', 'acme', '-g', 'rg', '-n', 't3', '--subscription', 's3'],
            resource: 't3',
            environment: 's3',
          },
        ],
        benign: [
          {
            argv: ['az', 'cosmosdb', 'table', 'list', '-a', 'acme', '-g', 'rg'],
          },
          {
            argv: ['az', 'cosmosdb', 'table', 'show', '-a', 'acme', '-g', 'rg', '-n', 'sessions'],
          },
          {
            argv: ['az', 'cosmosdb', 'table', 'create', '-a', 'acme', '-g', 'rg', '-n', 'sessions'],
          },
        ],
      },
    },
    {
      id: 'az/flexible-server-db-delete',
      summary: 'az mysql|postgres flexible-server db delete: delete a database on a flexible server',
      message: 'Deletes the database {{resource}} on a flexible server in subscription {{environment}}.',
      rationale: 'az deletes without asking when --yes is given; the database and every table in it go at once.',
      safer: 'Dump it first (pg_dump / mysqldump), or rely on a point-in-time restore of the whole server.',
      undo: 'only a point-in-time restore of the whole server into a new server',
      valueFlags: ['-d', '--database-name', '--server-name'],
      when: {
        args: [['mysql', 'postgres'], 'flexible-server', 'db', 'delete'],
        except: HELP,
      },
      resource: {
        flag: ['--database-name', '-d', '--name', '-n', '--ids'],
        default: 'unknown',
      },
      examples: {
        destructive: [
          {
            argv: [
              'az',
              'postgres',
              'flexible-server',
              'db',
              'delete',
              '-g',
              'rg',
              '-s',
              'pg-prod',
              '-d',
              'app',
              '--yes',
            ],
            resource: 'app',
            environment: 'unknown',
          },
          {
            argv: [
              'az',
              'mysql',
              'flexible-server',
              'db',
              'delete',
              '-g',
              'rg',
              '-s',
              'my-prod',
              '--database-name',
              'shop',
            ],
            resource: 'shop',
            environment: 'acme-prod',
            env: {
              AZURE_SUBSCRIPTION_ID: 'acme-prod',
            },
          },
          {
            argv: [
              'az',
              'postgres',
              'flexible-server',
              'db',
              'delete',
              '-g',
              'rg',
              '--server-name',
              'pg',
              '-n',
              'old',
              '--subscription',
              's2',
            ],
            resource: 'old',
            environment: 's2',
          },
        ],
        benign: [
          {
            argv: ['az', 'postgres', 'flexible-server', 'db', 'list', '-g', 'rg', '-s', 'pg-prod'],
          },
          {
            argv: ['az', 'postgres', 'flexible-server', 'db', 'show', '-g', 'rg', '-s', 'pg-prod', '-d', 'app'],
          },
          {
            argv: ['az', 'mysql', 'flexible-server', 'db', 'create', '-g', 'rg', '-s', 'my-prod', '-d', 'shop'],
          },
        ],
      },
    },
    {
      id: 'az/redis-deletes',
      summary: 'az redis delete: delete Azure Cache for Redis',
      message: 'Deletes the Azure Cache for Redis {{resource}} in subscription {{environment}}.',
      rationale: 'az deletes without asking when --yes is given, and agents give it.',
      safer: 'Show it first (`az … show`), and take a backup or enable soft delete / resource locks.',
      undo: 'no undo',
      when: {
        args: ['redis', 'delete'],
        except: HELP,
      },
      resource: {
        flag: ['--name', '-n', '--ids'],
        default: 'unknown',
      },
      examples: {
        destructive: [
          {
            argv: ['az', 'redis', 'delete', '-n', 'cache', '-g', 'rg', '--yes'],
            resource: 'cache',
            environment: 'acme-prod',
            env: {
              AZURE_SUBSCRIPTION_ID: 'acme-prod',
            },
          },
          {
            argv: ['az', 'redis', 'delete', '--name', 'c2', '-g', 'rg', '--subscription', 's2'],
            resource: 'c2',
            environment: 's2',
          },
          {
            argv: ['az', 'redis', 'delete', '-n', 'c3', '-g', 'rg'],
            resource: 'c3',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['az', 'redis', 'list'],
          },
          {
            argv: ['az', 'redis', 'show', '-n', 'cache', '-g', 'rg'],
          },
          {
            argv: ['az', 'redis', 'export', '-n', 'cache', '-g', 'rg', '--prefix', 'p', '--container', 'c'],
          },
        ],
      },
    },
    {
      id: 'az/keyvault-deletes',
      summary: 'az keyvault delete|purge: delete Key Vault (purge: for good)',
      message: 'Deletes the Key Vault (purge: for good) {{resource}} in subscription {{environment}}.',
      rationale: 'az deletes without asking when --yes is given, and agents give it.',
      safer: 'Show it first (`az … show`), and take a backup or enable soft delete / resource locks.',
      undo: 'a deleted vault stays soft-deleted for its retention period (90 days by default) and `az keyvault recover` brings it back; after purge no undo',
      when: {
        args: ['keyvault', ['delete', 'purge']],
        except: HELP,
      },
      resource: {
        flag: ['--name', '-n', '--ids'],
        default: 'unknown',
      },
      examples: {
        destructive: [
          {
            argv: ['az', 'keyvault', 'purge', '--name', 'acme-kv'],
            resource: 'acme-kv',
            environment: 'acme-prod',
            env: {
              AZURE_SUBSCRIPTION_ID: 'acme-prod',
            },
          },
          {
            argv: ['az', 'keyvault', 'delete', '--name', 'kv2', '--subscription', 's2'],
            resource: 'kv2',
            environment: 's2',
          },
          {
            argv: ['az', 'keyvault', 'delete', '-n', 'kv3'],
            resource: 'kv3',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['az', 'keyvault', 'show', '--name', 'acme-kv'],
          },
          {
            argv: ['az', 'keyvault', 'list'],
          },
          {
            argv: ['az', 'keyvault', 'recover', '--name', 'acme-kv'],
          },
        ],
      },
    },
    {
      id: 'az/keyvault-items-deletes',
      summary: 'az keyvault secret|key|certificate delete|purge: delete Key Vault secret, key or certificate',
      message: 'Deletes the Key Vault secret, key or certificate {{resource}} in subscription {{environment}}.',
      rationale: 'az deletes without asking when --yes is given, and agents give it.',
      safer: 'Show it first (`az … show`), and take a backup or enable soft delete / resource locks.',
      undo: "soft-deleted secrets, keys and certificates can be recovered during the vault's retention period; purged ones cannot",
      when: {
        args: ['keyvault', ['secret', 'key', 'certificate'], ['delete', 'purge']],
        except: HELP,
      },
      resource: {
        flag: ['--name', '-n', '--ids'],
        default: 'unknown',
      },
      examples: {
        destructive: [
          {
            argv: ['az', 'keyvault', 'secret', 'delete', '--vault-name', 'acme-kv', '-n', 'db-password'],
            resource: 'db-password',
            environment: 'acme-prod',
            env: {
              AZURE_SUBSCRIPTION_ID: 'acme-prod',
            },
          },
          {
            argv: ['az', 'keyvault', 'key', 'purge', '--vault-name', 'kv', '-n', 'k1', '--subscription', 's'],
            resource: 'k1',
            environment: 's',
          },
          {
            argv: ['az', 'keyvault', 'certificate', 'delete', '--vault-name', 'kv', '-n', 'tls'],
            resource: 'tls',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['az', 'keyvault', 'secret', 'show', '--vault-name', 'acme-kv', '-n', 'db-password'],
          },
          {
            argv: ['az', 'keyvault', 'secret', 'set', '--vault-name', 'acme-kv', '-n', 'x', '--value', 'y'],
          },
          {
            argv: ['az', 'keyvault', 'secret', 'recover', '--vault-name', 'acme-kv', '-n', 'db-password'],
          },
        ],
      },
    },
    {
      id: 'az/storage-data-deletes',
      summary:
        'az storage container|blob|share|queue|… delete|delete-batch: delete storage container, blob, share, queue or table',
      message:
        'Deletes the storage container, blob, share, queue or table {{resource}} in subscription {{environment}}.',
      rationale: 'az deletes without asking when --yes is given, and agents give it.',
      safer: 'Show it first (`az … show`), and take a backup or enable soft delete / resource locks.',
      undo: 'blobs and containers come back only with soft delete or versioning enabled on the account',
      when: {
        args: ['storage', ['container', 'blob', 'share', 'queue', 'table', 'fs'], ['delete', 'delete-batch']],
        except: HELP,
      },
      resource: {
        flag: ['--name', '-n', '--ids'],
        default: 'unknown',
      },
      examples: {
        destructive: [
          {
            argv: ['az', 'storage', 'container', 'delete', '-n', 'backups', '--account-name', 'acme'],
            resource: 'backups',
            environment: 'acme-prod',
            env: {
              AZURE_SUBSCRIPTION_ID: 'acme-prod',
            },
          },
          {
            argv: [
              'az',
              'storage',
              'blob',
              'delete-batch',
              '-s',
              'uploads',
              '--account-name',
              'acme',
              '--subscription',
              's',
            ],
            resource: 'unknown',
            environment: 's',
          },
          {
            argv: ['az', 'storage', 'share', 'delete', '-n', 'files', '--account-name', 'acme'],
            resource: 'files',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['az', 'storage', 'container', 'list', '--account-name', 'acme'],
          },
          {
            argv: ['az', 'storage', 'blob', 'upload', '-f', 'x', '-c', 'c', '-n', 'x', '--account-name', 'acme'],
          },
          {
            argv: ['az', 'storage', 'blob', 'list', '-c', 'uploads', '--account-name', 'acme'],
          },
        ],
      },
    },
    {
      id: 'az/apps-deletes',
      summary: 'az webapp|functionapp|containerapp|acr|… delete: delete app, registry or messaging namespace',
      message: 'Deletes the app, registry or messaging namespace {{resource}} in subscription {{environment}}.',
      rationale: 'az deletes without asking when --yes is given, and agents give it.',
      safer: 'Show it first (`az … show`), and take a backup or enable soft delete / resource locks.',
      undo: 'no undo',
      when: {
        args: [
          ['webapp', 'functionapp', 'containerapp', 'acr', 'apim', 'servicebus', 'eventhubs', 'cognitiveservices'],
          'delete',
        ],
        except: HELP,
      },
      resource: {
        flag: ['--name', '-n', '--ids'],
        default: 'unknown',
      },
      examples: {
        destructive: [
          {
            argv: ['az', 'webapp', 'delete', '-n', 'acme-web', '-g', 'rg'],
            resource: 'acme-web',
            environment: 'acme-prod',
            env: {
              AZURE_SUBSCRIPTION_ID: 'acme-prod',
            },
          },
          {
            argv: ['az', 'acr', 'delete', '-n', 'acmeregistry', '--yes', '--subscription', 's'],
            resource: 'acmeregistry',
            environment: 's',
          },
          {
            argv: ['az', 'containerapp', 'delete', '-n', 'api', '-g', 'rg', '--yes'],
            resource: 'api',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['az', 'webapp', 'list'],
          },
          {
            argv: ['az', 'webapp', 'restart', '-n', 'acme-web', '-g', 'rg'],
          },
          {
            argv: ['az', 'acr', 'show', '-n', 'acmeregistry'],
          },
        ],
      },
    },
    {
      id: 'az/rdbms-deletes',
      summary: 'az mysql|postgres server|flexible-server|db delete: delete database server or database',
      message: 'Deletes the database server or database {{resource}} in subscription {{environment}}.',
      rationale: 'az deletes without asking when --yes is given, and agents give it.',
      safer: 'Show it first (`az … show`), and take a backup or enable soft delete / resource locks.',
      undo: 'a deleted flexible server can be restored from its backups within 5 days by Azure support; otherwise no undo',
      when: {
        args: [['mysql', 'postgres'], ['server', 'flexible-server', 'db'], 'delete'],
        except: HELP,
      },
      resource: {
        flag: ['--name', '-n', '--ids'],
        default: 'unknown',
      },
      examples: {
        destructive: [
          {
            argv: ['az', 'mysql', 'flexible-server', 'delete', '-n', 'prod-mysql', '-g', 'rg', '--yes'],
            resource: 'prod-mysql',
            environment: 'acme-prod',
            env: {
              AZURE_SUBSCRIPTION_ID: 'acme-prod',
            },
          },
          {
            argv: ['az', 'postgres', 'server', 'delete', '-n', 'legacy', '-g', 'rg', '--subscription', 's'],
            resource: 'legacy',
            environment: 's',
          },
          {
            argv: ['az', 'mysql', 'db', 'delete', '-n', 'shop', '-s', 'srv', '-g', 'rg'],
            resource: 'shop',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['az', 'mysql', 'flexible-server', 'list'],
          },
          {
            argv: ['az', 'postgres', 'flexible-server', 'show', '-n', 'prod', '-g', 'rg'],
          },
          {
            argv: ['az', 'mysql', 'flexible-server', 'backup', 'create', '-n', 'prod-mysql', '-g', 'rg'],
          },
        ],
      },
    },
    {
      id: 'az/sql-servers-deletes',
      summary: 'az sql server|mi|elastic-pool|midb delete: delete Azure SQL server or managed instance',
      message: 'Deletes the Azure SQL server or managed instance {{resource}} in subscription {{environment}}.',
      rationale: 'az deletes without asking when --yes is given, and agents give it.',
      safer: 'Show it first (`az … show`), and take a backup or enable soft delete / resource locks.',
      undo: 'no undo',
      when: {
        args: ['sql', ['server', 'mi', 'elastic-pool', 'midb'], 'delete'],
        except: HELP,
      },
      resource: {
        flag: ['--name', '-n', '--ids'],
        default: 'unknown',
      },
      examples: {
        destructive: [
          {
            argv: ['az', 'sql', 'server', 'delete', '-n', 'acme-sql', '-g', 'rg', '--yes'],
            resource: 'acme-sql',
            environment: 'acme-prod',
            env: {
              AZURE_SUBSCRIPTION_ID: 'acme-prod',
            },
          },
          {
            argv: ['az', 'sql', 'mi', 'delete', '-n', 'mi1', '-g', 'rg', '--subscription', 's'],
            resource: 'mi1',
            environment: 's',
          },
          {
            argv: ['az', 'sql', 'elastic-pool', 'delete', '-n', 'pool', '-s', 'srv', '-g', 'rg'],
            resource: 'pool',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['az', 'sql', 'server', 'list'],
          },
          {
            argv: ['az', 'sql', 'server', 'show', '-n', 'acme-sql', '-g', 'rg'],
          },
          {
            argv: ['az', 'sql', 'db', 'list', '-s', 'acme-sql', '-g', 'rg'],
          },
        ],
      },
    },
    {
      id: 'az/network-deletes',
      summary: 'az network vnet|nsg|public-ip|lb|… delete: delete network resource',
      message: 'Deletes the network resource {{resource}} in subscription {{environment}}.',
      rationale: 'az deletes without asking when --yes is given, and agents give it.',
      safer: 'Show it first (`az … show`), and take a backup or enable soft delete / resource locks.',
      undo: 'no undo',
      when: {
        args: [
          ['network'],
          ['vnet', 'nsg', 'public-ip', 'lb', 'application-gateway', 'dns', 'private-dns', 'nic'],
          'delete',
        ],
        except: HELP,
      },
      resource: {
        flag: ['--name', '-n', '--ids'],
        default: 'unknown',
      },
      examples: {
        destructive: [
          {
            argv: ['az', 'network', 'vnet', 'delete', '-n', 'prod-vnet', '-g', 'rg'],
            resource: 'prod-vnet',
            environment: 'acme-prod',
            env: {
              AZURE_SUBSCRIPTION_ID: 'acme-prod',
            },
          },
          {
            argv: ['az', 'network', 'public-ip', 'delete', '-n', 'ip1', '-g', 'rg', '--subscription', 's'],
            resource: 'ip1',
            environment: 's',
          },
          {
            argv: ['az', 'network', 'nsg', 'delete', '-n', 'nsg1', '-g', 'rg'],
            resource: 'nsg1',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['az', 'network', 'vnet', 'list'],
          },
          {
            argv: ['az', 'network', 'vnet', 'show', '-n', 'prod-vnet', '-g', 'rg'],
          },
          {
            argv: ['az', 'network', 'public-ip', 'create', '-n', 'ip2', '-g', 'rg'],
          },
        ],
      },
    },
    {
      id: 'az/weaken-protection',
      summary:
        "az keyvault update --enable-purge-protection false / --enable-soft-delete false: weaken a vault's protection",
      message: 'Weakens the protection of the Key Vault {{resource}} in subscription {{environment}}.',
      rationale: 'Without purge protection a deleted vault can be purged at once; the undo for a later delete is gone.',
      safer:
        'Keep purge protection on (it cannot be turned off once on in current Azure; an attempt says what the agent meant).',
      undo: 'turn it back on',
      when: {
        args: ['keyvault', 'update'],
        anyArg: ['false', '--enable-purge-protection=false', '--enable-soft-delete=false'],
        except: HELP,
      },
      resource: {
        flag: ['--name', '-n', '--ids'],
        default: 'unknown',
      },
      examples: {
        destructive: [
          {
            argv: ['az', 'keyvault', 'update', '--name', 'acme-kv', '--enable-purge-protection', 'false'],
            resource: 'acme-kv',
            environment: 'acme-prod',
            env: {
              AZURE_SUBSCRIPTION_ID: 'acme-prod',
            },
          },
          {
            argv: ['az', 'keyvault', 'update', '-n', 'kv2', '--enable-soft-delete=false'],
            resource: 'kv2',
            environment: 'unknown',
          },
          {
            argv: [
              'az',
              'keyvault',
              'update',
              '--name',
              'kv3',
              '--enable-purge-protection',
              'false',
              '--subscription',
              's',
            ],
            resource: 'kv3',
            environment: 's',
          },
        ],
        benign: [
          {
            argv: ['az', 'keyvault', 'update', '--name', 'acme-kv', '--enable-purge-protection', 'true'],
          },
          {
            argv: ['az', 'keyvault', 'update', '--name', 'acme-kv', '--retention-days', '90'],
          },
          {
            argv: ['az', 'keyvault', 'show', '--name', 'acme-kv'],
          },
        ],
      },
    },
    {
      id: 'az/lock-delete',
      summary: 'az lock delete: remove a CanNotDelete / ReadOnly resource lock',
      message:
        'Removes the resource lock {{resource}} in subscription {{environment}}: the resources it protected can then be deleted.',
      rationale:
        'A lock is the guard against deleting a resource group by mistake; removing it is the first step of that mistake.',
      safer: 'Keep the lock; delete the single resource you mean, with the lock lifted in a reviewed change.',
      undo: 'recreate the lock (`az lock create`)',
      when: {
        args: ['lock', 'delete'],
        except: HELP,
      },
      resource: {
        flag: ['--name', '-n', '--ids'],
        default: 'unknown',
      },
      examples: {
        destructive: [
          {
            argv: ['az', 'lock', 'delete', '--name', 'no-delete', '-g', 'prod-rg'],
            resource: 'no-delete',
            environment: 'acme-prod',
            env: {
              AZURE_SUBSCRIPTION_ID: 'acme-prod',
            },
          },
          {
            argv: ['az', 'lock', 'delete', '-n', 'l2', '--subscription', 's'],
            resource: 'l2',
            environment: 's',
          },
          {
            argv: ['az', 'lock', 'delete', '--ids', '/subscriptions/x/providers/Microsoft.Authorization/locks/l3'],
            resource: '/subscriptions/x/providers/Microsoft.Authorization/locks/l3',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['az', 'lock', 'list'],
          },
          {
            argv: ['az', 'lock', 'create', '--name', 'no-delete', '-g', 'prod-rg', '--lock-type', 'CanNotDelete'],
          },
          {
            argv: ['az', 'lock', 'show', '--name', 'no-delete', '-g', 'prod-rg'],
          },
        ],
      },
    },
  ],
});
