import { definePack } from '../src/core/rule.js';
import { hasOption, parseOptions, type ParsedArgs } from '../src/core/argv/parse-options.js';
import { resolveEnvironment } from '../src/core/environment.js';
import { pulumiStackSignals } from '../src/core/tools/pulumi/pulumi-stack.js';
import type { Context } from '../src/core/types.js';

const SPECS = [
  { id: 'stack', long: ['stack'], short: ['s'], value: true },
  { id: 'cwd', long: ['cwd'], short: ['C'], value: true },
  { id: 'target', long: ['target'], short: ['t'], value: true },
  { id: 'message', long: ['message'], short: ['m'], value: true },
  { id: 'parallel', long: ['parallel'], short: ['p'], value: true },
  { id: 'config-file', long: ['config-file'], value: true },
  { id: 'yes', long: ['yes'], short: ['y'] },
  { id: 'skip-preview', long: ['skip-preview'] },
  { id: 'preview-only', long: ['preview-only'] },
  { id: 'force', long: ['force'], short: ['f'] },
  { id: 'remove', long: ['remove'] },
  { id: 'help', long: ['help'], short: ['h'] },
];

const stackOf = (p: ParsedArgs, ctx: Context): string => pulumiStackSignals(p, ctx)[0]?.value ?? 'selected-stack';
const skip = (p: ParsedArgs): string[] => (hasOption(p, 'yes') ? ["--yes skips pulumi's own confirmation"] : []);
const WORKSPACE = {
  '/home/user/project/Pulumi.yaml': 'name: shop\nruntime: nodejs\n',
  '/home/user/.pulumi/workspaces/shop-3f2a9c-workspace.json': '{"stack":"acme/shop/prod"}',
};

export const pulumiPack = definePack<ParsedArgs>({
  tool: 'pulumi',
  commands: ['pulumi'],
  prefilter: { words: ['destroy', 'down', 'rm'] },
  parse: (args) => parseOptions(args, SPECS, { style: 'pflag' }),
  environment: (p, ctx) =>
    resolveEnvironment(pulumiStackSignals(p, ctx), ctx, 'no --stack and no single selected stack for this project'),
  rules: [
    {
      id: 'pulumi/destroy',
      summary: 'pulumi destroy: delete every resource of a stack',
      message: 'Destroys every resource of the Pulumi stack {{resource}} ({{environment}}).',
      rationale:
        'All cloud resources of the stack are deleted; --yes and --skip-preview remove the preview and the prompt; --remove deletes the stack too.',
      safer:
        'Run `pulumi destroy --preview-only` (or `pulumi preview`) and read it; protect stateful resources with `protect: true`.',
      match: (p, ctx) => {
        if (
          !['destroy', 'down'].includes(p.positionals[0] ?? '') ||
          hasOption(p, 'preview-only') ||
          hasOption(p, 'help')
        )
          return null;
        const targets = p.options.filter((o) => o.id === 'target').map((o) => `only --target ${o.value}`);
        return {
          resource: stackOf(p, ctx),
          details: targets,
          warnings: [
            ...skip(p),
            ...(hasOption(p, 'remove') ? ['--remove also deletes the stack and its history'] : []),
          ],
        };
      },
      examples: {
        destructive: [
          {
            argv: ['pulumi', 'destroy', '--yes', '-s', 'acme/shop/prod'],
            resource: 'acme/shop/prod',
            environment: 'acme/shop/prod',
          },
          {
            argv: ['pulumi', 'down', '--skip-preview'],
            files: WORKSPACE,
            resource: 'acme/shop/prod',
            environment: 'acme/shop/prod',
          },
          { argv: ['pulumi', 'destroy', '--stack=staging', '--remove'], resource: 'staging', environment: 'staging' },
          { argv: ['pulumi', 'destroy'], resource: 'selected-stack', environment: 'unknown' },
        ],
        benign: [
          { argv: ['pulumi', 'destroy', '--preview-only', '-s', 'prod'] },
          { argv: ['pulumi', 'preview', '-s', 'prod'] },
          { argv: ['pulumi', 'up', '--yes', '-s', 'dev', '-m', 'destroy'] },
          { argv: ['pulumi', 'destroy', '--help'] },
        ],
      },
    },
    {
      id: 'pulumi/stack-rm',
      summary: 'pulumi stack rm: delete a stack, its configuration and history',
      message: 'Removes the Pulumi stack {{resource}} with its configuration and update history.',
      rationale:
        'With --force the stack is removed even though it still has resources, which are then orphaned and unmanaged.',
      safer: 'Export it first (`pulumi stack export --file backup.json`); destroy resources before removing.',
      match: (p, ctx) => {
        if (p.positionals[0] !== 'stack' || !['rm', 'remove'].includes(p.positionals[1] ?? '') || hasOption(p, 'help'))
          return null;
        const stack = p.positionals[2] ?? stackOf(p, ctx);
        const environment = resolveEnvironment(
          [{ kind: 'other', value: stack, source: 'target', detail: `the stack being removed: ${stack}` }],
          ctx,
        );
        return {
          resource: stack,
          environment,
          warnings: [
            ...skip(p),
            ...(hasOption(p, 'force') ? ['--force removes a stack that still has resources'] : []),
          ],
        };
      },
      examples: {
        destructive: [
          {
            argv: ['pulumi', 'stack', 'rm', 'acme/shop/prod', '--yes', '--force'],
            resource: 'acme/shop/prod',
            environment: 'acme/shop/prod',
          },
          {
            argv: ['pulumi', 'stack', 'rm'],
            files: WORKSPACE,
            resource: 'acme/shop/prod',
            environment: 'acme/shop/prod',
          },
          { argv: ['pulumi', 'stack', 'rm', '-s', 'dev'], resource: 'dev', environment: 'dev' },
        ],
        benign: [
          { argv: ['pulumi', 'stack', 'ls'] },
          { argv: ['pulumi', 'stack', 'export', '--file', 'rm.json'] },
          { argv: ['pulumi', 'stack', 'rm', '--help'] },
        ],
      },
    },
  ],
});
