import { definePack } from '../src/core/rule.js';
import { hasOption, optionValue, parseOptions } from '../src/core/argv/parse-options.js';
import { resolveEnvironment, type EnvironmentSignal } from '../src/core/environment.js';
import { readKubeconfig } from '../src/core/tools/kube/kubeconfig.js';
import type { Context } from '../src/core/types.js';

const SPECS = [
  { id: 'namespace', short: ['n'], long: ['namespace'], value: true },
  { id: 'kube-context', long: ['kube-context'], value: true },
  { id: 'kubeconfig', long: ['kubeconfig'], value: true },
  { id: 'dry-run', long: ['dry-run'], value: 'optional' as const },
  { id: 'keep-history', long: ['keep-history'] },
  { id: 'help', short: ['h'], long: ['help'] },
  { id: 'other', long: ['cascade', 'timeout', 'description', 'kube-apiserver', 'kube-as-user', 'kube-as-group', 'kube-ca-file', 'kube-token', 'kube-tls-server-name', 'registry-config', 'repository-cache', 'repository-config', 'burst-limit', 'qps'], value: true },
];

interface HelmCall {
  subcommand?: string;
  releases: string[];
  namespace: string;
  namespaceFrom: string;
  signals: EnvironmentSignal[];
  dryRun: boolean;
  help: boolean;
}

function parseHelm(args: readonly string[], ctx: Context): HelmCall {
  const parsed = parseOptions(args, SPECS, { style: 'pflag' });
  const [subcommand, ...releases] = parsed.positionals;
  const facts = readKubeconfig(optionValue(parsed, 'kubeconfig'), ctx);
  const flagContext = optionValue(parsed, 'kube-context');
  const signals: EnvironmentSignal[] = [];
  if (flagContext) signals.push({ kind: 'kube-context', value: flagContext, source: 'flag', detail: `--kube-context ${flagContext}` });
  else if (ctx.env.HELM_KUBECONTEXT) signals.push({ kind: 'kube-context', value: ctx.env.HELM_KUBECONTEXT, source: 'env', detail: `HELM_KUBECONTEXT=${ctx.env.HELM_KUBECONTEXT}` });
  else if (facts.currentContext) signals.push({ kind: 'kube-context', value: facts.currentContext.name, source: 'tool-config', detail: `current-context in ${facts.currentContext.file}` });
  const contextNs = signals[0] ? facts.namespaces.get(signals[0].value) : undefined;
  const flagNs = optionValue(parsed, 'namespace');
  const namespace = flagNs ?? ctx.env.HELM_NAMESPACE ?? contextNs ?? 'default';
  const namespaceFrom = flagNs ? `-n ${flagNs}` : ctx.env.HELM_NAMESPACE ? 'HELM_NAMESPACE' : contextNs ? 'namespace of the kube context' : 'default namespace';
  const dry = parsed.options.filter((o) => o.id === 'dry-run').pop();
  return {
    ...(subcommand !== undefined ? { subcommand } : {}),
    releases,
    namespace,
    namespaceFrom,
    signals,
    dryRun: dry !== undefined && dry.value !== 'false' && dry.value !== 'none',
    help: hasOption(parsed, 'help'),
  };
}

const KUBECONFIG = { '/home/user/.kube/config': 'contexts:\n- context:\n    cluster: prod-eu\n    namespace: shop\n  name: prod-eu\ncurrent-context: prod-eu\n' };

export const helmPack = definePack({
  tool: 'helm',
  commands: ['helm'],
  prefilter: { words: ['uninstall', 'delete', 'del', 'un'] },
  parse: (args, ctx) => parseHelm(args, ctx),
  environment: (call, ctx) => resolveEnvironment(call.signals, ctx, 'no --kube-context, HELM_KUBECONTEXT or current-context'),
  rules: [
    {
      id: 'helm/uninstall',
      summary: 'helm uninstall|delete|del|un RELEASE (removes every object of the release)',
      message: 'helm uninstall deletes release {{resource}} and all its Kubernetes objects in cluster {{environment}}',
      rationale: 'helm never prompts; uninstall deletes the release\'s Deployments, Services, Secrets and (unless annotated keep) its PVCs, and without --keep-history the release record too, so `helm rollback` cannot bring it back.',
      safer: '`helm uninstall RELEASE --dry-run` to list what goes; `helm status RELEASE -n NS` to check the context; keep history with --keep-history.',
      match: (call, ctx) => {
        if (!['uninstall', 'delete', 'del', 'un'].includes(call.subcommand ?? '') || call.dryRun || call.help) return null;
        const environment = resolveEnvironment(call.signals, ctx, 'no --kube-context, HELM_KUBECONTEXT or current-context');
        return call.releases.map((r) => ({ resource: `${call.namespace}/${r}`, environment, details: [`namespace: ${call.namespace} (${call.namespaceFrom})`] }));
      },
      examples: {
        destructive: [
          { argv: ['helm', 'uninstall', 'postgres'], files: KUBECONFIG, resource: 'shop/postgres', environment: 'prod-eu' },
          { argv: ['helm', 'del', 'redis', '-n', 'cache', '--kube-context', 'staging-us'], files: KUBECONFIG, resource: 'cache/redis', environment: 'staging-us' },
          { argv: ['helm', 'un', 'a', 'b', '--keep-history'], env: { HELM_NAMESPACE: 'apps', HELM_KUBECONTEXT: 'kind-dev' }, resource: 'apps/b', environment: 'kind-dev' },
          { argv: ['helm', 'delete', 'web'], resource: 'default/web', environment: 'unknown' },
        ],
        benign: [
          { argv: ['helm', 'uninstall', 'postgres', '--dry-run'], files: KUBECONFIG },
          { argv: ['helm', 'status', 'uninstall'], files: KUBECONFIG },
          { argv: ['helm', 'uninstall', '--help'], files: KUBECONFIG },
          { argv: ['helm', 'list', '-n', 'delete'], files: KUBECONFIG },
        ],
      },
    },
  ],
});
