// kubectl's command line (cobra/pflag: flags anywhere) → subcommand, operands, flags, target cluster.
import { posix } from 'node:path';
import {
  hasOption,
  optionValue,
  optionValues,
  parseOptions,
  type ParsedArgs,
  type OptionSpec,
} from '../../argv/parse-options.js';
import type { EnvironmentSignal } from '../../environment.js';
import type { Context } from '../../types.js';
import { readKubeconfig } from './kubeconfig.js';
import { manifestObjects } from './manifest-objects.js';

const SPECS: OptionSpec[] = [
  { id: 'namespace', short: ['n'], long: ['namespace'], value: true },
  { id: 'context', long: ['context'], value: true },
  { id: 'kubeconfig', long: ['kubeconfig'], value: true },
  { id: 'server', short: ['s'], long: ['server'], value: true },
  { id: 'cluster', long: ['cluster'], value: true },
  { id: 'selector', short: ['l'], long: ['selector'], value: true },
  { id: 'field-selector', long: ['field-selector'], value: true },
  { id: 'filename', short: ['f'], long: ['filename'], value: true },
  { id: 'kustomize', short: ['k'], long: ['kustomize'], value: true },
  { id: 'all', long: ['all'] },
  { id: 'all-namespaces', short: ['A'], long: ['all-namespaces'] },
  { id: 'dry-run', long: ['dry-run'], value: 'optional' },
  { id: 'replicas', long: ['replicas'], value: true },
  { id: 'prune', long: ['prune'] },
  { id: 'force', long: ['force'] },
  { id: 'help', short: ['h'], long: ['help'] },
  { id: 'cascade', long: ['cascade'], value: 'optional' },
  { id: 'raw', long: ['raw'], value: true },
  {
    id: 'other-value',
    short: ['o', 'v', 'c'],
    long: [
      'user',
      'token',
      'as',
      'as-group',
      'as-uid',
      'certificate-authority',
      'client-certificate',
      'client-key',
      'request-timeout',
      'tls-server-name',
      'cache-dir',
      'v',
      'vmodule',
      'log-file',
      'output',
      'grace-period',
      'timeout',
      'current-replicas',
      'resource-version',
      'prune-allowlist',
      'prune-whitelist',
      'pod-selector',
      'chunk-size',
      'field-manager',
      'template',
      'container',
      'skip-wait-for-delete-timeout',
      'password',
      'username',
      'profile',
      'profile-output',
    ],
    value: true,
  },
];

export interface KubectlCall {
  subcommand?: string;
  operands: string[];
  parsed: ParsedArgs;
  namespace: string;
  /** How the namespace was decided, for details. */
  namespaceFrom: string;
  signals: EnvironmentSignal[];
}

export function parseKubectl(args: readonly string[], ctx: Context): KubectlCall {
  const parsed = parseOptions(args, SPECS, { style: 'pflag' });
  const [subcommand, ...operands] = parsed.positionals;
  const facts = readKubeconfig(optionValue(parsed, 'kubeconfig'), ctx);
  const signals: EnvironmentSignal[] = [];
  const server = optionValue(parsed, 'server');
  if (server) signals.push({ kind: 'kube-context', value: server, source: 'flag', detail: `--server ${server}` });
  const cluster = optionValue(parsed, 'cluster');
  if (cluster) signals.push({ kind: 'kube-context', value: cluster, source: 'flag', detail: `--cluster ${cluster}` });
  const flagContext = optionValue(parsed, 'context');
  const contextName = flagContext ?? facts.currentContext?.name;
  if (flagContext)
    signals.push({ kind: 'kube-context', value: flagContext, source: 'flag', detail: `--context ${flagContext}` });
  else if (facts.currentContext)
    signals.push({
      kind: 'kube-context',
      value: facts.currentContext.name,
      source: 'tool-config',
      detail: `current-context in ${displayPath(facts.currentContext.file, ctx)}`,
    });
  const flagNs = optionValue(parsed, 'namespace');
  const contextNs = contextName ? facts.namespaces.get(contextName) : undefined;
  const namespace = hasOption(parsed, 'all-namespaces') ? 'all-namespaces' : (flagNs ?? contextNs ?? 'default');
  const namespaceFrom = hasOption(parsed, 'all-namespaces')
    ? '-A/--all-namespaces'
    : flagNs
      ? `-n ${flagNs}`
      : contextNs
        ? `namespace of context ${contextName}`
        : 'default namespace';
  return { ...(subcommand !== undefined ? { subcommand } : {}), operands, parsed, namespace, namespaceFrom, signals };
}

