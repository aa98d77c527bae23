import { definePack, type RuleMatch } from '../src/core/rule.js';
import { hasOption, optionValue } from '../src/core/argv/parse-options.js';
import { resolveEnvironment } from '../src/core/environment.js';
import {
  isDryRun,
  isHelp,
  isNamespaceOrVolume,
  objectName,
  parseKubectl,
  targetObjects,
  type KubectlCall,
} from '../src/core/tools/kubectl/kubectl-args.js';
import type { Context } from '../src/core/types.js';

const KUBECONFIG = {
  '/home/user/.kube/config': [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    '- cluster:',
    '    server: https://10.0.0.1:6443',
    '  name: prod-eu',
    'contexts:',
    '- context:',
    '    cluster: prod-eu',
    '    namespace: shop',
    '    user: admin',
    '  name: prod-eu',
    '- context:',
    '    cluster: kind-dev',
    '    user: kind-dev',
    '  name: kind-dev',
    'current-context: prod-eu',
    '',
  ].join('\n'),
};
const MANIFEST = {
  '/home/user/project/db.yaml':
    'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: postgres\n  labels:\n    app: db\n---\napiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: data-postgres-0\n  namespace: data\n',
};

function env(call: KubectlCall, ctx: Context) {
  return resolveEnvironment(call.signals, ctx, 'no --context and no current-context in any kubeconfig');
}

function objects(call: KubectlCall, ctx: Context, extra: string[] = []): RuleMatch[] | null {
  const { resources } = targetObjects(call, ctx);
  if (resources.length === 0) return null;
  const environment = env(call, ctx);
  return resources.map((resource) => ({
    resource,
    environment,
    details: [`namespace: ${call.namespace} (${call.namespaceFrom})`, ...extra],
  }));
}

const active = (call: KubectlCall, sub: string) => call.subcommand === sub && !isDryRun(call) && !isHelp(call);

