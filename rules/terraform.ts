import { definePack } from '../src/core/rule.js';
import { resolveEnvironment } from '../src/core/environment.js';
import { analyseTerraform } from '../src/core/tools/terraform/analyse-terraform.js';
import { terraformSignals } from '../src/core/tools/terraform/workspace.js';
import { applyDestructivePlan } from './terraform/apply-destructive-plan.js';
import { destroy } from './terraform/destroy.js';
import { forceUnlock } from './terraform/force-unlock.js';
import { replace } from './terraform/replace.js';
import { statePushForce } from './terraform/state-push-force.js';
import { stateRm } from './terraform/state-rm.js';
import { workspaceDelete } from './terraform/workspace-delete.js';

// Terraform and OpenTofu (same commands, same TF_* variables). Plain `apply` without a plan file,
// -destroy or -replace is not judged yet: telling whether it deletes needs a plan (a later issue).
export const terraformPack = definePack({
  tool: 'terraform',
  commands: ['terraform', 'tofu'],
  prefilter: {
    // Every destructive subcommand is one of these words; TF_CLI_ARGS* can only add flags to them.
    words: ['apply', 'destroy', 'rm', 'push', 'delete', 'force-unlock'],
  },
  parse: (args, ctx, command) => analyseTerraform(args, ctx, command),
  environment: (a, ctx) => resolveEnvironment(terraformSignals(a.rootDir, a.chdir, ctx), ctx),
  rules: [destroy, applyDestructivePlan, replace, stateRm, statePushForce, workspaceDelete, forceUnlock],
});
