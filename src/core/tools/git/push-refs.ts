// Which remote refs a `git push` overwrites or deletes, and the remote it goes to (git-push(1)).
import { hasOption, optionValue, parseOptions, type OptionSpec } from '../../argv/parse-options.js';
import type { EnvironmentSignal } from '../../environment.js';
import { defaultPushRemote, type GitRepo } from './git-repo.js';

const SPECS: OptionSpec[] = [
  { id: 'force', short: ['f'], long: ['force'] },
  { id: 'force-with-lease', long: ['force-with-lease'], value: 'optional' },
  { id: 'delete', short: ['d'], long: ['delete'] },
  { id: 'mirror', long: ['mirror'] },
  { id: 'prune', long: ['prune'] },
  { id: 'all', long: ['all', 'branches'] },
  { id: 'tags', long: ['tags'] },
  { id: 'dry-run', short: ['n'], long: ['dry-run'] },
  { id: 'repo', long: ['repo'], value: true },
  { id: 'push-option', short: ['o'], long: ['push-option'], value: true },
  { id: 'receive-pack', long: ['receive-pack', 'exec'], value: true },
  { id: 'recurse-submodules', long: ['recurse-submodules'], value: true },
  {
    id: 'other',
    short: ['u', 'q', 'v'],
    long: [
      'set-upstream',
      'quiet',
      'verbose',
      'porcelain',
      'atomic',
      'follow-tags',
      'progress',
      'thin',
      'no-verify',
      'verify',
      'force-if-includes',
      'signed',
      'no-force-with-lease',
      'ipv4',
      'ipv6',
    ],
  },
];

export interface PushedRef {
  /** Remote ref short name as a human says it: `main`, `v1.2`. */
  ref: string;
  how: 'force' | 'delete';
  why: string;
}

export interface PushPlan {
  remote: string;
  /** True when the remote came from the command line. */
  explicitRemote: boolean;
  refs: PushedRef[];
  dryRun: boolean;
}

export function planPush(args: readonly string[], repo: GitRepo | undefined): PushPlan {
  const parsed = parseOptions(args, SPECS, { style: 'gnu' });
  const given = optionValue(parsed, 'repo') ?? parsed.positionals[0];
  const remote = given ?? (repo ? defaultPushRemote(repo) : 'origin');
  const refspecs = parsed.positionals.slice(optionValue(parsed, 'repo') !== undefined ? 0 : 1);
  const forceFlag = parsed.options.find((o) => o.id === 'force' || o.id === 'force-with-lease');
  const deleting = hasOption(parsed, 'delete');
  const refs: PushedRef[] = [];
  if (hasOption(parsed, 'mirror'))
    refs.push({
      ref: 'all-refs',
      how: 'force',
      why: '--mirror force-updates and deletes every remote ref to match this repository',
    });
  for (const spec of refspecs) {
    const force = spec.startsWith('+');
    const body = force ? spec.slice(1) : spec;
    const colon = body.indexOf(':');
    const src = colon === -1 ? body : body.slice(0, colon);
    const dst = colon === -1 ? body : body.slice(colon + 1);
    // `:` / `+:` push the "matching" branches: nothing is deleted.
    if (src === '' && dst === '') {
      if (force || forceFlag)
        refs.push({
          ref: 'matching-branches',
          how: 'force',
          why: `refspec ${spec} force-updates every branch that exists on both sides`,
        });
      continue;
    }
    const name = shortRef(dst === '' ? src : dst, repo);
    if (deleting) refs.push({ ref: name, how: 'delete', why: '--delete removes the remote ref' });
    else if (colon !== -1 && src === '')
      refs.push({ ref: name, how: 'delete', why: `refspec ${spec} deletes the remote ref` });
    else if (force) refs.push({ ref: name, how: 'force', why: `refspec ${spec} forces the update` });
    else if (forceFlag) refs.push({ ref: name, how: 'force', why: `${forceFlag.raw} overwrites remote history` });
  }
  if (refspecs.length === 0 && forceFlag && !hasOption(parsed, 'mirror')) {
    const ref = hasOption(parsed, 'all')
      ? 'all-branches'
      : hasOption(parsed, 'tags')
        ? 'all-tags'
        : (repo?.branch ?? 'current-branch');
    refs.push({ ref, how: 'force', why: `${forceFlag.raw} overwrites remote history` });
  }
  if (hasOption(parsed, 'prune'))
    refs.push({
      ref: 'pruned-refs',
      how: 'delete',
      why: '--prune deletes remote branches that have no local counterpart',
    });
  return { remote, explicitRemote: given !== undefined, refs, dryRun: hasOption(parsed, 'dry-run') };
}

function shortRef(ref: string, repo: GitRepo | undefined): string {
  if (ref === 'HEAD' || ref === '@') return repo?.branch ?? 'HEAD';
  return ref.replace(/^refs\/(heads|tags)\//, '');
}

/** The remote as environment: its name first, then its URL so config can match either. */
export function remoteSignals(plan: PushPlan, repo: GitRepo | undefined): EnvironmentSignal[] {
  const url = repo?.config.get(`remote.${plan.remote}.pushurl`) ?? repo?.config.get(`remote.${plan.remote}.url`);
  const source = plan.explicitRemote ? 'flag' : 'tool-config';
  const how = plan.explicitRemote ? 'named on the command line' : 'default push remote from .git/config';
  if (url === undefined)
    return [{ kind: 'git-remote', value: plan.remote, source, detail: `remote ${plan.remote} (${how})` }];
  return [
    { kind: 'git-remote', value: plan.remote, source, detail: `remote ${plan.remote} = ${redactUrl(url)} (${how})` },
    {
      kind: 'git-remote',
      value: redactUrl(url),
      source: 'tool-config',
      detail: `remote.${plan.remote}.url in .git/config`,
    },
  ];
}

/** Credentials embedded in a remote URL are never shown. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/[^/@]+@/, '//***@');
}
