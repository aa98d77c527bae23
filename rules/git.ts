import { definePack, type RuleMatch } from '../src/core/rule.js';
import { hasOption, parseOptions } from '../src/core/argv/parse-options.js';
import { localEnvironment, resolveEnvironment } from '../src/core/environment.js';
import { parseGitInvocation, type GitInvocation } from '../src/core/tools/git/git-invocation.js';
import { cleanDryRunArgs, listSome, parseClean, probeLines, repoName } from '../src/core/tools/git/local-work.js';
import { planPush, remoteSignals } from '../src/core/tools/git/push-refs.js';
import { discardedBy } from '../src/core/tools/git/discard.js';
import type { Context } from '../src/core/types.js';

const CONFIG = {
  '/home/user/project/.git/config':
    '[core]\n\tbare = false\n[remote "origin"]\n\turl = git@github.com:acme/app.git\n[remote "upstream"]\n\turl = https://github.com/acme-org/app.git\n[branch "main"]\n\tremote = origin\n\tmerge = refs/heads/main\n',
};
const DIRTY = { 'git status --porcelain': { code: 0, stdout: ' M src/app.ts\nM  README.md\n?? notes.txt\n' } };
const CLEAN_TREE = { 'git status --porcelain': { code: 0, stdout: '?? notes.txt\n' } };

function pushMatches(inv: GitInvocation, ctx: Context, how: 'force' | 'delete'): RuleMatch[] | null {
  if (inv.subcommand !== 'push') return null;
  const plan = planPush(inv.args, inv.repo);
  if (plan.dryRun) return null;
  const refs = plan.refs.filter((r) => r.how === how);
  if (refs.length === 0) return null;
  const environment = resolveEnvironment(remoteSignals(plan, inv.repo), ctx);
  return refs.map((r) => ({
    resource: r.ref,
    environment,
    details: [r.why, ...(inv.alias ? [`git alias ${inv.alias}`] : [])],
  }));
}

const local = (ctx: Context) => localEnvironment(ctx);

