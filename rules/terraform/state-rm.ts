import type { Rule } from '../../src/core/rule.js';
import { isTruthyFlag } from '../../src/core/argv/parse-options.js';
import { terraformWarnings, type TerraformAnalysis } from '../../src/core/tools/terraform/analyse-terraform.js';

export const stateRm: Rule<TerraformAnalysis> = {
  id: 'terraform/state-rm',
  summary: '`terraform state rm ADDR…`: terraform forgets resources (no prompt)',
  message:
    'terraform would forget {{resource}} in workspace {{environment}}: it keeps running but is no longer managed, and the next apply may create a duplicate',
  rationale:
    'state rm never prompts. The resource is dropped from state while it still exists: it is no longer tracked or destroyed with the rest, and re-importing it is manual work; a later apply can create a second copy.',
  safer:
    'Run `terraform state rm -dry-run ADDR` first, or use a `removed` block in configuration so the change is planned and reviewed.',
  match: (a) => {
    if (a.help || a.subcommand !== 'state rm' || isTruthyFlag(a.parsed, 'dry-run')) return null;
    return a.parsed.positionals.map((addr) => ({
      resource: addr,
      details: ['state rm: removed from state, the real resource stays'],
      warnings: terraformWarnings(a),
    }));
  },
  examples: {
    destructive: [
      {
        argv: ['terraform', 'state', 'rm', 'aws_s3_bucket.logs'],
        resource: 'aws_s3_bucket.logs',
        environment: 'default',
      },
      {
        argv: ['terraform', 'state', 'rm', '-lock=false', 'module.a', 'module.b'],
        resource: 'module.b',
        environment: 'default',
      },
      {
        argv: ['tofu', 'state', 'rm', 'aws_instance.web["a"]'],
        env: { TF_WORKSPACE: 'production' },
        resource: 'aws_instance.web["a"]',
        environment: 'production',
      },
      {
        argv: ['terraform', 'state', 'rm', 'aws_s3_bucket.logs'],
        env: { TF_CLI_ARGS_state_rm: '-lock=false' },
        files: { '/home/user/project/.terraform/environment': 'prod' },
        resource: 'aws_s3_bucket.logs',
        environment: 'prod',
      },
    ],
    benign: [
      { argv: ['terraform', 'state', 'rm', '-dry-run', 'aws_s3_bucket.logs'] },
      { argv: ['terraform', 'state', 'list'] },
      { argv: ['terraform', 'state', 'show', 'aws_s3_bucket.logs'] },
      { argv: ['terraform', 'state', 'rm', '-help', 'aws_s3_bucket.logs'] },
    ],
  },
};
