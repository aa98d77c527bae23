import { optionValues } from '../../src/core/argv/parse-options.js';
import type { Rule } from '../../src/core/rule.js';
import {
  isDestroy,
  terraformWarnings,
  type TerraformAnalysis,
} from '../../src/core/tools/terraform/analyse-terraform.js';

export const destroy: Rule<TerraformAnalysis> = {
  id: 'terraform/destroy',
  summary: '`terraform destroy` or `apply -destroy`: destroys every managed resource (or the -target ones)',
  message:
    'terraform would destroy {{resource}} in workspace {{environment}}: the real infrastructure and the data in it, not only the state',
  rationale:
    "destroy deletes cloud resources (databases, buckets, volumes) through the provider APIs; nothing in terraform brings them or their data back. -auto-approve, TF_CLI_ARGS and `echo yes |` all skip terraform's own prompt.",
  safer:
    'Run `terraform plan -destroy -out=destroy.tfplan` and read it, remove resources from the configuration and apply that, or use `-target` for exactly the resource you mean.',
  match: (a) => {
    if (!isDestroy(a)) return null;
    const how = a.subcommand === 'destroy' ? 'terraform destroy' : 'apply -destroy';
    const targets = optionValues(a.parsed, 'target');
    const warnings = terraformWarnings(a);
    if (targets.length === 0)
      return {
        resource: a.module,
        details: [`${how}: every resource managed by root module ${a.rootDir} in this workspace`],
        warnings,
      };
    return targets.map((t) => ({
      resource: t,
      details: [`${how} -target=${t}: this resource and everything that depends on it`],
      warnings,
    }));
  },
  examples: {
    destructive: [
      { argv: ['terraform', 'destroy'], resource: 'project', environment: 'default' },
      {
        argv: ['terraform', '-chdir=envs/prod', 'destroy', '-auto-approve'],
        files: { '/home/user/project/envs/prod/.terraform/environment': 'production\n' },
        resource: 'envs/prod',
        environment: 'production',
      },
      {
        argv: ['tofu', 'apply', '-destroy', '-target=aws_db_instance.main'],
        env: { TF_WORKSPACE: 'staging' },
        resource: 'aws_db_instance.main',
        environment: 'staging',
      },
      {
        argv: ['terraform', 'destroy', '-target', 'aws_instance.web', '-target=aws_eip.web'],
        resource: 'aws_eip.web',
        environment: 'default',
      },
      {
        argv: ['terraform', 'apply'],
        env: { TF_CLI_ARGS_apply: '-destroy -auto-approve' },
        resource: 'project',
        environment: 'default',
        note: 'the -destroy comes from the environment',
      },
      {
        argv: ['terraform', 'apply', '--destroy=true'],
        env: { TF_DATA_DIR: '.tfdata' },
        files: { '/home/user/project/.tfdata/environment': 'prod' },
        resource: 'project',
        environment: 'prod',
      },
    ],
    benign: [
      { argv: ['terraform', 'plan', '-destroy'] },
      { argv: ['terraform', 'destroy', '-help'] },
      { argv: ['terraform', 'apply', '-destroy=false'] },
      {
        argv: ['terraform', 'plan'],
        env: { TF_CLI_ARGS_apply: '-destroy' },
        note: 'TF_CLI_ARGS_apply does not apply to plan',
      },
      { argv: ['terraform', 'output', 'destroy'] },
    ],
  },
};
