// helm's options, the releases a subcommand names, and the kube context and namespace they act in.
import { hasOption, optionValue, parseOptions } from '../../argv/parse-options.js';
import type { EnvironmentSignal } from '../../environment.js';
import { readKubeconfig } from '../kubectl/kubeconfig.js';
import type { Context } from '../../types.js';

const SPECS = [
  { id: 'namespace', short: ['n'], long: ['namespace'], value: true },
  { id: 'kube-context', long: ['kube-context'], value: true },
  { id: 'kubeconfig', long: ['kubeconfig'], value: true },
  { id: 'dry-run', long: ['dry-run'], value: 'optional' as const },
  { id: 'keep-history', long: ['keep-history'] },
  { id: 'help', short: ['h'], long: ['help'] },
  {
    id: 'other',
    long: [
      'cascade',
      'timeout',
      'description',
      'kube-apiserver',
      'kube-as-user',
      'kube-as-group',
      'kube-ca-file',
      'kube-token',
      'kube-tls-server-name',
      'registry-config',
      'repository-cache',
      'repository-config',
      'burst-limit',
      'qps',
    ],
    value: true,
  },
];

export interface HelmCall {
  subcommand?: string;
  releases: string[];
  namespace: string;
  namespaceFrom: string;
  signals: EnvironmentSignal[];
  dryRun: boolean;
  help: boolean;
}

export function parseHelm(args: readonly string[], ctx: Context): HelmCall {
  const parsed = parseOptions(args, SPECS, { style: 'pflag' });
  const [subcommand, ...releases] = parsed.positionals;
  const facts = readKubeconfig(optionValue(parsed, 'kubeconfig'), ctx);
  const flagContext = optionValue(parsed, 'kube-context');
  const signals: EnvironmentSignal[] = [];
  if (flagContext)
    signals.push({ kind: 'kube-context', value: flagContext, source: 'flag', detail: `--kube-context ${flagContext}` });
  else if (ctx.env.HELM_KUBECONTEXT)
    signals.push({
      kind: 'kube-context',
      value: ctx.env.HELM_KUBECONTEXT,
      source: 'env',
      detail: `HELM_KUBECONTEXT=${ctx.env.HELM_KUBECONTEXT}`,
    });
  else if (facts.currentContext)
    signals.push({
      kind: 'kube-context',
      value: facts.currentContext.name,
      source: 'tool-config',
      detail: `current-context in ${facts.currentContext.file}`,
    });
  const contextNs = signals[0] ? facts.namespaces.get(signals[0].value) : undefined;
  const flagNs = optionValue(parsed, 'namespace');
  const namespace = flagNs ?? ctx.env.HELM_NAMESPACE ?? contextNs ?? 'default';
  const namespaceFrom = flagNs
    ? `-n ${flagNs}`
    : ctx.env.HELM_NAMESPACE
      ? 'HELM_NAMESPACE'
      : contextNs
        ? 'namespace of the kube context'
        : 'default namespace';
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
