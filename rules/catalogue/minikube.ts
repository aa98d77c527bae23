import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked in kubernetes/minikube cmd/minikube/cmd at eb25dbc: `delete` (--all, --purge).
export default (): CatalogueTool => ({
  tool: 'minikube',
  commands: ['minikube'],
  docs: 'https://minikube.sigs.k8s.io/docs/commands/delete/',
  environment: {
    flag: ['--profile', '-p'],
    envVar: 'MINIKUBE_PROFILE',
    kind: 'kube-context',
  },
  operations: [
    {
      id: 'minikube/delete',
      summary: 'minikube delete (--all --purge): delete a local cluster and its data',
      message: 'Deletes the minikube cluster {{resource}} ({{environment}}).',
      rationale: 'The VM or container and its volumes go; --purge also removes ~/.minikube.',
      safer: 'Stop it instead (`minikube stop`).',
      undo: 'no undo',
      when: {
        args: ['delete'],
      },
      resource: {
        flag: ['--profile', '-p'],
        default: 'minikube',
      },
      examples: {
        destructive: [
          {
            argv: ['minikube', 'delete', '--all', '--purge'],
            resource: 'minikube',
            environment: 'unknown',
          },
          {
            argv: ['minikube', 'delete', '-p', 'dev'],
            resource: 'dev',
            environment: 'dev',
          },
          {
            argv: ['minikube', 'delete'],
            resource: 'minikube',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['minikube', 'status'],
          },
          {
            argv: ['minikube', 'start'],
          },
          {
            argv: ['minikube', 'stop'],
          },
        ],
      },
    },
  ],
});
