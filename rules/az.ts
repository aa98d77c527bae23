import { definePack, type RuleMatch } from '../src/core/rule.js';
import {
  hasOption,
  optionValue,
  parseOptions,
  type OptionSpec,
  type ParsedArgs,
} from '../src/core/argv/parse-options.js';
import { resolveEnvironment, type EnvironmentSignal } from '../src/core/environment.js';
import { defaultSubscription } from '../src/core/tools/az/default-subscription.js';
import type { Context } from '../src/core/types.js';

const SPECS: OptionSpec[] = [
  { id: 'subscription', long: ['subscription'], value: true },
  { id: 'name', long: ['name'], short: ['n'], value: true },
  { id: 'resource-group', long: ['resource-group'], short: ['g'], value: true },
  { id: 'server', long: ['server'], short: ['s'], value: true },
  { id: 'output', long: ['output'], short: ['o'], value: true },
  { id: 'query', long: ['query'], value: true },
  { id: 'ids', long: ['ids'], value: true },
  { id: 'force-deletion-types', long: ['force-deletion-types'], short: ['f'], value: true },
  { id: 'yes', long: ['yes'], short: ['y'] },
  { id: 'no-wait', long: ['no-wait'] },
  { id: 'help', long: ['help'], short: ['h'] },
];

interface AzParsed {
  args: ParsedArgs;
  words: string[];
}

function signals(p: AzParsed, ctx: Context): EnvironmentSignal[] {
  const flag = optionValue(p.args, 'subscription');
  if (flag) return [{ kind: 'azure-subscription', value: flag, source: 'flag', detail: `--subscription ${flag}` }];
  const profile = defaultSubscription(ctx);
  return profile ? [profile] : [];
}

/** Matches `az WORDS… delete` and names the resource from -n (qualified by -g/-s). */
function deleteOf(p: AzParsed, command: string[], qualify: (name: string) => string = (n) => n): RuleMatch | null {
  // Prefix match: a value of an option guard does not know must not hide the command.
  if (hasOption(p.args, 'help') || !command.every((w, i) => p.words[i] === w)) return null;
  const name = optionValue(p.args, 'name') ?? optionValue(p.args, 'ids');
  if (!name) return null;
  const group = optionValue(p.args, 'resource-group');
  return {
    resource: qualify(name),
    details: group ? [`resource group: ${group}`] : [],
    warnings: hasOption(p.args, 'yes') ? ["--yes skips az's own prompt"] : [],
  };
}

const PROFILE = {
  '/home/user/.azure/azureProfile.json':
    '\uFEFF{"subscriptions":[{"id":"0000-1111","name":"Acme Production","isDefault":true},{"id":"2222","name":"Acme Dev","isDefault":false}]}',
};
const BROKEN = { '/home/user/.azure/azureProfile.json': '{"subscriptions": [' };
const pair = (a: string, b: string): string[] => ['--subscription', `${a}-${b}`];

