import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked in k3d-io/k3d cmd/ at 46f3480: `cluster delete`, `node delete`, `registry delete`.
export default (): CatalogueTool => ({
  tool: 'k3d',
  commands: ['k3d'],
  docs: 'https://k3d.io/stable/usage/commands/k3d_cluster_delete/',
  operations: [
    {
      id: 'k3d/delete',
      summary: 'k3d cluster / node / registry delete: delete a local k3s cluster or part of it',
      message: 'Deletes the k3d {{resource}} on this machine.',
      rationale: 'The cluster containers and their volumes go.',
      safer: 'Stop it instead (`k3d cluster stop NAME`).',
      undo: 'no undo',
      when: {
        args: [
          ['cluster', 'node', 'registry'],
          ['delete', 'rm'],
        ],
      },
      resource: {
        positional: 2,
        default: 'k3s-default',
      },
      examples: {
        destructive: [
          {
            argv: ['k3d', 'cluster', 'delete', 'prod'],
            resource: 'prod',
            environment: 'unknown',
          },
          {
            argv: ['k3d', 'cluster', 'delete', '--all'],
            resource: 'k3s-default',
            environment: 'unknown',
          },
          {
            argv: ['k3d', 'registry', 'delete', 'k3d-registry'],
            resource: 'k3d-registry',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['k3d', 'cluster', 'list'],
          },
          {
            argv: ['k3d', 'cluster', 'create', 'dev'],
          },
          {
            argv: ['k3d', 'cluster', 'stop', 'dev'],
          },
        ],
      },
    },
  ],
});
