import { definePack } from '../src/core/rule.js';
import { hasOption, parseOptions, type OptionSpec, type ParsedArgs } from '../src/core/argv/parse-options.js';
import { resolveEnvironment } from '../src/core/environment.js';
import { linkedProject, vercelScopeSignals } from '../src/core/tools/vercel/vercel-scope.js';

const SPECS: OptionSpec[] = [
  { id: 'scope', long: ['scope'], short: ['S'], value: true },
  { id: 'team', long: ['team'], short: ['T'], value: true },
  { id: 'token', long: ['token'], short: ['t'], value: true },
  { id: 'cwd', long: ['cwd'], value: true },
  { id: 'local-config', long: ['local-config'], short: ['A'], value: true },
  { id: 'global-config', long: ['global-config'], short: ['Q'], value: true },
  { id: 'yes', long: ['yes'], short: ['y'] },
  { id: 'safe', long: ['safe'], short: ['s'] },
  { id: 'help', long: ['help'], short: ['h'] },
];
const REMOVE = ['remove', 'rm'];

interface VercelParsed {
  args: ParsedArgs;
  words: string[];
}

/** Operands after `GROUP rm`, or null. */
function removed(p: VercelParsed, groups: string[]): string[] | null {
  if (hasOption(p.args, 'help') || p.words.includes('help')) return null;
  if (groups.length === 0) return REMOVE.includes(p.words[0] ?? '') ? p.words.slice(1) : null;
  return groups.includes(p.words[0] ?? '') && REMOVE.includes(p.words[1] ?? '') ? p.words.slice(2) : null;
}

// A deployment is named by URL or dpl_ id; anything else is a project name, which removes the whole project.
const isProjectName = (word: string): boolean =>
  !word.includes('.') && !word.startsWith('dpl_') && !word.includes('://');
const skip = (p: VercelParsed): string[] => (hasOption(p.args, 'yes') ? ["--yes skips vercel's own prompt"] : []);
const LINKED = { '/home/user/project/.vercel/project.json': '{"projectId":"prj_123","orgId":"team_acme"}' };

