import { definePack, type RuleMatch } from '../src/core/rule.js';
import { hasOption, optionValue } from '../src/core/argv/parse-options.js';
import { resolveEnvironment } from '../src/core/environment.js';
import { gcloudEnvironment, parseGcloud, type GcloudParsed } from '../src/core/tools/gcloud/gcloud-parse.js';
import type { Context } from '../src/core/types.js';

/** `gcloud GROUP… VERB NAME…`: the operands after the command words, or null when it is another command. */
function operandsOf(p: GcloudParsed, ...command: string[]): string[] | null {
  if (hasOption(p.args, 'help') || p.words.includes('help')) return null;
  if (!command.every((w, i) => p.words[i] === w)) return null;
  const operands = p.words.slice(command.length);
  return operands.length > 0 ? operands : null;
}

const quietWarning = (p: GcloudParsed, ctx: Context): string[] =>
  hasOption(p.args, 'quiet') || ctx.env.CLOUDSDK_CORE_DISABLE_PROMPTS === '1'
    ? ["gcloud's own prompt is skipped (--quiet / CLOUDSDK_CORE_DISABLE_PROMPTS)"]
    : [];
const each = (names: string[], p: GcloudParsed, ctx: Context, details: string[] = []): RuleMatch[] =>
  names.map((resource) => ({ resource, details, warnings: quietWarning(p, ctx) }));
const PROD_CONFIG = {
  '/home/user/.config/gcloud/active_config': 'prod\n',
  '/home/user/.config/gcloud/configurations/config_prod': '[core]\naccount = me@example.com\nproject = acme-prod\n',
};

