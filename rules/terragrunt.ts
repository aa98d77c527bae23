import { definePack } from '../src/core/rule.js';
import { resolveEnvironment } from '../src/core/environment.js';
import { displayDir, parseTerragrunt, type TerragruntParsed } from '../src/core/tools/terragrunt/terragrunt-parse.js';

const LIVE = ['/home/user/project/live/prod/app', '/home/user/project/live/staging'];

export const terragruntPack = definePack<TerragruntParsed>({
  tool: 'terragrunt',
  commands: ['terragrunt'],
  prefilter: { words: ['destroy', 'destroy-all', '-destroy', '--destroy'] },
  parse: (args) => parseTerragrunt(args),
  environment: (p, ctx) => {
    const dir = displayDir(p.workingDir ?? '.', ctx);
    return resolveEnvironment(
      [
        {
          kind: 'tf-dir',
          value: dir,
          source: p.workingDir ? 'flag' : 'target',
          detail: p.workingDir ? `--working-dir ${p.workingDir}` : `working directory ${ctx.cwd}`,
        },
      ],
      ctx,
    );
  },
  rules: [
    {
      id: 'terragrunt/destroy',
      summary:
        'terragrunt destroy / run-all destroy / run --all destroy: destroy the infrastructure of one or every unit',
      message: 'Destroys every resource managed under {{resource}} ({{environment}}).',
      rationale:
        'run-all / --all destroys every unit below the directory in dependency order; --non-interactive and -auto-approve remove the only prompts.',
      safer:
        'Run `terragrunt run --all plan -destroy` (or `run-all plan -destroy`) and read it; destroy single units with a -target.',
      match: (p, ctx) => {
        if (!p.destroy || p.help) return null;
        const dir = displayDir(p.workingDir ?? '.', ctx);
        return {
          resource: p.all ? `${dir}/**` : dir,
          details: [p.all ? 'every unit below this directory' : 'this unit'],
          warnings: p.autoApprove ? ["-auto-approve / --non-interactive skip terragrunt's prompts"] : [],
        };
      },
      examples: {
        destructive: [
          {
            argv: ['terragrunt', 'run-all', 'destroy', '--terragrunt-non-interactive'],
            cwd: '/home/user/project/live/prod/app',
            dirs: LIVE,
            resource: 'project/live/prod/app/**',
            environment: 'project/live/prod/app',
          },
          {
            argv: ['terragrunt', 'run', '--all', '--', 'destroy'],
            cwd: '/home/user/project/live/staging',
            dirs: LIVE,
            resource: 'project/live/staging/**',
            environment: 'project/live/staging',
          },
          {
            argv: ['terragrunt', 'destroy', '-auto-approve', '--working-dir', 'live/prod/app'],
            dirs: LIVE,
            resource: 'project/live/prod/app',
            environment: 'project/live/prod/app',
          },
          { argv: ['terragrunt', 'apply', '-destroy'], resource: 'project', environment: 'project' },
        ],
        benign: [
          { argv: ['terragrunt', 'run-all', 'plan', '-destroy'], cwd: '/home/user/project/live/prod/app', dirs: LIVE },
          { argv: ['terragrunt', 'run', '--all', 'apply'], cwd: '/home/user/project/live/prod/app', dirs: LIVE },
          { argv: ['terragrunt', 'destroy', '--help'] },
          { argv: ['terragrunt', 'output', 'destroy'] },
        ],
      },
    },
  ],
});
