import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked in fluxcd/flux2 cmd/flux at da2d22d: `uninstall`, `delete alert|alert-provider|helmrelease|image …|kustomization|receiver|source …`.
export default (): CatalogueTool => ({
  tool: 'flux',
  commands: ['flux'],
  docs: 'https://fluxcd.io/flux/cmd/flux_uninstall/',
  valueFlags: ['--namespace', '-n', '--kubeconfig'],
  environment: {
    flag: ['--context', '--kube-context'],
    envVar: 'KUBECONFIG',
    kind: 'kube-context',
  },
  operations: [
    {
      id: 'flux/uninstall',
      summary: 'flux uninstall: remove Flux and its custom resources from the cluster',
      message: 'Removes Flux from the cluster {{environment}} ({{resource}}).',
      rationale:
        "Uninstall deletes Flux's controllers and custom resources; with their finalizers workloads may be pruned.",
      safer: 'Suspend reconciliation instead (`flux suspend kustomization --all`).',
      undo: 'reinstall with flux bootstrap; pruned workloads come back from Git, their data does not',
      when: {
        args: ['uninstall'],
      },
      resource: {
        value: 'flux-system',
      },
      examples: {
        destructive: [
          {
            argv: ['flux', 'uninstall', '--silent'],
            resource: 'flux-system',
            environment: 'unknown',
          },
          {
            argv: ['flux', 'uninstall', '--context', 'prod'],
            resource: 'flux-system',
            environment: 'prod',
          },
          {
            argv: ['flux', 'uninstall', '--keep-namespace'],
            resource: 'flux-system',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['flux', 'check'],
          },
          {
            argv: ['flux', 'get', 'kustomizations'],
          },
          {
            argv: ['flux', 'suspend', 'kustomization', 'apps'],
          },
        ],
      },
    },
    {
      id: 'flux/delete',
      summary:
        'flux delete kustomization / helmrelease / source …: delete a Flux object (a pruning kustomization deletes its workloads)',
      message: 'Deletes the Flux object {{resource}} from {{environment}}.',
      rationale: 'Deleting a Kustomization with prune enabled garbage-collects every object it applied.',
      safer: 'Suspend it instead (`flux suspend kustomization NAME`).',
      undo: 'workloads come back from Git; data in pruned volumes does not',
      when: {
        args: ['delete', '*', '*'],
      },
      resource: {
        positional: 2,
      },
      examples: {
        destructive: [
          {
            argv: ['flux', 'delete', 'kustomization', 'apps', '--silent'],
            resource: 'apps',
            environment: 'unknown',
          },
          {
            argv: ['flux', 'delete', 'helmrelease', 'redis', '-n', 'cache', '--context', 'prod'],
            resource: 'redis',
            environment: 'prod',
          },
          {
            argv: ['flux', 'delete', 'source', 'git', 'infra'],
            resource: 'git',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['flux', 'get', 'kustomizations'],
          },
          {
            argv: ['flux', 'reconcile', 'kustomization', 'apps'],
          },
          {
            argv: ['flux', 'resume', 'kustomization', 'apps'],
          },
        ],
      },
    },
  ],
});