export const gcloudPack = definePack<GcloudParsed>({
  tool: 'gcloud',
  commands: ['gcloud'],
  prefilter: { words: ['delete'] },
  parse: (args) => parseGcloud(args),
  environment: gcloudEnvironment,
  rules: [
    {
      id: 'gcloud/sql-instances-delete',
      summary: 'gcloud sql instances delete: delete a Cloud SQL instance with its data and automated backups',
      message:
        'Deletes the Cloud SQL instance {{resource}} in project {{environment}}, with all its databases and automated backups.',
      rationale:
        'Automated backups go with the instance; only a final backup (--enable-final-backup) or on-demand exports survive.',
      safer: 'Export first (`gcloud sql export sql INSTANCE gs://…`), or enable deletion protection.',
      match: (p, ctx) => {
        const names = operandsOf(p, 'sql', 'instances', 'delete');
        return names ? each(names, p, ctx) : null;
      },
      examples: {
        destructive: [
          {
            argv: ['gcloud', 'sql', 'instances', 'delete', 'main-db', '--project', 'acme-prod'],
            resource: 'main-db',
            environment: 'acme-prod',
          },
          {
            argv: ['gcloud', 'sql', 'instances', 'delete', 'orders', '-q'],
            env: { CLOUDSDK_CORE_PROJECT: 'acme-staging' },
            resource: 'orders',
            environment: 'acme-staging',
          },
          {
            argv: ['gcloud', 'beta', 'sql', 'instances', 'delete', 'legacy'],
            files: PROD_CONFIG,
            resource: 'legacy',
            environment: 'acme-prod',
          },
          { argv: ['gcloud', 'sql', 'instances', 'delete', 'x'], resource: 'x', environment: 'unknown' },
        ],
        benign: [
          { argv: ['gcloud', 'sql', 'instances', 'describe', 'main-db', '--project', 'acme-prod'] },
          { argv: ['gcloud', 'sql', 'instances', 'delete', '--help'] },
          { argv: ['gcloud', 'sql', 'backups', 'list', '--instance', 'delete'] },
        ],
      },
    },
    {
      id: 'gcloud/sql-databases-delete',
      summary: 'gcloud sql databases delete: drop a database on a Cloud SQL instance',
      message: 'Drops the database {{resource}} in project {{environment}}.',
      rationale:
        'The database and its tables are dropped at once; restoring means restoring the whole instance from a backup.',
      safer: 'Export the database first (`gcloud sql export sql INSTANCE gs://… --database=DB`).',
      match: (p, ctx) => {
        const names = operandsOf(p, 'sql', 'databases', 'delete');
        const instance = optionValue(p.args, 'instance') ?? '?';
        return names ? names.map((db) => ({ resource: `${instance}/${db}`, warnings: quietWarning(p, ctx) })) : null;
      },
      examples: {
        destructive: [
          {
            argv: ['gcloud', 'sql', 'databases', 'delete', 'app', '--instance=main-db', '--project=acme-prod'],
            resource: 'main-db/app',
            environment: 'acme-prod',
          },
          {
            argv: ['gcloud', 'sql', 'databases', 'delete', 'app', '-i', 'main-db'],
            files: PROD_CONFIG,
            resource: 'main-db/app',
            environment: 'acme-prod',
          },
          {
            argv: ['gcloud', 'sql', 'databases', 'delete', 'reports', '-i', 'analytics', '--quiet'],
            env: { CLOUDSDK_CORE_PROJECT: 'data-dev' },
            resource: 'analytics/reports',
            environment: 'data-dev',
          },
        ],
        benign: [
          { argv: ['gcloud', 'sql', 'databases', 'list', '-i', 'main-db'] },
          { argv: ['gcloud', 'sql', 'databases', 'create', 'delete', '-i', 'main-db'] },
          { argv: ['gcloud', 'sql', 'databases', 'delete', 'help'] },
        ],
      },
    },
    {
      id: 'gcloud/projects-delete',
      summary: 'gcloud projects delete: shut down a whole Google Cloud project',
      message: 'Shuts down the project {{resource}} and every resource in it; after 30 days it is deleted for good.',
      rationale:
        'Everything in the project stops at once; billing, data and service accounts go; only `gcloud projects undelete` within 30 days brings it back.',
      safer: 'Remove the specific resources instead, or keep the project and disable billing.',
      match: (p, ctx) => {
        const ids = operandsOf(p, 'projects', 'delete');
        return ids
          ? ids.map((id) => ({
              resource: id,
              environment: resolveEnvironment(
                [{ kind: 'gcloud-project', value: id, source: 'target', detail: `the project being deleted: ${id}` }],
                ctx,
              ),
              warnings: quietWarning(p, ctx),
            }))
          : null;
      },
      examples: {
        destructive: [
          { argv: ['gcloud', 'projects', 'delete', 'acme-prod'], resource: 'acme-prod', environment: 'acme-prod' },
          {
            argv: ['gcloud', 'projects', 'delete', 'sandbox-42', '--quiet', '--project', 'other'],
            resource: 'sandbox-42',
            environment: 'sandbox-42',
          },
          {
            argv: ['gcloud', 'alpha', 'projects', 'delete', 'old-proj'],
            files: PROD_CONFIG,
            resource: 'old-proj',
            environment: 'old-proj',
          },
        ],
        benign: [
          { argv: ['gcloud', 'projects', 'describe', 'acme-prod'] },
          { argv: ['gcloud', 'projects', 'undelete', 'acme-prod'] },
          { argv: ['gcloud', 'projects', 'delete', '--help'] },
        ],
      },
    },
    {
      id: 'gcloud/container-clusters-delete',
      summary: 'gcloud container clusters delete: delete a GKE cluster and its workloads',
      message:
        'Deletes the GKE cluster {{resource}} in project {{environment}} with every workload and node disk in it.',
      rationale:
        'Nodes, workloads and node-local data go with the cluster; dynamically provisioned disks may be orphaned or deleted.',
      safer: 'Scale node pools down, or back up with Backup for GKE first.',
      match: (p, ctx) => {
        const names = operandsOf(p, 'container', 'clusters', 'delete');
        const where = optionValue(p.args, 'zone') ?? optionValue(p.args, 'region') ?? optionValue(p.args, 'location');
        return names ? each(names, p, ctx, where ? [`location: ${where}`] : []) : null;
      },
      examples: {
        destructive: [
          {
            argv: [
              'gcloud',
              'container',
              'clusters',
              'delete',
              'prod-gke',
              '--region',
              'europe-west1',
              '--project',
              'acme-prod',
            ],
            resource: 'prod-gke',
            environment: 'acme-prod',
          },
          {
            argv: ['gcloud', 'container', 'clusters', 'delete', 'ci', '--zone=us-central1-a', '-q'],
            env: { CLOUDSDK_CORE_PROJECT: 'acme-ci' },
            resource: 'ci',
            environment: 'acme-ci',
          },
          {
            argv: ['gcloud', 'beta', 'container', 'clusters', 'delete', 'edge'],
            files: PROD_CONFIG,
            resource: 'edge',
            environment: 'acme-prod',
          },
        ],
        benign: [
          { argv: ['gcloud', 'container', 'clusters', 'list', '--project', 'acme-prod'] },
          { argv: ['gcloud', 'container', 'clusters', 'get-credentials', 'prod-gke'] },
          { argv: ['gcloud', 'container', 'node-pools', 'delete', '--help'] },
        ],
      },
    },
    {
      id: 'gcloud/compute-instances-delete',
      summary: 'gcloud compute instances delete: delete VM instances (and their auto-delete disks)',
      message: 'Deletes the VM {{resource}} in project {{environment}}; boot disks marked auto-delete go with it.',
      rationale: "Boot disks are auto-delete by default, so the VM's data is gone unless --keep-disks is given.",
      safer:
        'Stop the instance (`gcloud compute instances stop`) or snapshot its disks first; consider --keep-disks=all.',
      match: (p, ctx) => {
        const names = operandsOf(p, 'compute', 'instances', 'delete');
        const zone = optionValue(p.args, 'zone');
        return names ? each(names, p, ctx, zone ? [`zone: ${zone}`] : []) : null;
      },
      examples: {
        destructive: [
          {
            argv: [
              'gcloud',
              'compute',
              'instances',
              'delete',
              'web-1',
              'web-2',
              '--zone',
              'us-east1-b',
              '--project',
              'acme-prod',
            ],
            resource: 'web-2',
            environment: 'acme-prod',
          },
          {
            argv: ['gcloud', 'compute', 'instances', 'delete', 'builder', '--quiet'],
            env: { CLOUDSDK_CORE_PROJECT: 'acme-dev' },
            resource: 'builder',
            environment: 'acme-dev',
          },
          {
            argv: ['gcloud', 'compute', 'instances', 'delete', 'db-vm'],
            files: PROD_CONFIG,
            resource: 'db-vm',
            environment: 'acme-prod',
          },
        ],
        benign: [
          { argv: ['gcloud', 'compute', 'instances', 'stop', 'web-1'] },
          { argv: ['gcloud', 'compute', 'instances', 'list', '--filter', 'name=delete'] },
          { argv: ['gcloud', 'compute', 'instances', 'delete', '--help'] },
        ],
      },
    },
  ],
});
