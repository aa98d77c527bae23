import type { Rule } from '../../src/core/rule.js';
import { isTruthyFlag } from '../../src/core/argv/parse-options.js';
import { terraformWarnings, type TerraformAnalysis } from '../../src/core/tools/terraform/analyse-terraform.js';
import { LOCK_ID } from './fixtures.js';

export const forceUnlock: Rule<TerraformAnalysis> = {
  id: 'terraform/force-unlock',
  summary: "`terraform force-unlock LOCK_ID`: removes another run's state lock",
  message:
    'terraform would remove lock {{resource}} on the state of workspace {{environment}}; if that run is still going, two writers can corrupt the state',
  rationale:
    'The lock is what stops two applies writing the same state. Breaking the lock of a run that is still alive lets both write, and the state that wins no longer matches the infrastructure.',
  safer: 'Find the run that holds the lock (the lock info names who and when) and let it finish or stop it first.',
  match: (a) => {
    const id = a.parsed.positionals[0];
    if (a.help || a.subcommand !== 'force-unlock' || id === undefined) return null;
    const warnings = terraformWarnings(a);
    if (isTruthyFlag(a.parsed, 'force'))
      warnings.unshift('-force skips terraform\'s own "Do you really want to force-unlock?" prompt');
    return { resource: id, details: [`lock on the state of root module ${a.rootDir}`], warnings };
  },
  examples: {
    destructive: [
      { argv: ['terraform', 'force-unlock', LOCK_ID], resource: LOCK_ID, environment: 'default' },
      {
        argv: ['terraform', 'force-unlock', '-force', LOCK_ID],
        env: { TF_WORKSPACE: 'prod' },
        resource: LOCK_ID,
        environment: 'prod',
      },
      {
        argv: ['tofu', '-chdir=envs/prod', 'force-unlock', 'abc123'],
        files: { '/home/user/project/envs/prod/.terraform/environment': 'production' },
        resource: 'abc123',
        environment: 'production',
      },
    ],
    benign: [
      { argv: ['terraform', 'force-unlock', '-help'] },
      { argv: ['terraform', 'force-unlock'], note: 'no lock id: terraform prints usage' },
      { argv: ['terraform', 'providers', 'lock'] },
      { argv: ['terraform', 'plan', '-lock=false'] },
    ],
  },
};
