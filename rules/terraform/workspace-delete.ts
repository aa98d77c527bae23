import type { Rule } from '../../src/core/rule.js';
import { resolveEnvironment } from '../../src/core/environment.js';
import { terraformWarnings, type TerraformAnalysis } from '../../src/core/tools/terraform/analyse-terraform.js';

export const workspaceDelete: Rule<TerraformAnalysis> = {
  id: 'terraform/workspace-delete',
  summary: '`terraform workspace delete NAME`: deletes a workspace and its state (no prompt)',
  message:
    'terraform would delete workspace {{resource}} and its state; anything it still manages in {{environment}} is left running, untracked',
  rationale:
    'workspace delete never prompts. With -force it deletes a workspace whose state still tracks resources: they keep running (and costing) with no state to manage or destroy them.',
  safer:
    'Select the workspace and `terraform state list` first; destroy or move what it manages, then delete without -force.',
  match: (a, ctx) => {
    const name = a.parsed.positionals[0];
    if (a.help || a.subcommand !== 'workspace delete' || name === undefined) return null;
    // The environment is the workspace being deleted, not the one currently selected.
    const environment = resolveEnvironment(
      [
        { kind: 'tf-workspace', value: name, source: 'flag', detail: `workspace "${name}" named on the command line` },
        {
          kind: 'tf-dir',
          value: a.rootDir,
          source: a.chdir === undefined ? 'target' : 'flag',
          detail: `root module ${a.rootDir}`,
        },
      ],
      ctx,
    );
    return {
      resource: name,
      environment,
      details: [`workspace delete ${name} in root module ${a.rootDir}`],
      warnings: terraformWarnings(a),
    };
  },
  examples: {
    destructive: [
      { argv: ['terraform', 'workspace', 'delete', 'staging'], resource: 'staging', environment: 'staging' },
      {
        argv: ['terraform', 'workspace', 'delete', '-force', 'production'],
        resource: 'production',
        environment: 'production',
      },
      {
        argv: ['tofu', '-chdir=infra', 'workspace', 'delete', '-lock=false', 'feature-x'],
        resource: 'feature-x',
        environment: 'feature-x',
      },
    ],
    benign: [
      { argv: ['terraform', 'workspace', 'list'] },
      { argv: ['terraform', 'workspace', 'select', 'staging'] },
      { argv: ['terraform', 'workspace', 'new', 'delete'] },
      { argv: ['terraform', 'workspace', 'delete', '-help', 'staging'] },
    ],
  },
};
