import { definePack } from '../src/core/rule.js';
import {
  hasOption,
  optionValue,
  parseOptions,
  type OptionSpec,
  type ParsedArgs,
} from '../src/core/argv/parse-options.js';
import { resolveEnvironment } from '../src/core/environment.js';
import { describeDbUrl, supabaseSignals } from '../src/core/tools/supabase/linked-ref.js';

const valued = (...names: string[]): OptionSpec[] => names.map((n) => ({ id: n, long: [n], value: true }));
const SPECS: OptionSpec[] = [
  ...valued('workdir', 'project-ref', 'db-url', 'version', 'last', 'profile', 'dns-resolver', 'network-id', 'org-id'),
  { id: 'output', long: ['output'], short: ['o'], value: true },
  ...['linked', 'local', 'yes', 'debug', 'no-seed', 'experimental', 'create-ticket'].map((n) => ({ id: n, long: [n] })),
  { id: 'help', long: ['help'], short: ['h'] },
];

interface SupabaseParsed {
  args: ParsedArgs;
  words: string[];
}

const isCommand = (p: SupabaseParsed, ...words: string[]): boolean =>
  !hasOption(p.args, 'help') && words.every((w, i) => p.words[i] === w);
const skip = (p: SupabaseParsed): string[] =>
  hasOption(p.args, 'yes') ? ["--yes answers supabase's own prompt, which never names the project"] : [];
const LINKED = { '/home/user/project/supabase/.temp/project-ref': 'abcdprodref\n' };
const unknown = 'no --project-ref and no supabase/.temp/project-ref (run `supabase link`)';

export const supabasePack = definePack<SupabaseParsed>({
  tool: 'supabase',
  commands: ['supabase'],
  prefilter: { words: ['reset', 'delete'] },
  parse: (args) => {
    const parsed = parseOptions(args, SPECS, { style: 'pflag' });
    return { args: parsed, words: parsed.positionals };
  },
  environment: (p, ctx) => resolveEnvironment(supabaseSignals(p.args, ctx), ctx, unknown),
  rules: [
    {
      id: 'supabase/db-reset-remote',
      summary: 'supabase db reset --linked / --db-url: wipe a remote database and re-run migrations',
      message:
        'Drops every table, function and row in the database {{resource}} ({{environment}}) and rebuilds it from local migrations.',
      rationale:
        'Without --linked or --db-url the reset hits the disposable local stack; with them it hits a hosted project, and the prompt does not say which one.',
      safer:
        'Reset the local stack (`supabase db reset`) or a preview branch; take a backup (`supabase db dump`) first.',
      match: (p, ctx) => {
        if (!isCommand(p, 'db', 'reset') || hasOption(p.args, 'local')) return null;
        const url = optionValue(p.args, 'db-url');
        if (url) {
          const target = describeDbUrl(url);
          const environment = resolveEnvironment(
            target
              ? [{ kind: 'db-host', value: target.host, source: 'flag', detail: `--db-url host ${target.host}` }]
              : [],
            ctx,
            'the --db-url could not be read',
          );
          return { resource: target?.database ?? 'postgres', environment, warnings: skip(p) };
        }
        if (!hasOption(p.args, 'linked')) return null;
        return { resource: 'postgres', details: ['target: the linked hosted project'], warnings: skip(p) };
      },
      examples: {
        destructive: [
          {
            argv: ['supabase', 'db', 'reset', '--linked', '--yes'],
            files: LINKED,
            resource: 'postgres',
            environment: 'abcdprodref',
          },
          {
            argv: ['supabase', 'db', 'reset', '--db-url', 'postgresql://postgres:pw@db.prod.example.com:5432/postgres'],
            resource: 'postgres',
            environment: 'db.prod.example.com',
          },
          { argv: ['supabase', 'db', 'reset', '--linked'], resource: 'postgres', environment: 'unknown' },
          {
            argv: ['supabase', '--workdir', 'apps/api', 'db', 'reset', '--linked'],
            files: { '/home/user/project/apps/api/supabase/.temp/project-ref': 'apiref' },
            resource: 'postgres',
            environment: 'apiref',
          },
        ],
        benign: [
          { argv: ['supabase', 'db', 'reset'], files: LINKED, note: 'the local development stack' },
          { argv: ['supabase', 'db', 'reset', '--local'], files: LINKED },
          { argv: ['supabase', 'db', 'reset', '--linked', '--help'], files: LINKED },
          { argv: ['supabase', 'db', 'diff', '--linked'], files: LINKED },
        ],
      },
    },
    {
      id: 'supabase/projects-delete',
      summary: 'supabase projects delete: delete a hosted project with its database and storage',
      message: 'Deletes the Supabase project {{resource}} with its database, storage and auth users.',
      rationale: 'The whole project goes, backups included.',
      safer: 'Pause the project in the dashboard, or download a backup first.',
      match: (p, ctx) => {
        if (!isCommand(p, 'projects', 'delete')) return null;
        const ref = p.words[2] ?? optionValue(p.args, 'project-ref');
        if (!ref) return null;
        return {
          resource: ref,
          environment: resolveEnvironment(
            [{ kind: 'supabase-ref', value: ref, source: 'target', detail: `the project being deleted: ${ref}` }],
            ctx,
          ),
          warnings: skip(p),
        };
      },
      examples: {
        destructive: [
          {
            argv: ['supabase', 'projects', 'delete', 'abcdprodref'],
            resource: 'abcdprodref',
            environment: 'abcdprodref',
          },
          {
            argv: ['supabase', 'projects', 'delete', 'xyzref', '--yes'],
            files: LINKED,
            resource: 'xyzref',
            environment: 'xyzref',
          },
          { argv: ['supabase', 'projects', 'delete', '--project-ref', 'qref'], resource: 'qref', environment: 'qref' },
        ],
        benign: [
          { argv: ['supabase', 'projects', 'list'] },
          { argv: ['supabase', 'projects', 'create', 'delete'] },
          { argv: ['supabase', 'projects', 'delete', '--help'] },
        ],
      },
    },
    {
      id: 'supabase/branches-delete',
      summary: 'supabase branches delete: delete a preview branch and its database',
      message: 'Deletes the branch {{resource}} of project {{environment}} with its database.',
      rationale: 'A branch has its own database; deleting it loses its data.',
      safer: 'Check the branch with `supabase branches get NAME` first.',
      match: (p) =>
        isCommand(p, 'branches', 'delete')
          ? { resource: p.words[2] ?? 'branch-chosen-at-prompt', warnings: skip(p) }
          : null,
      examples: {
        destructive: [
          {
            argv: ['supabase', 'branches', 'delete', 'feature-x', '--project-ref', 'abcdprodref'],
            resource: 'feature-x',
            environment: 'abcdprodref',
          },
          {
            argv: ['supabase', 'branches', 'delete', 'preview-42'],
            files: LINKED,
            resource: 'preview-42',
            environment: 'abcdprodref',
          },
          { argv: ['supabase', 'branches', 'delete', 'b1', '--yes'], resource: 'b1', environment: 'unknown' },
          {
            argv: ['supabase', 'branches', 'delete'],
            files: LINKED,
            resource: 'branch-chosen-at-prompt',
            environment: 'abcdprodref',
          },
        ],
        benign: [
          { argv: ['supabase', 'branches', 'list'], files: LINKED },
          { argv: ['supabase', 'branches', 'create', 'delete'], files: LINKED },
          { argv: ['supabase', 'branches', 'delete', '-h'], files: LINKED },
        ],
      },
    },
  ],
});
