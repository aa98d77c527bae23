import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked in kubernetes-sigs/kind pkg/cmd/kind/delete at fed2688: `delete cluster`, `delete clusters`.
export default (): CatalogueTool => ({
  tool: 'kind',
  commands: ['kind'],
  docs: 'https://kind.sigs.k8s.io/docs/user/quick-start/#deleting-a-cluster',
  operations: [
    {
      id: 'kind/delete',
      summary: 'kind delete cluster / clusters: delete local Kubernetes-in-Docker clusters',
      message: 'Deletes the kind cluster {{resource}} on this machine.',
      rationale: 'The node containers and everything stored in the cluster go.',
      safer: 'Export what you need first (kubectl get -o yaml).',
      undo: 'no undo',
      when: {
        args: ['delete', ['cluster', 'clusters']],
      },
      valueFlags: ['--name', '-n'],
      resource: {
        flag: ['--name', '-n'],
        default: 'kind',
      },
      examples: {
        destructive: [
          {
            argv: ['kind', 'delete', 'cluster', '--name', 'dev'],
            resource: 'dev',
            environment: 'unknown',
          },
          {
            argv: ['kind', 'delete', 'cluster'],
            resource: 'kind',
            environment: 'unknown',
          },
          {
            argv: ['kind', 'delete', 'clusters', '--all'],
            resource: 'kind',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['kind', 'create', 'cluster', '--name', 'dev'],
          },
          {
            argv: ['kind', 'get', 'clusters'],
          },
          {
            argv: ['kind', 'load', 'docker-image', 'app:dev'],
          },
        ],
      },
    },
  ],
});