export const vercelPack = definePack<VercelParsed>({
  tool: 'vercel',
  commands: ['vercel', 'vc'],
  prefilter: { words: REMOVE },
  parse: (args) => {
    const parsed = parseOptions(args, SPECS, { style: 'pflag' });
    return { args: parsed, words: parsed.positionals };
  },
  environment: (p, ctx) =>
    resolveEnvironment(
      vercelScopeSignals(p.args, ctx),
      ctx,
      'no --scope, VERCEL_ORG_ID or .vercel/project.json names the team',
    ),
  rules: [
    {
      id: 'vercel/remove-project',
      summary: 'vercel remove NAME: remove a whole project (every deployment) unless --safe',
      message: 'Removes the Vercel project {{resource}} in scope {{environment}} with all its deployments.',
      rationale:
        'Given a project name rather than a deployment URL, `vercel remove` deletes every deployment of the project, including the one serving production.',
      safer: 'Remove single deployments by URL, or add --safe to keep deployments that have an alias.',
      match: (p) => {
        const names = removed(p, []);
        if (!names || hasOption(p.args, 'safe')) return null;
        const projects = names.filter(isProjectName);
        return projects.length > 0 ? projects.map((resource) => ({ resource, warnings: skip(p) })) : null;
      },
      examples: {
        destructive: [
          {
            argv: ['vercel', 'remove', 'acme-web', '--yes'],
            files: LINKED,
            resource: 'acme-web',
            environment: 'team_acme',
          },
          { argv: ['vercel', 'rm', 'docs', '--scope', 'acme-prod'], resource: 'docs', environment: 'acme-prod' },
          { argv: ['vc', 'rm', 'api', '-y'], env: { VERCEL_ORG_ID: 'team_x' }, resource: 'api', environment: 'team_x' },
        ],
        benign: [
          { argv: ['vercel', 'rm', 'acme-web-abc123.vercel.app'], files: LINKED },
          { argv: ['vercel', 'remove', 'acme-web', '--safe'], files: LINKED },
          { argv: ['vercel', 'ls', 'acme-web'], files: LINKED },
          { argv: ['vercel', 'remove', '--help'], files: LINKED },
        ],
      },
    },
    {
      id: 'vercel/project-remove',
      summary: 'vercel project rm: delete a project',
      message:
        'Deletes the Vercel project {{resource}} in scope {{environment}} with its deployments, domains and environment variables.',
      rationale: 'Deployments, domains assignments and environment variables of the project go with it.',
      safer: 'Check it with `vercel project inspect NAME`; pull its variables first (`vercel env pull`).',
      match: (p, ctx) => {
        const names = removed(p, ['project', 'projects']);
        if (!names) return null;
        // Without a name the CLI works on the linked project.
        const named = names.length > 0 ? names : [linkedProject(p.args, ctx)];
        return named.map((resource) => ({ resource, warnings: skip(p) }));
      },
      examples: {
        destructive: [
          {
            argv: ['vercel', 'project', 'rm', 'acme-web'],
            files: LINKED,
            resource: 'acme-web',
            environment: 'team_acme',
          },
          {
            argv: ['vercel', 'projects', 'remove', 'api', '--team', 'acme-prod'],
            resource: 'api',
            environment: 'acme-prod',
          },
          { argv: ['vercel', 'project', 'rm', 'old'], resource: 'old', environment: 'unknown' },
          {
            argv: ['vercel', 'project', 'rm', '--yes'],
            files: {
              '/home/user/project/.vercel/project.json':
                '{"projectId":"prj_9","orgId":"team_acme","projectName":"shop"}',
            },
            resource: 'shop',
            environment: 'team_acme',
            note: 'no name: the linked project',
          },
        ],
        benign: [
          { argv: ['vercel', 'project', 'ls'], files: LINKED },
          { argv: ['vercel', 'deploy'], files: { '/home/user/project/.vercel/project.json': 'not json' } },
          { argv: ['vercel', 'project', 'inspect', 'acme-web'], files: LINKED },
          { argv: ['vercel', 'project', 'add', 'rm'], files: LINKED },
        ],
      },
    },
    {
      id: 'vercel/env-remove',
      summary: 'vercel env rm: delete an environment variable',
      message: 'Deletes the environment variable {{resource}} from the {{environment}} environment.',
      rationale: 'The value is not shown again anywhere; the next deployment runs without it.',
      safer: 'Pull the variables first (`vercel env pull .env.backup --environment=ENV`).',
      match: (p, ctx) => {
        const names = removed(p, ['env']);
        const [name, target] = names ?? [];
        if (!name) return null;
        const signals = target
          ? [
              {
                kind: 'other' as const,
                value: target,
                source: 'flag' as const,
                detail: `environment argument ${target}`,
              },
            ]
          : [];
        return {
          resource: name,
          environment: resolveEnvironment(
            signals,
            ctx,
            'no environment argument: vercel asks which ones, or --yes removes it from all',
          ),
          warnings: skip(p),
        };
      },
      examples: {
        destructive: [
          {
            argv: ['vercel', 'env', 'rm', 'DATABASE_URL', 'production', '--yes'],
            files: LINKED,
            resource: 'DATABASE_URL',
            environment: 'production',
          },
          { argv: ['vercel', 'env', 'remove', 'API_KEY', 'preview'], resource: 'API_KEY', environment: 'preview' },
          { argv: ['vercel', 'env', 'rm', 'SECRET', '-y'], resource: 'SECRET', environment: 'unknown' },
        ],
        benign: [
          { argv: ['vercel', 'env', 'ls'], files: LINKED },
          { argv: ['vercel', 'env', 'add', 'rm', 'production'], files: LINKED },
          { argv: ['vercel', 'env', 'pull', '.env.local'], files: LINKED },
        ],
      },
    },
    {
      id: 'vercel/domains-remove',
      summary: 'vercel domains rm: remove a domain from the team',
      message: 'Removes the domain {{resource}} from scope {{environment}}; sites served on it stop resolving.',
      rationale: 'Its DNS records and aliases go with it; a domain bought elsewhere must be re-verified.',
      safer: 'Move it to another project (`vercel domains move`) or inspect it first.',
      match: (p) => {
        const domains = removed(p, ['domains', 'domain']);
        return domains && domains.length > 0 ? domains.map((resource) => ({ resource, warnings: skip(p) })) : null;
      },
      examples: {
        destructive: [
          {
            argv: ['vercel', 'domains', 'rm', 'acme.com', '--yes'],
            files: LINKED,
            resource: 'acme.com',
            environment: 'team_acme',
          },
          {
            argv: ['vercel', 'domains', 'remove', 'shop.acme.com', '--scope', 'acme-prod'],
            resource: 'shop.acme.com',
            environment: 'acme-prod',
          },
          { argv: ['vercel', 'domain', 'rm', 'x.dev'], resource: 'x.dev', environment: 'unknown' },
        ],
        benign: [
          { argv: ['vercel', 'domains', 'ls'], files: LINKED },
          { argv: ['vercel', 'domains', 'inspect', 'acme.com'], files: LINKED },
          { argv: ['vercel', 'domains', 'add', 'rm.acme.com'], files: LINKED },
        ],
      },
    },
  ],
});
