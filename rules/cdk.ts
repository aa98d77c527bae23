import { definePack, type Rule } from '../src/core/rule.js';
import { hasOption, type ParsedArgs } from '../src/core/argv/parse-options.js';
import { awsEnvironment } from '../src/core/tools/aws/aws-environment.js';
import { destroyedStacks, parseCdk } from '../src/core/tools/cdk/cdk-parse.js';

/** Shared with the npx pack, which runs the same rule on `npx cdk …`. */
export function cdkDestroyRule(id: string, runner: string[]): Rule<ParsedArgs> {
  const cmd = (...args: string[]): string[] => [...runner, ...args];
  return {
    id,
    summary: 'cdk destroy: delete CloudFormation stacks of a CDK app and their resources',
    message: 'Deletes the CDK stack(s) {{resource}} in AWS {{environment}}, with every resource not marked RETAIN.',
    rationale:
      "Stack deletion removes databases, buckets and queues whose removal policy is DESTROY; --force skips cdk's own prompt.",
    safer:
      'Review with `cdk diff` / `cdk list`, set removalPolicy RETAIN on stateful resources, enable termination protection.',
    match: (p) => {
      const stacks = destroyedStacks(p);
      return stacks
        ? stacks.map((resource) => ({
            resource,
            warnings: hasOption(p, 'force') ? ["--force skips cdk's own prompt"] : [],
          }))
        : null;
    },
    examples: {
      destructive: [
        {
          argv: cmd('destroy', 'ApiStack-prod', '--force'),
          env: { AWS_PROFILE: 'prod' },
          resource: 'ApiStack-prod',
          environment: 'prod',
        },
        { argv: cmd('destroy', '--all', '--profile', 'staging'), resource: 'all-stacks', environment: 'staging' },
        {
          argv: cmd('destroy'),
          env: { AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE' },
          resource: 'the-only-stack',
          environment: 'unknown',
        },
      ],
      benign: [
        { argv: cmd('diff', 'ApiStack-prod'), env: { AWS_PROFILE: 'prod' } },
        { argv: cmd('deploy', 'destroy') },
        { argv: cmd('destroy', '--help') },
      ],
    },
  };
}

export const cdkPack = definePack<ParsedArgs>({
  tool: 'cdk',
  commands: ['cdk'],
  prefilter: { words: ['destroy'] },
  parse: (args) => parseCdk(args),
  environment: (p, ctx) => awsEnvironment(p, ctx),
  rules: [cdkDestroyRule('cdk/destroy', ['cdk'])],
});
