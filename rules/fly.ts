import { definePack, type RuleMatch } from '../src/core/rule.js';
import { hasOption, parseOptions, type OptionSpec, type ParsedArgs } from '../src/core/argv/parse-options.js';
import { resolveEnvironment } from '../src/core/environment.js';
import { flyAppSignals } from '../src/core/tools/fly/fly-app.js';
import type { Context } from '../src/core/types.js';

const SPECS: OptionSpec[] = [
  { id: 'app', long: ['app'], short: ['a'], value: true },
  { id: 'config', long: ['config'], short: ['c'], value: true },
  { id: 'access-token', long: ['access-token'], short: ['t'], value: true },
  { id: 'org', long: ['org'], short: ['o'], value: true },
  { id: 'image', long: ['image'], short: ['i'], value: true },
  { id: 'yes', long: ['yes'], short: ['y'] },
  { id: 'force', long: ['force'], short: ['f'] },
  { id: 'help', long: ['help'], short: ['h'] },
];
const DESTROY = ['destroy', 'delete', 'remove', 'rm'];

interface FlyParsed {
  args: ParsedArgs;
  words: string[];
}

/** The operands when `words` starts with one of `groups` followed by a destroy verb. */
function destroyed(p: FlyParsed, groups: string[][], verbs: string[] = DESTROY): string[] | null {
  if (hasOption(p.args, 'help') || p.words.includes('help')) return null;
  for (const group of groups) {
    if (!group.every((g, i) => p.words[i] === g)) continue;
    if (verbs.includes(p.words[group.length] ?? '')) return p.words.slice(group.length + 1);
  }
  return null;
}

const skip = (p: FlyParsed): string[] => (hasOption(p.args, 'yes') ? ["--yes skips flyctl's own prompt"] : []);
const target = (app: string, ctx: Context) =>
  resolveEnvironment(
    [{ kind: 'fly-app', value: app, source: 'target', detail: `the app being destroyed: ${app}` }],
    ctx,
  );
const TOML = { '/home/user/project/fly.toml': 'app = "acme-prod"\nprimary_region = "ams"\n' };