export const gitPack = definePack({
  tool: 'git',
  commands: ['git'],
  prefilter: {
    words: ['reset', 'clean', 'stash', 'branch', 'filter-repo', 'filter-branch', 'checkout', 'restore'],
    // `git checkout FILE` discards changes as `git checkout BRANCH` switches: both take the full check.
    prefixes: [
      '+',
      ':',
      '--force',
      '--delete',
      '--mirror',
      '--prune',
      '--fo',
      '--del',
      '--mi',
      '--pru',
      '--discard-changes',
      '--dis',
    ],
    shortFlagChars: 'fdD',
  },
  parse: (args, ctx) => parseGitInvocation(args, ctx),
  environment: (_inv, ctx) => localEnvironment(ctx),
  rules: [
    {
      id: 'git/force-push',
      summary: 'git push that overwrites remote history (--force, --force-with-lease, +refspec, --mirror)',
      message:
        'a forced push replaces branch {{resource}} on remote {{environment}}; commits only the remote had are lost for everyone',
      rationale:
        'A forced push rewrites the remote branch; commits pushed by others since your last fetch disappear from it, and CI/deploys follow the rewritten branch. Hosting providers keep no undo you can rely on.',
      safer:
        'Push to a new branch, or fetch and check `git log REMOTE/BRANCH..` first; prefer `--force-with-lease=BRANCH:EXPECTED` on your own feature branch.',
      match: (inv, ctx) => pushMatches(inv, ctx, 'force'),
      examples: {
        destructive: [
          {
            argv: ['git', 'push', '--force', 'origin', 'main'],
            files: CONFIG,
            resource: 'main',
            environment: 'origin',
          },
          {
            argv: ['git', 'push', '-f'],
            files: CONFIG,
            resource: 'main',
            environment: 'origin',
            note: 'default remote and current branch',
          },
          {
            argv: ['git', 'push', 'upstream', '+HEAD:release'],
            files: CONFIG,
            resource: 'release',
            environment: 'upstream',
          },
          {
            argv: ['git', 'push', '--force-with-lease', 'origin', 'feature/x'],
            files: CONFIG,
            resource: 'feature/x',
            environment: 'origin',
          },
          {
            argv: ['git', '-C', '/home/user/project', 'push', '--mirror', 'git@example.com:backup.git'],
            files: CONFIG,
            resource: 'all-refs',
            environment: 'git@example.com:backup.git',
          },
          {
            argv: ['git', 'pf', '-f'],
            files: { ...CONFIG, '/home/user/.gitconfig': '[alias]\n\tpf = push \"--force-with-lease\" origin\n' },
            resource: 'main',
            environment: 'origin',
            note: 'a user alias; -f trips the prefilter',
          },
        ],
        benign: [
          { argv: ['git', 'push'], files: CONFIG },
          { argv: ['git', 'push', '-u', 'origin', 'feature/force'], files: CONFIG },
          { argv: ['git', 'push', '--force', '--dry-run', 'origin', 'main'], files: CONFIG },
          { argv: ['git', 'commit', '-m', 'push --force fix'], files: CONFIG },
          { argv: ['git', 'push', 'origin', 'refs/tags/v1.0'], files: CONFIG },
          {
            argv: ['git', 'st'],
            files: { ...CONFIG, '/home/user/.gitconfig': '[alias]\n\tst = status -sb\n\tpush = push --force\n' },
            note: 'aliases never shadow builtins',
          },
          {
            argv: ['git', 'push', 'origin', 'main'],
            files: { ...CONFIG, '/home/user/.gitconfig': '[alias]\n\tpush = push --force\n' },
          },
        ],
      },
    },
    {
      id: 'git/delete-remote-ref',
      summary: 'git push that deletes remote branches or tags (--delete, :ref, --prune)',
      message: 'this push deletes {{resource}} on remote {{environment}}',
      rationale:
        'Deleting a remote branch or tag removes it for every clone and can close pull requests or break deploys pinned to it; if no one else has the commits, they are gone.',
      safer: 'Check `git ls-remote REMOTE REF` and open pull requests first; push a backup tag before deleting.',
      match: (inv, ctx) => pushMatches(inv, ctx, 'delete'),
      examples: {
        destructive: [
          {
            argv: ['git', 'push', 'origin', '--delete', 'release-2024'],
            files: CONFIG,
            resource: 'release-2024',
            environment: 'origin',
          },
          {
            argv: ['git', 'push', 'origin', ':refs/heads/main'],
            files: CONFIG,
            resource: 'main',
            environment: 'origin',
          },
          { argv: ['git', 'push', '-d', 'upstream', 'v1.0'], files: CONFIG, resource: 'v1.0', environment: 'upstream' },
          {
            argv: ['git', 'push', '--prune', 'origin', 'refs/heads/*:refs/heads/*'],
            files: CONFIG,
            resource: 'pruned-refs',
            environment: 'origin',
          },
        ],
        benign: [
          { argv: ['git', 'push', 'origin', 'delete-me'], files: CONFIG },
          { argv: ['git', 'push', '--delete', '--dry-run', 'origin', 'old'], files: CONFIG },
          { argv: ['git', 'branch', '-d', 'merged-feature'], files: CONFIG },
          { argv: ['git', 'push', 'origin', 'main:main'], files: CONFIG },
        ],
      },
    },
    {
      id: 'git/reset-hard-uncommitted',
      summary: 'git reset --hard with uncommitted changes in tracked files',
      message:
        'git reset --hard discards the uncommitted changes in {{resource}} ({{environment}}); they were never committed, so no reflog can bring them back',
      rationale:
        'Uncommitted edits exist only in the working tree; reset --hard overwrites them. guard asks only when `git status --porcelain` shows tracked changes (or cannot be run).',
      safer: '`git stash` (recoverable) or commit to a scratch branch, then reset.',
      match: (inv, ctx) => {
        if (
          inv.subcommand !== 'reset' ||
          !hasOption(parseOptions(inv.args, [{ id: 'hard', long: ['hard'] }], { style: 'gnu' }), 'hard')
        )
          return null;
        const status = probeLines(inv, ['status', '--porcelain'], ctx);
        if (!status.ok)
          return {
            resource: repoName(inv),
            environment: local(ctx),
            details: [`could not check for uncommitted work: ${status.why}`],
          };
        const changed = status.lines.filter((l) => !l.startsWith('??') && !l.startsWith('!!')).map((l) => l.slice(3));
        if (changed.length === 0) return null;
        return {
          resource: repoName(inv),
          environment: local(ctx),
          details: [`${changed.length} file(s) with uncommitted changes: ${listSome(changed)}`],
        };
      },
      examples: {
        destructive: [
          { argv: ['git', 'reset', '--hard'], probes: DIRTY, resource: 'project', environment: 'local' },
          { argv: ['git', 'reset', '--hard', 'origin/main'], probes: DIRTY, resource: 'project', environment: 'local' },
          {
            argv: ['git', 'reset', '-q', '--hard', 'HEAD~1'],
            resource: 'project',
            environment: 'local',
            note: 'the probe cannot run: fail closed',
          },
          {
            argv: ['git', '-C', 'sub', 'reset', '--hard'],
            dirs: ['/home/user/project/sub'],
            probes: DIRTY,
            resource: 'project',
            environment: 'local',
          },
        ],
        benign: [
          {
            argv: ['git', 'reset', '--hard'],
            probes: CLEAN_TREE,
            note: 'only untracked files: reset --hard keeps them',
          },
          { argv: ['git', 'reset', 'HEAD~1'], probes: DIRTY },
          { argv: ['git', 'reset', '--soft', 'HEAD~1'], probes: DIRTY },
          { argv: ['git', 'commit', '-m', 'reset --hard'], probes: DIRTY },
        ],
      },
    },
    {
      id: 'git/discard-uncommitted',
      summary: 'git checkout / restore of paths, git rm -f, or a forced checkout / switch, over uncommitted changes',
      message:
        'this overwrites the uncommitted changes in {{resource}} ({{environment}}); they were never committed, so no reflog can bring them back',
      rationale:
        'Restoring a path from the index or a commit replaces the working-tree file, and `-f`/`--discard-changes` throws away every local change. guard asks only when `git status --porcelain` shows tracked changes there (or cannot be run); switching branches without -f is left to git, which refuses to overwrite local changes.',
      safer: '`git stash` (recoverable), or `git diff > changes.patch` first.',
      match: (inv, ctx) => {
        const discarded = discardedBy(inv, ctx);
        if (discarded === undefined) return null;
        const pathspec = discarded === 'all' ? [] : ['--', ...discarded.paths];
        const status = probeLines(inv, ['status', '--porcelain', ...pathspec], ctx);
        const what =
          discarded === 'all'
            ? `git ${inv.subcommand} -f throws away every local change`
            : `git ${inv.subcommand} restores ${listSome(discarded.paths)} from ${inv.subcommand === 'restore' ? 'the index or --source' : 'the index or a commit'}`;
        if (!status.ok)
          return {
            resource: repoName(inv),
            environment: local(ctx),
            details: [what, `could not check for uncommitted work: ${status.why}`],
          };
        const changed = status.lines.filter((l) => !l.startsWith('??') && !l.startsWith('!!')).map((l) => l.slice(3));
        if (changed.length === 0) return null;
        return {
          resource: repoName(inv),
          environment: local(ctx),
          details: [what, `${changed.length} file(s) with uncommitted changes: ${listSome(changed)}`],
        };
      },
      examples: {
        destructive: [
          {
            argv: ['git', 'rm', '-rf', 'src'],
            probes: { 'git status --porcelain -- src': { code: 0, stdout: ' M src/app.ts\n' } },
            resource: 'project',
            environment: 'local',
          },
          {
            argv: ['git', 'checkout', '--', 'src/app.ts'],
            probes: { 'git status --porcelain -- src/app.ts': { code: 0, stdout: ' M src/app.ts\n' } },
            resource: 'project',
            environment: 'local',
          },
          {
            argv: ['git', 'checkout', '.'],
            probes: { 'git status --porcelain -- .': DIRTY['git status --porcelain'] },
            resource: 'project',
            environment: 'local',
          },
          {
            argv: ['git', 'checkout', 'HEAD~3', '--', 'src'],
            probes: { 'git status --porcelain -- src': { code: 0, stdout: 'M  src/app.ts\n' } },
            resource: 'project',
            environment: 'local',
          },
          {
            argv: ['git', 'restore', '.'],
            probes: { 'git status --porcelain -- .': DIRTY['git status --porcelain'] },
            resource: 'project',
            environment: 'local',
          },
          {
            argv: ['git', 'restore', '--staged', '--worktree', 'README.md'],
            probes: { 'git status --porcelain -- README.md': { code: 0, stdout: 'M  README.md\n' } },
            resource: 'project',
            environment: 'local',
          },
          { argv: ['git', 'checkout', '-f', 'main'], probes: DIRTY, resource: 'project', environment: 'local' },
          {
            argv: ['git', 'switch', '--discard-changes', 'main'],
            probes: DIRTY,
            resource: 'project',
            environment: 'local',
          },
          {
            argv: ['git', 'restore', 'src/app.ts'],
            resource: 'project',
            environment: 'local',
            note: 'the probe cannot run: fail closed',
          },
        ],
        benign: [
          { argv: ['git', 'rm', 'old.txt'], note: 'without -f git refuses to remove a file with changes' },
          { argv: ['git', 'rm', '-rf', '--cached', 'storage'], note: '--cached keeps the files' },
          {
            argv: ['git', 'checkout', 'main'],
            note: 'switching branches: git itself refuses to overwrite local changes',
          },
          { argv: ['git', 'checkout', '-b', 'feature/x'] },
          { argv: ['git', 'switch', '-c', 'feature/x'] },
          { argv: ['git', 'restore', '--staged', 'src/app.ts'], note: 'only unstages; the file keeps its changes' },
          {
            argv: ['git', 'checkout', '--', 'README.md'],
            probes: { 'git status --porcelain -- README.md': { code: 0, stdout: '' } },
            note: 'nothing uncommitted there',
          },
          { argv: ['git', 'checkout', '-p', '--', 'src/app.ts'], note: 'interactive: git asks hunk by hunk' },
        ],
      },
    },
    {
      id: 'git/clean-untracked',
      summary: 'git clean -f (with -d/-x) deleting untracked or ignored files',
      message:
        'git clean deletes untracked files in {{resource}} ({{environment}}); git never had them, so they cannot be recovered',
      rationale:
        'Untracked and ignored files (.env, local databases, build caches, uncommitted new files) are not in any commit. guard lists them with `git clean -n` and asks only when there is something to delete.',
      safer: 'Run `git clean -n` (same flags) and delete what you mean by name, or `git stash -u`.',
      match: (inv, ctx) => {
        if (inv.subcommand !== 'clean') return null;
        const parsed = parseClean(inv.args);
        const requireForce = inv.repo?.config.get('clean.requireforce') !== 'false';
        if (
          hasOption(parsed, 'dry-run') ||
          hasOption(parsed, 'interactive') ||
          (requireForce && !hasOption(parsed, 'force'))
        )
          return null;
        const listed = probeLines(inv, cleanDryRunArgs(parsed), ctx);
        if (!listed.ok)
          return {
            resource: repoName(inv),
            environment: local(ctx),
            details: [`could not list what would be deleted: ${listed.why}`],
          };
        const doomed = listed.lines.map((l) => l.replace(/^Would (remove|skip repository) /, ''));
        if (doomed.length === 0) return null;
        return {
          resource: repoName(inv),
          environment: local(ctx),
          details: [`${doomed.length} path(s) would be deleted: ${listSome(doomed)}`],
        };
      },
      examples: {
        destructive: [
          {
            argv: ['git', 'clean', '-fdx'],
            probes: { 'git clean -n -d -x': { code: 0, stdout: 'Would remove .env\nWould remove data/\n' } },
            resource: 'project',
            environment: 'local',
          },
          {
            argv: ['git', 'clean', '-f', '-d'],
            probes: { 'git clean -n -d': { code: 0, stdout: 'Would remove scratch/\n' } },
            resource: 'project',
            environment: 'local',
          },
          {
            argv: ['git', 'clean', '-xf', '--', 'db'],
            probes: { 'git clean -n -x -- db': { code: 0, stdout: 'Would remove db/dev.sqlite3\n' } },
            resource: 'project',
          },
          {
            argv: ['git', 'clean', '-fdx'],
            resource: 'project',
            environment: 'local',
            note: 'probe unavailable: fail closed',
          },
        ],
        benign: [
          { argv: ['git', 'clean', '-n', '-dx'] },
          { argv: ['git', 'clean', '-dx'], note: 'refused by git without -f' },
          {
            argv: ['git', 'clean', '-fd'],
            probes: { 'git clean -n -d': { code: 0, stdout: '' } },
            note: 'nothing to delete',
          },
          { argv: ['git', 'commit', '-m', 'clean -fdx'] },
        ],
      },
    },
    {
      id: 'git/branch-force-delete',
      summary: 'git branch -D (delete a branch even when it is not merged)',
      message:
        'git branch -D deletes local branch {{resource}} ({{environment}}) even though its commits may be merged nowhere',
      rationale:
        'Unmerged commits survive only in the reflog for a while and are then garbage-collected; `-d` refuses exactly this case, `-D` overrides it.',
      safer: '`git branch -d NAME` (refuses unmerged work), or push the branch somewhere first.',
      match: (inv, ctx) => {
        if (inv.subcommand !== 'branch') return null;
        const parsed = parseOptions(
          inv.args,
          [
            { id: 'D', short: ['D'] },
            { id: 'delete', short: ['d'], long: ['delete'] },
            { id: 'force', short: ['f'], long: ['force'] },
            { id: 'remotes', short: ['r'], long: ['remotes'] },
          ],
          { style: 'gnu' },
        );
        if (!hasOption(parsed, 'D') && !(hasOption(parsed, 'delete') && hasOption(parsed, 'force'))) return null;
        return parsed.positionals.map((name) => ({ resource: name, environment: local(ctx) }));
      },
      examples: {
        destructive: [
          { argv: ['git', 'branch', '-D', 'experiment'], resource: 'experiment', environment: 'local' },
          { argv: ['git', 'branch', '--delete', '--force', 'wip/a', 'wip/b'], resource: 'wip/b', environment: 'local' },
          { argv: ['git', 'branch', '-df', 'spike'], resource: 'spike', environment: 'local' },
        ],
        benign: [
          { argv: ['git', 'branch', '-d', 'merged'] },
          { argv: ['git', 'branch', '-f', 'main', 'origin/main'] },
          { argv: ['git', 'branch', '--list', '-D'], note: 'nothing named: git deletes nothing' },
          { argv: ['git', 'checkout', '-b', 'delete-old'] },
        ],
      },
    },
    {
      id: 'git/stash-drop',
      summary: 'git stash drop / clear',
      message: 'this removes {{resource}} ({{environment}}); stashes are not in any branch and are hard to recover',
      rationale:
        'A dropped stash is an unreferenced commit: only `git fsck --unreachable` can find it, and only until gc.',
      safer: '`git stash show -p` first, or `git stash branch NAME` to keep it as a branch.',
      match: (inv, ctx) => {
        if (inv.subcommand !== 'stash') return null;
        const [action, ...rest] = inv.args;
        if (action === 'clear') return { resource: 'all-stashes', environment: local(ctx) };
        if (action !== 'drop') return null;
        const ref = rest.find((a) => !a.startsWith('-'));
        return {
          resource: ref === undefined ? 'stash@{0}' : /^\d+$/.test(ref) ? `stash@{${ref}}` : ref,
          environment: local(ctx),
        };
      },
      examples: {
        destructive: [
          { argv: ['git', 'stash', 'clear'], resource: 'all-stashes', environment: 'local' },
          { argv: ['git', 'stash', 'drop'], resource: 'stash@{0}', environment: 'local' },
          { argv: ['git', 'stash', 'drop', '-q', 'stash@{2}'], resource: 'stash@{2}', environment: 'local' },
        ],
        benign: [
          { argv: ['git', 'stash'] },
          { argv: ['git', 'stash', 'list'] },
          { argv: ['git', 'stash', 'push', '-m', 'drop later'] },
        ],
      },
    },
    {
      id: 'git/rewrite-history',
      summary: 'git filter-repo / filter-branch rewriting every commit',
      message:
        'this rewrites the whole history of {{resource}} ({{environment}}); filter-repo also removes the origin remote',
      rationale:
        'Every commit id changes and the old history is dropped (filter-repo expires the reflog and repacks); force-pushing the result then rewrites the remote.',
      safer:
        'Run it in a fresh clone (`git clone --mirror`), keep the original as a backup, and inspect with `--analyze` / `--dry-run` first.',
      match: (inv, ctx) => {
        if (inv.subcommand !== 'filter-repo' && inv.subcommand !== 'filter-branch') return null;
        if (inv.args.some((a) => ['--help', '-h', '--analyze', '--dry-run', '--version'].includes(a))) return null;
        return { resource: repoName(inv), environment: local(ctx) };
      },
      examples: {
        destructive: [
          {
            argv: ['git', 'filter-repo', '--path', 'secrets.env', '--invert-paths'],
            resource: 'project',
            environment: 'local',
          },
          {
            argv: ['git', 'filter-branch', '--tree-filter', 'rm -f passwords.txt', 'HEAD'],
            resource: 'project',
            environment: 'local',
          },
          {
            argv: ['git', 'filter-repo', '--force', '--replace-text', 'expr.txt'],
            resource: 'project',
            environment: 'local',
          },
        ],
        benign: [
          { argv: ['git', 'filter-repo', '--analyze'] },
          { argv: ['git', 'filter-repo', '--dry-run', '--path', 'src'] },
          { argv: ['git', 'log', '--', 'filter-repo'] },
        ],
      },
    },
  ],
});
