import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked in eksctl-io/eksctl pkg/ctl/delete at 99984ad: cluster, nodegroup, fargateprofile, iamserviceaccount, addon,
// podidentityassociation, accessentry.
export default (): CatalogueTool => ({
  tool: 'eksctl',
  commands: ['eksctl'],
  docs: 'https://eksctl.io/usage/creating-and-managing-clusters/',
  valueFlags: ['--cluster', '--region', '-r', '--config-file', '-f', '--namespace'],
  environment: {
    flag: '--profile',
    envVar: ['AWS_PROFILE', 'AWS_DEFAULT_PROFILE'],
    kind: 'aws-profile',
  },
  operations: [
    {
      id: 'eksctl/delete',
      summary:
        'eksctl delete cluster / nodegroup / fargateprofile / iamserviceaccount / addon / podidentityassociation: delete an EKS cluster or part of it',
      message: 'Deletes the EKS {{resource}} ({{environment}}).',
      rationale:
        'Deleting a cluster removes its control plane, node groups and the workloads on them; volumes with Delete reclaim policy go too.',
      safer: 'Drain and scale to zero first; back up with Velero.',
      undo: 'no undo',
      when: {
        args: [
          'delete',
          [
            'cluster',
            'nodegroup',
            'ng',
            'fargateprofile',
            'iamserviceaccount',
            'addon',
            'podidentityassociation',
            'accessentry',
          ],
        ],
      },
      valueFlags: ['--name', '-n'],
      resource: {
        flag: ['--name', '-n'],
        default: 'the cluster in the config file',
      },
      examples: {
        destructive: [
          {
            argv: ['eksctl', 'delete', 'cluster', '--name', 'prod-eu'],
            resource: 'prod-eu',
            environment: 'unknown',
          },
          {
            argv: ['eksctl', 'delete', 'nodegroup', '--cluster', 'prod', '--name', 'ng-1', '--profile', 'prod'],
            resource: 'ng-1',
            environment: 'prod',
          },
          {
            argv: ['eksctl', 'delete', 'cluster', '-f', 'cluster.yaml'],
            resource: 'the cluster in the config file',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['eksctl', 'get', 'cluster'],
          },
          {
            argv: ['eksctl', 'create', 'cluster', '--name', 'dev'],
          },
          {
            argv: ['eksctl', 'scale', 'nodegroup', '--cluster', 'prod', '--name', 'ng-1', '--nodes', '2'],
          },
        ],
      },
    },
  ],
});
