import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked in argoproj/argo-cd cmd/argocd/commands at 37ee009: app|appset|proj|cluster|repo|repocreds|account
// delete|rm, and (added) `app delete-resource APP` (deletes live resources of the app).
export default (): CatalogueTool => ({
  tool: 'argocd',
  commands: ['argocd'],
  docs: 'https://argo-cd.readthedocs.io/en/stable/user-guide/commands/argocd_app_delete/',
  valueFlags: ['--auth-token', '--config', '--propagation-policy', '-p', '--selector', '-l', '--grpc-web-root-path'],
  environment: {
    flag: '--server',
    envVar: 'ARGOCD_SERVER',
    kind: 'other',
  },
  operations: [
    {
      id: 'argocd/delete',
      summary:
        'argocd app / appset / proj / cluster / repo delete|rm: delete an application (with --cascade, its Kubernetes resources)',
      message: 'Deletes the Argo CD {{resource}} ({{environment}}).',
      rationale:
        'Deleting an app with cascade (the default) deletes every Kubernetes resource it manages, PVCs included.',
      safer: 'Use `--cascade=false` to keep the resources, or disable auto-sync first.',
      undo: 'resources managed by the app come back only by re-syncing from Git; data in deleted volumes is gone',
      when: {
        args: [
          ['app', 'appset', 'proj', 'cluster', 'repo', 'repocreds', 'account'],
          ['delete', 'rm', 'remove', 'delete-resource'],
        ],
        except: [
          {
            anyArg: ['--cascade=false'],
            args: ['app'],
            reason: 'the Kubernetes resources are kept; only the Argo CD record goes',
          },
        ],
      },
      resource: {
        positional: 2,
      },
      examples: {
        destructive: [
          {
            argv: ['argocd', 'app', 'delete', 'payments', '--cascade'],
            resource: 'payments',
            environment: 'unknown',
          },
          {
            argv: ['argocd', 'cluster', 'rm', 'https://prod.example.com', '--server', 'argocd.prod'],
            resource: 'https://prod.example.com',
            environment: 'argocd.prod',
          },
          {
            argv: ['argocd', 'appset', 'delete', 'tenants', '-y'],
            resource: 'tenants',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['argocd', 'app', 'sync', 'payments'],
          },
          {
            argv: ['argocd', 'app', 'list'],
          },
          {
            argv: ['argocd', 'app', 'delete', 'payments', '--cascade=false'],
          },
        ],
      },
    },
  ],
});
