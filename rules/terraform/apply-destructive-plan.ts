import type { Rule, RuleMatch } from '../../src/core/rule.js';
import { terraformWarnings, type TerraformAnalysis } from '../../src/core/tools/terraform/analyse-terraform.js';
import { describeRemovals, readPlanJson } from '../../src/core/tools/terraform/plan-changes.js';
import type { Context } from '../../src/core/types.js';
import { planJson } from './fixtures.js';

const DESTROY_PLAN = planJson({
  'aws_db_instance.main': ['delete'],
  'aws_s3_bucket.logs': ['delete'],
  'aws_instance.web': ['create', 'delete'],
});

export const applyDestructivePlan: Rule<TerraformAnalysis> = {
  id: 'terraform/apply-destructive-plan',
  summary: '`terraform apply PLANFILE` where the saved plan deletes, replaces or forgets resources',
  message:
    'terraform would apply {{resource}} in workspace {{environment}}, deleting or forgetting real infrastructure without asking',
  rationale:
    'Applying a saved plan never prompts: the plan file is the approval. A plan saved with `plan -destroy -out` or one that replaces a database deletes it. guard reads the plan with `show -json`; if it cannot, it assumes the worst.',
  safer:
    'Read the plan first (`terraform show PLANFILE`), and re-plan without the deletions (`lifecycle { prevent_destroy = true }` guards critical resources).',
  match: (a, ctx) => {
    const plan = a.parsed.positionals[0];
    if (a.help || a.subcommand !== 'apply' || plan === undefined) return null;
    return judgePlan(a, plan, ctx);
  },
  examples: {
    destructive: [
      {
        argv: ['terraform', 'apply', 'destroy.tfplan'],
        probes: { 'terraform show -json destroy.tfplan': { code: 0, stdout: DESTROY_PLAN } },
        resource: 'destroy.tfplan',
        environment: 'default',
      },
      {
        argv: ['tofu', 'apply', 'plan.out'],
        env: { TF_WORKSPACE: 'production' },
        probes: {
          'tofu show -json plan.out': {
            code: 0,
            stdout: planJson({ 'aws_db_instance.main': ['delete', 'create'], 'aws_instance.web': ['update'] }),
          },
        },
        resource: 'aws_db_instance.main',
        environment: 'production',
      },
      {
        argv: ['terraform', '-chdir=infra', 'apply', 'forget.tfplan'],
        files: { '/home/user/project/infra/.terraform/environment': 'staging' },
        probes: {
          'terraform show -json forget.tfplan': { code: 0, stdout: planJson({ 'aws_s3_bucket.assets': ['forget'] }) },
        },
        resource: 'aws_s3_bucket.assets',
        environment: 'staging',
      },
      {
        argv: ['terraform', 'apply', '-auto-approve', 'missing.tfplan'],
        resource: 'missing.tfplan',
        environment: 'default',
        note: 'the probe fails: fail closed',
      },
      {
        argv: ['terraform', 'apply', 'odd.tfplan'],
        probes: {
          'terraform show -json odd.tfplan': { code: 0, stdout: 'Terraform will perform the following actions' },
        },
        resource: 'odd.tfplan',
        environment: 'default',
        note: 'unparseable output: fail closed',
      },
    ],
    benign: [
      {
        argv: ['terraform', 'apply', 'create.tfplan'],
        probes: {
          'terraform show -json create.tfplan': {
            code: 0,
            stdout: planJson({ 'aws_instance.web': ['create'], 'aws_s3_bucket.logs': ['update'] }),
          },
        },
      },
      {
        argv: ['terraform', 'apply', 'noop.tfplan'],
        probes: { 'terraform show -json noop.tfplan': { code: 0, stdout: JSON.stringify({ format_version: '1.2' }) } },
        note: 'no resource_changes: nothing to do',
      },
      {
        argv: ['terraform', 'apply', '-auto-approve'],
        note: 'no plan file: not judged here yet (a plan-based check is a later issue)',
      },
      { argv: ['terraform', 'show', '-json', 'destroy.tfplan'] },
      { argv: ['terraform', 'plan', '-destroy', '-out=destroy.tfplan'] },
      { argv: ['terraform', 'apply', '-help', 'destroy.tfplan'] },
    ],
  },
};

/** Reads the plan through `show -json` in the root module; anything unreadable is treated as destructive. */
function judgePlan(a: TerraformAnalysis, plan: string, ctx: Context): RuleMatch | null {
  const warnings = ['applying a saved plan never prompts: the plan file is the approval', ...terraformWarnings(a)];
  const failClosed = (why: string): RuleMatch => ({
    resource: plan,
    details: [
      `guard could not read what ${plan} does (${why}), so it assumes the plan may delete resources`,
      `check it with: ${a.command} show ${plan}`,
    ],
    warnings,
  });
  if (!ctx.probe) return failClosed('read-only probes are disabled');
  const result = ctx.probe(a.command, ['show', '-json', plan], { cwd: a.rootDir, timeoutMs: 15000 });
  if (!result.ok)
    return failClosed(
      `\`${a.command} show -json ${plan}\` exited with ${result.code ?? 'a signal'}${result.stderr.trim() ? `: ${result.stderr.trim().split('\n')[0]}` : ''}`,
    );
  const reading = readPlanJson(result.stdout);
  if (!reading.ok) return failClosed(`\`${a.command} show -json ${plan}\`: ${reading.why}`);
  if (reading.removals.length === 0) return null;
  const only = reading.removals.length === 1 ? reading.removals[0] : undefined;
  return { resource: only ? only.address : plan, details: describeRemovals(reading.removals), warnings };
}
