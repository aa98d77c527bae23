import { optionValues } from '../../src/core/argv/parse-options.js';
import type { Rule } from '../../src/core/rule.js';
import { terraformWarnings, type TerraformAnalysis } from '../../src/core/tools/terraform/analyse-terraform.js';

export const replace: Rule<TerraformAnalysis> = {
  id: 'terraform/apply-replace',
  summary: '`terraform apply -replace=ADDR`: destroys and recreates a resource',
  message:
    'terraform would destroy and recreate {{resource}} in workspace {{environment}}: its data and identity (IPs, disks, database contents) do not survive',
  rationale:
    '-replace forces a delete and create even when nothing changed; for a database, disk or bucket the new one starts empty.',
  safer:
    'Run `terraform plan -replace=ADDR` first and check what depends on ADDR; take a snapshot or backup of the resource.',
  match: (a) => {
    if (a.help || a.subcommand !== 'apply') return null;
    return optionValues(a.parsed, 'replace').map((addr) => ({
      resource: addr,
      details: [`apply -replace=${addr}: deleted and created again`],
      warnings: terraformWarnings(a),
    }));
  },
  examples: {
    destructive: [
      {
        argv: ['terraform', 'apply', '-replace=aws_instance.web'],
        resource: 'aws_instance.web',
        environment: 'default',
      },
      {
        argv: ['terraform', 'apply', '-auto-approve', '-replace', 'module.db.aws_db_instance.this'],
        resource: 'module.db.aws_db_instance.this',
        environment: 'default',
      },
      {
        argv: ['tofu', 'apply', '--replace=aws_instance.web[0]'],
        env: { TF_WORKSPACE: 'prod' },
        resource: 'aws_instance.web[0]',
        environment: 'prod',
      },
      {
        argv: ['terraform', 'apply'],
        env: { TF_CLI_ARGS: '-replace=aws_instance.web' },
        resource: 'aws_instance.web',
        environment: 'default',
      },
    ],
    benign: [
      { argv: ['terraform', 'plan', '-replace=aws_instance.web'] },
      { argv: ['terraform', 'apply', '-help', '-replace=aws_instance.web'] },
      { argv: ['terraform', 'apply', '-var=replace=true'] },
      { argv: ['terraform', 'state', 'show', 'aws_instance.web'] },
    ],
  },
};