function displayPath(path: string, ctx: Context): string {
  return path.startsWith(`${ctx.home}/`) ? `~/${path.slice(ctx.home.length + 1)}` : path;
}

/** `--dry-run` alone means client; any value but `none` sends nothing. */
export function isDryRun(call: KubectlCall): boolean {
  const flags = call.parsed.options.filter((o) => o.id === 'dry-run');
  const last = flags[flags.length - 1];
  return last !== undefined && last.value !== 'none' && last.value !== 'false';
}

export function isHelp(call: KubectlCall): boolean {
  return hasOption(call.parsed, 'help') || call.operands[0] === 'help';
}

const CLUSTER_SCOPED =
  /^(namespaces?|ns|nodes?|no|persistentvolumes?|pv|clusterroles?|clusterrolebindings?|customresourcedefinitions?|crds?|storageclass(es)?|sc|priorityclass(es)?|pc|ingressclass(es)?|apiservices?|mutatingwebhookconfigurations?|validatingwebhookconfigurations?|csidrivers?|csinodes?|volumeattachments?|runtimeclass(es)?)$/i;

/** `NAMESPACE/type/name`, or `type/name` for cluster-scoped kinds. */
export function objectName(type: string, name: string, namespace: string): string {
  const bare = type.split('.')[0] as string;
  return CLUSTER_SCOPED.test(bare) ? `${bare.toLowerCase()}/${name}` : `${namespace}/${bare.toLowerCase()}/${name}`;
}

export function isNamespaceOrVolume(type: string): boolean {
  return /^(namespaces?|ns|persistentvolumes?|pv|persistentvolumeclaims?|pvc)$/i.test(type.split('.')[0] as string);
}

/** The objects a TYPE NAME… / TYPE/NAME… / TYPE -l SEL / TYPE --all / -f FILE operand list names. */
export function targetObjects(call: KubectlCall, ctx: Context): { resources: string[]; details: string[] } {
  const ns = call.namespace;
  const resources: string[] = [];
  const details: string[] = [];
  for (const file of optionValues(call.parsed, 'filename')) {
    const text =
      file === '-'
        ? ctx.stdin?.text
        : /^https?:\/\//.test(file)
          ? undefined
          : ctx.fs.readText(posix.resolve(ctx.cwd, file));
    const objects = text === undefined ? undefined : manifestObjects(text);
    if (objects) resources.push(...objects.map((o) => objectName(o.kind, o.name, o.namespace ?? ns)));
    else resources.push(`file:${file === '-' ? 'stdin' : posix.basename(file)}`);
  }
  const raw = optionValue(call.parsed, 'raw');
  if (raw !== undefined) resources.push(`raw:${raw}`);
  for (const dir of optionValues(call.parsed, 'kustomize'))
    resources.push(`kustomize:${posix.basename(posix.resolve(ctx.cwd, dir))}`);
  const [first, ...rest] = call.operands;
  if (first !== undefined) {
    if (first.includes('/')) {
      for (const op of call.operands) {
        const slash = op.indexOf('/');
        resources.push(objectName(op.slice(0, slash), op.slice(slash + 1), ns));
      }
    } else {
      const types = first.split(',').filter(Boolean);
      const selector = optionValue(call.parsed, 'selector') ?? optionValue(call.parsed, 'field-selector');
      for (const type of types) {
        if (rest.length > 0) resources.push(...rest.map((name) => objectName(type, name, ns)));
        else if (selector !== undefined) resources.push(objectName(type, `[${selector.replace(/\s+/g, '')}]`, ns));
        else if (hasOption(call.parsed, 'all')) resources.push(objectName(type, '*', ns));
      }
    }
  }
  return { resources, details };
}
