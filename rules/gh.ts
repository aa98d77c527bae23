import { definePack } from '../src/core/rule.js';
import {
  hasOption,
  optionValue,
  parseOptions,
  type OptionSpec,
  type ParsedArgs,
} from '../src/core/argv/parse-options.js';
import { resolveEnvironment } from '../src/core/environment.js';
import { apiRepo, fillPlaceholders, ghRepoSignals, repoEnvironment } from '../src/core/tools/gh/gh-repo.js';

const SPECS: OptionSpec[] = [
  { id: 'repo', long: ['repo'], short: ['R'], value: true },
  { id: 'method', long: ['method'], short: ['X'], value: true },
  { id: 'header', long: ['header'], short: ['H'], value: true },
  { id: 'field', long: ['field', 'raw-field'], short: ['F', 'f'], value: true },
  { id: 'jq', long: ['jq'], short: ['q'], value: true },
  { id: 'template', long: ['template'], short: ['t'], value: true },
  { id: 'hostname', long: ['hostname'], value: true },
  { id: 'input', long: ['input'], value: true },
  { id: 'cache', long: ['cache'], value: true },
  ...['yes', 'confirm', 'cleanup-tag', 'paginate', 'silent', 'include', 'verbose'].map((n) => ({ id: n, long: [n] })),
  { id: 'help', long: ['help'], short: ['h'] },
];

interface GhParsed {
  args: ParsedArgs;
  words: string[];
}

const isCommand = (p: GhParsed, ...words: string[]): boolean =>
  !hasOption(p.args, 'help') && words.every((w, i) => p.words[i] === w);
const skip = (p: GhParsed): string[] =>
  hasOption(p.args, 'yes') || hasOption(p.args, 'confirm') ? ["--yes skips gh's own prompt"] : [];
const REMOTE = { '/home/user/project/.git/config': '[remote "origin"]\n\turl = git@github.com:acme/api.git\n' };