export const azPack = definePack<AzParsed>({
  tool: 'az',
  commands: ['az'],
  prefilter: { words: ['delete'] },
  parse: (args) => {
    const parsed = parseOptions(args, SPECS, { style: 'pflag' });
    return { args: parsed, words: parsed.positionals };
  },
  environment: (p, ctx) =>
    resolveEnvironment(signals(p, ctx), ctx, 'no --subscription and no default subscription in azureProfile.json'),
  rules: [
    {
      id: 'az/group-delete',
      summary: 'az group delete: delete a resource group and everything in it',
      message: 'Deletes the resource group {{resource}} and every resource in it, in subscription {{environment}}.',
      rationale:
        'Every database, storage account and VM in the group goes in one call; there is no recycle bin for most of them.',
      safer:
        'List the contents first (`az resource list -g RG -o table`) and put a CanNotDelete lock on important groups.',
      match: (p) => deleteOf(p, ['group', 'delete']),
      examples: {
        destructive: [
          {
            argv: ['az', 'group', 'delete', '-n', 'rg-prod', '--yes'],
            files: PROFILE,
            resource: 'rg-prod',
            environment: 'Acme Production',
          },
          {
            argv: ['az', 'group', 'delete', '-n', 'rg-old'],
            files: BROKEN,
            resource: 'rg-old',
            environment: 'unknown',
            note: 'unreadable azureProfile.json: unknown, with the parse error as evidence',
          },
          {
            argv: ['az', 'group', 'delete', '--name', 'rg-test', ...pair('acme', 'dev'), '--no-wait'],
            resource: 'rg-test',
            environment: 'acme-dev',
          },
          {
            argv: [
              'az',
              'group',
              'delete',
              '--name=rg-x',
              '-y',
              '--force-deletion-types',
              'Microsoft.Compute/virtualMachines',
            ],
            resource: 'rg-x',
            environment: 'unknown',
          },
        ],
        benign: [
          { argv: ['az', 'group', 'show', '-n', 'rg-prod'], files: PROFILE },
          { argv: ['az', 'group', 'delete', '--help'], files: PROFILE },
          {
            argv: ['az', 'group', 'list'],
            files: BROKEN,
            note: 'an unreadable profile does not disturb benign commands',
          },
          { argv: ['az', 'group', 'lock', 'delete', '-n', 'lock1', '-g', 'rg-prod'], files: PROFILE },
        ],
      },
    },
    {
      id: 'az/sql-db-delete',
      summary: 'az sql db delete: delete an Azure SQL database',
      message: 'Deletes the Azure SQL database {{resource}} in subscription {{environment}}.',
      rationale: 'Only the point-in-time restore window of a deleted database remains, if the server still exists.',
      safer: 'Export a bacpac (`az sql db export`) or copy the database first.',
      match: (p) => deleteOf(p, ['sql', 'db', 'delete'], (n) => `${optionValue(p.args, 'server') ?? '?'}/${n}`),
      examples: {
        destructive: [
          {
            argv: ['az', 'sql', 'db', 'delete', '-g', 'rg', '-s', 'sql-prod', '-n', 'orders', '--yes'],
            files: PROFILE,
            resource: 'sql-prod/orders',
            environment: 'Acme Production',
          },
          {
            argv: [
              'az',
              'sql',
              'db',
              'delete',
              '--server',
              'sql-dev',
              '--name',
              'app',
              '-g',
              'rg',
              ...pair('acme', 'dev'),
            ],
            resource: 'sql-dev/app',
            environment: 'acme-dev',
          },
          {
            argv: ['az', 'sql', 'db', 'delete', '-n', 'x', '-s', 'srv', '-g', 'rg'],
            resource: 'srv/x',
            environment: 'unknown',
          },
        ],
        benign: [
          { argv: ['az', 'sql', 'db', 'show', '-g', 'rg', '-s', 'sql-prod', '-n', 'orders'], files: PROFILE },
          { argv: ['az', 'sql', 'db', 'list', '-g', 'rg', '-s', 'sql-prod'], files: PROFILE },
          { argv: ['az', 'sql', 'db', 'delete', '-h'], files: PROFILE },
        ],
      },
    },
    {
      id: 'az/storage-account-delete',
      summary: 'az storage account delete: delete a storage account with all its blobs, files, queues and tables',
      message: 'Deletes the storage account {{resource}} and all data in it, in subscription {{environment}}.',
      rationale:
        'Blobs, file shares, queues and tables go with the account; soft delete does not cover a deleted account.',
      safer: 'Copy the data out (azcopy) and put a delete lock on the account.',
      match: (p) => deleteOf(p, ['storage', 'account', 'delete']),
      examples: {
        destructive: [
          {
            argv: ['az', 'storage', 'account', 'delete', '-n', 'acmeprodstore', '-g', 'rg', '-y'],
            files: PROFILE,
            resource: 'acmeprodstore',
            environment: 'Acme Production',
          },
          {
            argv: ['az', 'storage', 'account', 'delete', '--name', 'logs', ...pair('acme', 'qa')],
            resource: 'logs',
            environment: 'acme-qa',
          },
          { argv: ['az', 'storage', 'account', 'delete', '-n', 'tmp'], resource: 'tmp', environment: 'unknown' },
        ],
        benign: [
          { argv: ['az', 'storage', 'account', 'show', '-n', 'acmeprodstore'], files: PROFILE },
          { argv: ['az', 'storage', 'blob', 'list', '--account-name', 'delete'], files: PROFILE },
          { argv: ['az', 'storage', 'account', 'delete', '--help'], files: PROFILE },
        ],
      },
    },
    {
      id: 'az/postgres-flexible-server-delete',
      summary: 'az postgres flexible-server delete: delete a PostgreSQL flexible server and its databases',
      message: 'Deletes the PostgreSQL server {{resource}} with all its databases, in subscription {{environment}}.',
      rationale: 'Backups of a deleted flexible server are kept only briefly and restoring needs a support request.',
      safer: 'Dump the databases (pg_dump) first and lock the server against deletion.',
      match: (p) => deleteOf(p, ['postgres', 'flexible-server', 'delete']),
      examples: {
        destructive: [
          {
            argv: ['az', 'postgres', 'flexible-server', 'delete', '-g', 'rg', '-n', 'pg-prod', '--yes'],
            files: PROFILE,
            resource: 'pg-prod',
            environment: 'Acme Production',
          },
          {
            argv: [
              'az',
              'postgres',
              'flexible-server',
              'delete',
              '--name',
              'pg-stage',
              '-g',
              'rg',
              ...pair('acme', 'staging'),
            ],
            resource: 'pg-stage',
            environment: 'acme-staging',
          },
          { argv: ['az', 'postgres', 'flexible-server', 'delete', '-n', 'pg'], resource: 'pg', environment: 'unknown' },
        ],
        benign: [
          { argv: ['az', 'postgres', 'flexible-server', 'show', '-n', 'pg-prod', '-g', 'rg'], files: PROFILE },
          { argv: ['az', 'postgres', 'flexible-server', 'db', 'list', '-s', 'pg-prod', '-g', 'rg'], files: PROFILE },
          { argv: ['az', 'postgres', 'flexible-server', 'delete', '--help'], files: PROFILE },
        ],
      },
    },
    {
      id: 'az/aks-delete',
      summary: 'az aks delete: delete an AKS cluster and its node resource group',
      message:
        'Deletes the AKS cluster {{resource}} with its workloads and node resource group, in subscription {{environment}}.',
      rationale: 'The node resource group (disks, load balancers) is removed with the cluster.',
      safer: 'Stop the cluster (`az aks stop`) or back it up (Velero / AKS backup) first.',
      match: (p) => deleteOf(p, ['aks', 'delete']),
      examples: {
        destructive: [
          {
            argv: ['az', 'aks', 'delete', '-n', 'aks-prod', '-g', 'rg', '--yes', '--no-wait'],
            files: PROFILE,
            resource: 'aks-prod',
            environment: 'Acme Production',
          },
          {
            argv: ['az', 'aks', 'delete', '--name', 'aks-dev', '-g', 'rg', ...pair('acme', 'dev')],
            resource: 'aks-dev',
            environment: 'acme-dev',
          },
          { argv: ['az', 'aks', 'delete', '-n', 'k'], resource: 'k', environment: 'unknown' },
        ],
        benign: [
          { argv: ['az', 'aks', 'show', '-n', 'aks-prod', '-g', 'rg'], files: PROFILE },
          { argv: ['az', 'aks', 'nodepool', 'list', '--cluster-name', 'aks-prod', '-g', 'rg'], files: PROFILE },
          { argv: ['az', 'aks', 'stop', '-n', 'aks-prod', '-g', 'rg'], files: PROFILE },
        ],
      },
    },
  ],
});
