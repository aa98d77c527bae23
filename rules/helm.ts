import { definePack } from '../src/core/rule.js';
import { resolveEnvironment } from '../src/core/environment.js';
import { parseHelm } from '../src/core/tools/helm/parse-helm.js';

const KUBECONFIG = {
  '/home/user/.kube/config':
    'contexts:\n- context:\n    cluster: prod-eu\n    namespace: shop\n  name: prod-eu\ncurrent-context: prod-eu\n',
};

export const helmPack = definePack({
  tool: 'helm',
  commands: ['helm'],
  prefilter: { words: ['uninstall', 'delete', 'del', 'un'] },
  parse: (args, ctx) => parseHelm(args, ctx),
  environment: (call, ctx) =>
    resolveEnvironment(call.signals, ctx, 'no --kube-context, HELM_KUBECONTEXT or current-context'),
  rules: [
    {
      id: 'helm/uninstall',
      summary: 'helm uninstall|delete|del|un RELEASE (removes every object of the release)',
      message: 'helm uninstall deletes release {{resource}} and all its Kubernetes objects in cluster {{environment}}',
      rationale:
        "helm never prompts; uninstall deletes the release's Deployments, Services, Secrets and (unless annotated keep) its PVCs, and without --keep-history the release record too, so `helm rollback` cannot bring it back.",
      safer:
        '`helm uninstall RELEASE --dry-run` to list what goes; `helm status RELEASE -n NS` to check the context; keep history with --keep-history.',
      match: (call, ctx) => {
        if (!['uninstall', 'delete', 'del', 'un'].includes(call.subcommand ?? '') || call.dryRun || call.help)
          return null;
        const environment = resolveEnvironment(
          call.signals,
          ctx,
          'no --kube-context, HELM_KUBECONTEXT or current-context',
        );
        return call.releases.map((r) => ({
          resource: `${call.namespace}/${r}`,
          environment,
          details: [`namespace: ${call.namespace} (${call.namespaceFrom})`],
        }));
      },
      examples: {
        destructive: [
          {
            argv: ['helm', 'uninstall', 'postgres'],
            files: KUBECONFIG,
            resource: 'shop/postgres',
            environment: 'prod-eu',
          },
          {
            argv: ['helm', 'del', 'redis', '-n', 'cache', '--kube-context', 'staging-us'],
            files: KUBECONFIG,
            resource: 'cache/redis',
            environment: 'staging-us',
          },
          {
            argv: ['helm', 'un', 'a', 'b', '--keep-history'],
            env: { HELM_NAMESPACE: 'apps', HELM_KUBECONTEXT: 'kind-dev' },
            resource: 'apps/b',
            environment: 'kind-dev',
          },
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