export const flyPack = definePack<FlyParsed>({
  tool: 'fly',
  commands: ['fly', 'flyctl'],
  prefilter: { words: [...DESTROY] },
  parse: (args) => {
    const parsed = parseOptions(args, SPECS, { style: 'pflag' });
    return { args: parsed, words: parsed.positionals };
  },
  environment: (p, ctx) =>
    resolveEnvironment(flyAppSignals(p.args, ctx), ctx, 'no --app, FLY_APP or fly.toml names the app'),
  rules: [
    {
      id: 'fly/apps-destroy',
      summary: 'fly apps destroy: permanently delete an app with its machines and volumes',
      message: 'Permanently destroys the Fly app {{resource}} with all its machines, volumes and secrets.',
      rationale: 'Volumes and their snapshots go with the app; the name is released.',
      safer: 'Scale to zero (`fly scale count 0 -a APP`) or snapshot volumes first (`fly volumes snapshots create`).',
      match: (p, ctx): RuleMatch[] | null => {
        const apps = destroyed(p, [['apps'], ['app']]) ?? destroyed(p, [[]], ['destroy']);
        if (!apps) return null;
        const named =
          apps.length > 0
            ? apps
            : flyAppSignals(p.args, ctx)
                .slice(0, 1)
                .map((s) => s.value);
        return named.map((app) => ({ resource: app, environment: target(app, ctx), warnings: skip(p) }));
      },
      examples: {
        destructive: [
          { argv: ['fly', 'apps', 'destroy', 'acme-prod', '-y'], resource: 'acme-prod', environment: 'acme-prod' },
          { argv: ['flyctl', 'apps', 'rm', 'acme-staging'], resource: 'acme-staging', environment: 'acme-staging' },
          { argv: ['fly', 'destroy', '--yes'], files: TOML, resource: 'acme-prod', environment: 'acme-prod' },
          { argv: ['fly', 'apps', 'delete', 'old-app', '--yes'], resource: 'old-app', environment: 'old-app' },
        ],
        benign: [
          { argv: ['fly', 'apps', 'list'] },
          { argv: ['fly', 'apps', 'destroy', '--help'] },
          { argv: ['fly', 'apps', 'create', 'destroy'] },
          { argv: ['fly', 'deploy', '-a', 'acme-prod'] },
        ],
      },
    },
    {
      id: 'fly/volumes-destroy',
      summary: 'fly volumes destroy: delete a volume and its data',
      message: 'Destroys the volume {{resource}} of app {{environment}} with its data.',
      rationale: "A destroyed volume's data is gone; snapshots are kept only for a few days and only if taken.",
      safer: 'Create a snapshot first (`fly volumes snapshots create VOL_ID`).',
      match: (p) => {
        const ids = destroyed(p, [['volumes'], ['volume'], ['vol']]);
        if (!ids) return null;
        // Without an id flyctl lets the user pick one; guard cannot know which.
        return (ids.length > 0 ? ids : ['volume-chosen-at-prompt']).map((resource) => ({
          resource,
          warnings: skip(p),
        }));
      },
      examples: {
        destructive: [
          {
            argv: ['fly', 'volumes', 'destroy', 'vol_123', '-a', 'acme-prod', '-y'],
            resource: 'vol_123',
            environment: 'acme-prod',
          },
          { argv: ['fly', 'vol', 'delete', 'vol_abc'], files: TOML, resource: 'vol_abc', environment: 'acme-prod' },
          {
            argv: ['flyctl', 'volumes', 'rm', 'vol_9'],
            env: { FLY_APP: 'acme-staging' },
            resource: 'vol_9',
            environment: 'acme-staging',
          },
          {
            argv: ['fly', 'volumes', 'destroy'],
            files: TOML,
            resource: 'volume-chosen-at-prompt',
            environment: 'acme-prod',
          },
        ],
        benign: [
          { argv: ['fly', 'volumes', 'list', '-a', 'acme-prod'] },
          { argv: ['fly', 'volumes', 'snapshots', 'create', 'vol_123'] },
          { argv: ['fly', 'volumes', 'destroy', '--help'] },
        ],
      },
    },
    {
      id: 'fly/machine-destroy',
      summary: 'fly machine destroy: destroy machines (never prompts)',
      message: 'Destroys the machine {{resource}} of app {{environment}}; its root filesystem is lost.',
      rationale: 'flyctl does not prompt; --force destroys a running machine.',
      safer: 'Stop it instead (`fly machine stop ID`).',
      match: (p) => {
        const ids = destroyed(p, [['machine'], ['machines'], ['m']]);
        if (!ids) return null;
        const named = ids.length > 0 ? ids : hasOption(p.args, 'image') ? ['machines-with-image'] : [];
        return named.length > 0
          ? named.map((resource) => ({
              resource,
              warnings: hasOption(p.args, 'force') ? ['--force kills a running machine'] : [],
            }))
          : null;
      },
      examples: {
        destructive: [
          {
            argv: ['fly', 'machine', 'destroy', '148ed193b95e89', '-a', 'acme-prod', '--force'],
            resource: '148ed193b95e89',
            environment: 'acme-prod',
          },
          { argv: ['fly', 'm', 'rm', '3d8d9'], files: TOML, resource: '3d8d9', environment: 'acme-prod' },
          {
            argv: ['flyctl', 'machines', 'remove', 'e784'],
            env: { FLY_APP: 'acme-dev' },
            resource: 'e784',
            environment: 'acme-dev',
          },
        ],
        benign: [
          { argv: ['fly', 'machine', 'stop', '148ed193b95e89'] },
          { argv: ['fly', 'machine', 'list', '-a', 'acme-prod'] },
          { argv: ['fly', 'machine', 'destroy', '-h'] },
        ],
      },
    },
    {
      id: 'fly/database-destroy',
      summary: 'fly mysql / managed-postgres / redis destroy: delete a database and its data',
      message: 'Permanently destroys the database {{resource}} and its data ({{environment}}).',
      rationale: 'The database cluster and its data are deleted; flyctl only asks unless --yes is given.',
      safer: 'Dump the data first and check the name with the matching `list` command.',
      match: (p) => {
        const names = destroyed(
          p,
          [
            ['mysql'],
            ['extensions', 'mysql'],
            ['ext', 'mysql'],
            ['redis'],
            ['managed-postgres'],
            ['mpg'],
            ['postgres'],
            ['pg'],
          ],
          ['destroy'],
        );
        return names && names.length > 0 ? names.map((resource) => ({ resource, warnings: skip(p) })) : null;
      },
      examples: {
        destructive: [
          {
            argv: ['fly', 'mysql', 'destroy', 'orders-db', '-a', 'acme-prod', '-y'],
            resource: 'orders-db',
            environment: 'acme-prod',
          },
          {
            argv: ['fly', 'mpg', 'destroy', 'cluster-123', '--yes'],
            files: TOML,
            resource: 'cluster-123',
            environment: 'acme-prod',
          },
          { argv: ['fly', 'extensions', 'mysql', 'destroy', 'db1'], resource: 'db1', environment: 'unknown' },
        ],
        benign: [
          { argv: ['fly', 'mysql', 'list'] },
          { argv: ['fly', 'mpg', 'status', 'cluster-123'] },
          { argv: ['fly', 'redis', 'destroy', '--help'] },
        ],
      },
    },
  ],
});