export const kubectlPack = definePack({
  tool: 'kubectl',
  commands: ['kubectl'],
  readsStdin: (args) =>
    args.some((a, i) => (a === '-f' || a === '--filename') && args[i + 1] === '-') ||
    args.includes('--filename=-') ||
    args.includes('-f=-'),
  prefilter: { words: ['delete', 'drain', 'scale', 'apply', 'replace'] },
  parse: (args, ctx) => parseKubectl(args, ctx),
  environment: (call, ctx) => env(call, ctx),
  rules: [
    {
      id: 'kubectl/delete',
      summary: 'kubectl delete of objects, selectors, files, namespaces or volumes',
      message: 'kubectl delete removes {{resource}} from cluster {{environment}} at once; kubectl never asks',
      rationale:
        'kubectl delete has no confirmation; deleting a namespace deletes everything in it, deleting a PVC/PV can release or destroy the data, and --all/-l/-A widen it to many objects.',
      safer:
        'Run the same command with `--dry-run=server -o name` to list what it would delete, and name objects explicitly with `-n NAMESPACE --context CONTEXT`.',
      match: (call, ctx) => {
        if (!active(call, 'delete')) return null;
        const [first] = call.operands;
        const widen = [
          ...(hasOption(call.parsed, 'all-namespaces') ? ['-A: every namespace'] : []),
          ...(first && first.split(/[,/]/).some(isNamespaceOrVolume)
            ? ['namespaces and volumes take their data with them']
            : []),
        ];
        return objects(call, ctx, widen);
      },
      examples: {
        destructive: [
          {
            argv: ['kubectl', 'delete', 'pvc', 'data-postgres-0'],
            files: KUBECONFIG,
            resource: 'shop/pvc/data-postgres-0',
            environment: 'prod-eu',
          },
          {
            argv: ['kubectl', '--context', 'kind-dev', 'delete', 'namespace', 'payments'],
            files: KUBECONFIG,
            resource: 'namespace/payments',
            environment: 'kind-dev',
          },
          {
            argv: ['kubectl', 'delete', 'pods', '--all', '-A'],
            files: KUBECONFIG,
            resource: 'all-namespaces/pods/*',
            environment: 'prod-eu',
          },
          {
            argv: ['kubectl', 'delete', 'deploy/web', '-n', 'staging'],
            files: KUBECONFIG,
            resource: 'staging/deploy/web',
          },
          {
            argv: ['kubectl', 'delete', '-f', 'db.yaml'],
            files: { ...KUBECONFIG, ...MANIFEST },
            resource: 'data/persistentvolumeclaim/data-postgres-0',
            environment: 'prod-eu',
          },
          {
            argv: ['kubectl', 'delete', 'pv', 'pv-001'],
            resource: 'pv/pv-001',
            environment: 'unknown',
            note: 'no kubeconfig: unknown cluster',
          },
          {
            argv: ['kubectl', 'delete', '--raw', '/api/v1/namespaces/payments'],
            files: KUBECONFIG,
            resource: 'raw:/api/v1/namespaces/payments',
            environment: 'prod-eu',
          },
          {
            argv: ['kubectl', 'delete', '-k', 'overlays/prod'],
            env: { KUBECONFIG: '/home/user/.kube/config:/home/user/.kube/eks' },
            files: { '/home/user/.kube/eks': 'current-context: eks-prod\n' },
            resource: 'kustomize:prod',
            environment: 'eks-prod',
          },
          {
            argv: ['kubectl', 'delete', 'po', '-l', 'app=web', '--kubeconfig', '/etc/k8s/admin.conf'],
            files: { '/etc/k8s/admin.conf': 'current-context: "ops-prod"\n' },
            resource: 'default/po/[app=web]',
            environment: 'ops-prod',
          },
        ],
        benign: [
          { argv: ['kubectl', 'get', 'pods', '-A'], files: KUBECONFIG },
          {
            argv: ['kubectl', 'delete', 'pvc', 'data-postgres-0', '--dry-run=server', '-o', 'name'],
            files: KUBECONFIG,
          },
          { argv: ['kubectl', 'delete', '--help'], files: KUBECONFIG },
          { argv: ['kubectl', 'describe', 'namespace', 'delete-me'], files: KUBECONFIG },
          {
            argv: ['kubectl', 'delete', 'pods'],
            files: KUBECONFIG,
            note: 'kubectl refuses: no name, selector or --all',
          },
        ],
      },
    },
    {
      id: 'kubectl/drain',
      summary: 'kubectl drain NODE (evicts every pod on the node)',
      message:
        'kubectl drain evicts every pod from {{resource}} in cluster {{environment}}; emptyDir data of those pods is deleted',
      rationale:
        'Draining cordons the node and evicts all its pods; with --delete-emptydir-data their local data is gone, and single-replica workloads go down.',
      safer: '`kubectl drain NODE --dry-run=server` first; check PodDisruptionBudgets.',
      match: (call, ctx) => {
        if (!active(call, 'drain')) return null;
        const names =
          call.operands.length > 0
            ? call.operands
            : optionValue(call.parsed, 'selector')
              ? [`[${optionValue(call.parsed, 'selector')}]`]
              : [];
        if (names.length === 0) return null;
        const environment = env(call, ctx);
        return names.map((n) => ({ resource: objectName('node', n, call.namespace), environment }));
      },
      examples: {
        destructive: [
          {
            argv: ['kubectl', 'drain', 'ip-10-0-1-5', '--ignore-daemonsets'],
            files: KUBECONFIG,
            resource: 'node/ip-10-0-1-5',
            environment: 'prod-eu',
          },
          {
            argv: ['kubectl', 'drain', '--context=kind-dev', 'kind-worker', '--delete-emptydir-data', '--force'],
            files: KUBECONFIG,
            resource: 'node/kind-worker',
            environment: 'kind-dev',
          },
          { argv: ['kubectl', 'drain', 'n1'], resource: 'node/n1', environment: 'unknown' },
          {
            argv: ['kubectl', '--cluster', 'prod-us', 'drain', 'n2'],
            files: KUBECONFIG,
            resource: 'node/n2',
            environment: 'prod-us',
            note: "--cluster overrides the context's cluster",
          },
        ],
        benign: [
          { argv: ['kubectl', 'drain', 'n1', '--dry-run=client'], files: KUBECONFIG },
          { argv: ['kubectl', 'cordon', 'n1'], files: KUBECONFIG },
          { argv: ['kubectl', 'get', 'node', 'drain'], files: KUBECONFIG },
        ],
      },
    },
    {
      id: 'kubectl/scale-to-zero',
      summary: 'kubectl scale --replicas=0 (takes the workload down)',
      message: 'scaling {{resource}} to zero in cluster {{environment}} stops every replica',
      rationale:
        'Scale to zero is an outage for that workload; for StatefulSets it is often the first step of deleting their volumes.',
      safer: 'Scale down gradually, or confirm the workload and context with `kubectl get TYPE NAME -o wide` first.',
      match: (call, ctx) => {
        if (!active(call, 'scale') || optionValue(call.parsed, 'replicas') !== '0') return null;
        return objects(call, ctx);
      },
      examples: {
        destructive: [
          {
            argv: ['kubectl', 'scale', 'deployment', 'web', '--replicas=0'],
            files: KUBECONFIG,
            resource: 'shop/deployment/web',
            environment: 'prod-eu',
          },
          {
            argv: ['kubectl', 'scale', '--replicas', '0', 'statefulset/postgres', '-n', 'data'],
            files: KUBECONFIG,
            resource: 'data/statefulset/postgres',
            environment: 'prod-eu',
          },
          {
            argv: ['kubectl', 'scale', 'deploy', '--all', '--replicas=0', '--context', 'kind-dev'],
            files: KUBECONFIG,
            resource: 'default/deploy/*',
            environment: 'kind-dev',
          },
        ],
        benign: [
          { argv: ['kubectl', 'scale', 'deployment', 'web', '--replicas=3'], files: KUBECONFIG },
          { argv: ['kubectl', 'scale', 'deployment', 'web', '--replicas=0', '--dry-run=client'], files: KUBECONFIG },
          { argv: ['kubectl', 'scale', 'deployment', 'web', '--replicas=10'], files: KUBECONFIG },
        ],
      },
    },
    {
      id: 'kubectl/apply-prune',
      summary: 'kubectl apply --prune (deletes live objects missing from the manifests)',
      message:
        'kubectl apply --prune deletes every object matching {{resource}} in cluster {{environment}} that the manifests do not list',
      rationale:
        'Prune deletes whatever is not in the applied set; a partial manifest directory or a wrong selector deletes unrelated workloads and their volumes.',
      safer:
        '`kubectl diff` and `kubectl apply --prune --dry-run=server` first; prefer ApplySets with explicit allowlists.',
      match: (call, ctx) => {
        if (!active(call, 'apply') || !hasOption(call.parsed, 'prune')) return null;
        const selector = optionValue(call.parsed, 'selector');
        const scope = selector ? `[${selector.replace(/\s+/g, '')}]` : hasOption(call.parsed, 'all') ? '*' : 'applyset';
        return {
          resource: `${call.namespace}/prune/${scope}`,
          environment: env(call, ctx),
          details: [`manifests: ${targetObjects(call, ctx).resources.join(', ') || '(none)'}`],
        };
      },
      examples: {
        destructive: [
          {
            argv: ['kubectl', 'apply', '-f', 'k8s/', '--prune', '-l', 'app=web'],
            files: KUBECONFIG,
            resource: 'shop/prune/[app=web]',
            environment: 'prod-eu',
          },
          {
            argv: ['kubectl', 'apply', '--prune', '--all', '-f', 'db.yaml', '-n', 'data'],
            files: { ...KUBECONFIG, ...MANIFEST },
            resource: 'data/prune/*',
            environment: 'prod-eu',
          },
          {
            argv: ['kubectl', '--context', 'kind-dev', 'apply', '-k', 'overlays/dev', '--prune', '-l', 'team=a'],
            files: KUBECONFIG,
            resource: 'default/prune/[team=a]',
            environment: 'kind-dev',
          },
        ],
        benign: [
          { argv: ['kubectl', 'apply', '-f', 'k8s/'], files: KUBECONFIG },
          {
            argv: ['kubectl', 'apply', '-f', 'k8s/', '--prune', '-l', 'app=web', '--dry-run=server'],
            files: KUBECONFIG,
          },
          { argv: ['kubectl', 'diff', '-f', 'k8s/', '--prune'], files: KUBECONFIG },
        ],
      },
    },
    {
      id: 'kubectl/replace-force',
      summary: 'kubectl replace --force (deletes then recreates the objects)',
      message:
        'kubectl replace --force deletes {{resource}} in cluster {{environment}} before recreating it; its pods and anything owned by it go too',
      rationale:
        'With --force, replace is a delete followed by a create: owned objects are garbage-collected and a failed create leaves nothing.',
      safer: '`kubectl apply` or plain `kubectl replace` (update in place); `kubectl diff -f FILE` first.',
      match: (call, ctx) => {
        if (!active(call, 'replace') || !hasOption(call.parsed, 'force')) return null;
        return objects(call, ctx);
      },
      examples: {
        destructive: [
          {
            argv: ['kubectl', 'replace', '--force', '-f', 'db.yaml'],
            files: { ...KUBECONFIG, ...MANIFEST },
            resource: 'shop/statefulset/postgres',
            environment: 'prod-eu',
          },
          {
            argv: ['kubectl', 'replace', '--force', '-f', 'job.yaml', '--context', 'kind-dev'],
            files: KUBECONFIG,
            resource: 'file:job.yaml',
            environment: 'kind-dev',
          },
          {
            argv: ['kubectl', 'replace', '-f', '-', '--force'],
            stdin: '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"app-config","namespace":"web"}}',
            files: KUBECONFIG,
            resource: 'web/configmap/app-config',
            environment: 'prod-eu',
          },
        ],
        benign: [
          { argv: ['kubectl', 'replace', '-f', 'db.yaml'], files: { ...KUBECONFIG, ...MANIFEST } },
          {
            argv: ['kubectl', 'replace', '--force', '-f', 'db.yaml', '--dry-run=client'],
            files: { ...KUBECONFIG, ...MANIFEST },
          },
          { argv: ['kubectl', 'get', '-f', 'db.yaml', '--force'], files: { ...KUBECONFIG, ...MANIFEST } },
        ],
      },
    },
  ],
});