export const ghPack = definePack<GhParsed>({
  tool: 'gh',
  commands: ['gh'],
  prefilter: { words: ['delete'], prefixes: ['-X', '--method', '-XDELETE'] },
  parse: (args) => {
    const parsed = parseOptions(args, SPECS, { style: 'pflag' });
    return { args: parsed, words: parsed.positionals };
  },
  environment: (p, ctx) =>
    resolveEnvironment(ghRepoSignals(p.args, ctx), ctx, 'no --repo, GH_REPO or GitHub remote names the repository'),
  rules: [
    {
      id: 'gh/repo-delete',
      summary: 'gh repo delete: delete a GitHub repository with its issues, pull requests and wiki',
      message: 'Deletes the GitHub repository {{resource}} with its issues, pull requests, releases and wiki.',
      rationale:
        'Issues, pull requests, wiki and release assets exist only on GitHub; a local clone does not bring them back.',
      safer: 'Archive it instead (`gh repo archive OWNER/REPO`).',
      match: (p, ctx) => {
        if (!isCommand(p, 'repo', 'delete')) return null;
        const repo = p.words[2] ?? ghRepoSignals(p.args, ctx)[0]?.value;
        if (!repo) return { resource: 'current-repository', warnings: skip(p) };
        return { resource: repo, environment: repoEnvironment(repo, ctx), warnings: skip(p) };
      },
      examples: {
        destructive: [
          { argv: ['gh', 'repo', 'delete', 'acme/api', '--yes'], resource: 'acme/api', environment: 'acme/api' },
          { argv: ['gh', 'repo', 'delete'], files: REMOTE, resource: 'acme/api', environment: 'acme/api' },
          {
            argv: ['gh', 'repo', 'delete', '--confirm', 'acme/prod-infra'],
            resource: 'acme/prod-infra',
            environment: 'acme/prod-infra',
          },
        ],
        benign: [
          { argv: ['gh', 'repo', 'view', 'acme/api'] },
          { argv: ['gh', 'repo', 'archive', 'acme/api', '--yes'] },
          { argv: ['gh', 'repo', 'delete', '--help'] },
          { argv: ['gh', 'issue', 'create', '--title', 'repo delete'] },
        ],
      },
    },
    {
      id: 'gh/release-delete',
      summary: 'gh release delete: delete a release and its uploaded assets',
      message: 'Deletes the release {{resource}} of {{environment}} with its uploaded assets.',
      rationale: 'Uploaded binaries exist only on the release; --cleanup-tag deletes the git tag too.',
      safer: 'Edit it into a draft (`gh release edit TAG --draft`) or download the assets first.',
      match: (p) => {
        if (!isCommand(p, 'release', 'delete') || !p.words[2]) return null;
        const warnings = [
          ...skip(p),
          ...(hasOption(p.args, 'cleanup-tag') ? ['--cleanup-tag also deletes the git tag'] : []),
        ];
        return { resource: p.words[2], warnings };
      },
      examples: {
        destructive: [
          {
            argv: ['gh', 'release', 'delete', 'v1.2.0', '-R', 'acme/api', '--yes'],
            resource: 'v1.2.0',
            environment: 'acme/api',
          },
          {
            argv: ['gh', 'release', 'delete', 'v2.0.0', '--cleanup-tag'],
            files: REMOTE,
            resource: 'v2.0.0',
            environment: 'acme/api',
          },
          {
            argv: ['gh', 'release', 'delete', 'nightly'],
            env: { GH_REPO: 'acme/cli' },
            resource: 'nightly',
            environment: 'acme/cli',
          },
        ],
        benign: [
          { argv: ['gh', 'release', 'view', 'v1.2.0'], files: REMOTE },
          {
            argv: ['gh', 'release', 'delete-asset', 'v1.2.0', 'old.zip'],
            files: REMOTE,
            note: 'one asset, a different command',
          },
          { argv: ['gh', 'release', 'delete', '--help'], files: REMOTE },
        ],
      },
    },
    {
      id: 'gh/api-delete',
      summary: 'gh api -X DELETE: a DELETE call to the GitHub API',
      message: 'Sends DELETE {{resource}} to the GitHub API ({{environment}}).',
      rationale:
        "`gh api` is the raw API with the user's token: a DELETE removes repositories, branches, environments, secrets or packages without any prompt.",
      safer: 'GET the same path first and use the dedicated gh command, which asks.',
      match: (p, ctx) => {
        if (!isCommand(p, 'api') || (optionValue(p.args, 'method') ?? '').toUpperCase() !== 'DELETE' || !p.words[1])
          return null;
        const current = ghRepoSignals(p.args, ctx)[0]?.value;
        const repo = apiRepo(p.words[1], current);
        const host = optionValue(p.args, 'hostname') ?? ctx.env.GH_HOST ?? 'github.com';
        const environment = repo
          ? repoEnvironment(repo, ctx)
          : resolveEnvironment(
              [
                {
                  kind: 'http-host',
                  value: host,
                  source: optionValue(p.args, 'hostname') ? 'flag' : ctx.env.GH_HOST ? 'env' : 'default',
                  detail: `API host ${host}`,
                },
              ],
              ctx,
            );
        return { resource: fillPlaceholders(p.words[1], current), environment };
      },
      examples: {
        destructive: [
          {
            argv: ['gh', 'api', '-X', 'DELETE', 'repos/acme/api'],
            resource: 'repos/acme/api',
            environment: 'acme/api',
          },
          {
            argv: ['gh', 'api', '--method=DELETE', 'repos/{owner}/{repo}/git/refs/heads/main'],
            files: REMOTE,
            resource: 'repos/acme/api/git/refs/heads/main',
            environment: 'acme/api',
          },
          {
            argv: ['gh', 'api', '-XDELETE', '/orgs/acme/packages/npm/web'],
            resource: '/orgs/acme/packages/npm/web',
            environment: 'github.com',
          },
        ],
        benign: [
          { argv: ['gh', 'api', 'repos/acme/api'] },
          { argv: ['gh', 'api', '-X', 'GET', 'repos/acme/api/deployments', '-f', 'method=DELETE'] },
          { argv: ['gh', 'api', '-X', 'POST', 'repos/acme/api/issues', '-f', 'title=DELETE repos'] },
        ],
      },
    },
  ],
});
