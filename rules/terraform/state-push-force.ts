import type { Rule } from '../../src/core/rule.js';
import { isTruthyFlag } from '../../src/core/argv/parse-options.js';
import { terraformWarnings, type TerraformAnalysis } from '../../src/core/tools/terraform/analyse-terraform.js';

export const statePushForce: Rule<TerraformAnalysis> = {
  id: 'terraform/state-push-force',
  summary: "`terraform state push -force FILE`: overwrites the workspace's state without lineage and serial checks",
  message:
    'terraform would overwrite the {{resource}} of workspace {{environment}} with a local file, skipping the safety checks',
  rationale:
    'Without -force, state push refuses a file from another lineage or an older serial. With it, whatever the file says replaces the remote state: resources missing from it become unmanaged, and an old file rolls the state back.',
  safer:
    'Pull and keep a copy first (`terraform state pull > backup.tfstate`), compare serial and lineage, and push without -force.',
  match: (a) => {
    if (a.help || a.subcommand !== 'state push' || !isTruthyFlag(a.parsed, 'force')) return null;
    const file = a.parsed.positionals[0] ?? '(stdin)';
    return {
      resource: 'state',
      details: [`state push -force ${file}: replaces the state of root module ${a.rootDir}`],
      warnings: terraformWarnings(a),
    };
  },
  examples: {
    destructive: [
      { argv: ['terraform', 'state', 'push', '-force', 'backup.tfstate'], resource: 'state', environment: 'default' },
      {
        argv: ['terraform', '-chdir=envs/prod', 'state', 'push', '--force', 'old.tfstate'],
        files: { '/home/user/project/envs/prod/.terraform/environment': 'production' },
        resource: 'state',
        environment: 'production',
      },
      {
        argv: ['tofu', 'state', 'push', '-force=true', 'x.tfstate'],
        env: { TF_WORKSPACE: 'staging' },
        resource: 'state',
        environment: 'staging',
      },
      {
        argv: ['terraform', 'state', 'push', 'x.tfstate'],
        env: { TF_CLI_ARGS_state_push: '-force' },
        resource: 'state',
        environment: 'default',
      },
    ],
    benign: [
      { argv: ['terraform', 'state', 'push', 'backup.tfstate'], note: 'lineage and serial are still checked' },
      { argv: ['terraform', 'state', 'pull'] },
      { argv: ['terraform', 'state', 'push', '-force=false', 'backup.tfstate'] },
      { argv: ['terraform', 'state', 'push', '-h'] },
    ],
  },
};
