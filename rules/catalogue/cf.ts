import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked in cloudfoundry/cli command/common/command_list_v7.go at ccfd649: every delete-* and purge-* command
// (delete-isolation-segment, delete-org-quota, delete-space-quota, delete-security-group, delete-service-broker added).
export default (): CatalogueTool => ({
  tool: 'cf',
  commands: ['cf', 'cf7', 'cf8'],
  docs: 'https://cli.cloudfoundry.org/en-US/v8/',
  environment: {
    envVar: 'CF_SPACE',
    kind: 'other',
  },
  operations: [
    {
      id: 'cf/delete',
      summary:
        'cf delete / delete-space / delete-org / delete-service / purge-service-instance / delete-route …: delete an app, a space, an org or a service instance',
      message: 'Deletes the Cloud Foundry {{resource}} ({{environment}}).',
      rationale: 'A deleted space takes every app and service instance in it; -f skips the prompt.',
      safer: 'Stop the app instead (`cf stop APP`), and back up service data first.',
      undo: 'no undo',
      when: {
        args: [
          [
            'delete',
            'delete-space',
            'delete-org',
            'delete-service',
            'delete-service-key',
            'purge-service-instance',
            'purge-service-offering',
            'delete-route',
            'delete-orphaned-routes',
            'delete-buildpack',
            'delete-user',
            'delete-domain',
            'delete-shared-domain',
            'delete-private-domain',
            'delete-isolation-segment',
            'delete-org-quota',
            'delete-space-quota',
            'delete-security-group',
            'delete-service-broker',
          ],
          '*',
        ],
      },
      resource: {
        positional: 1,
      },
      examples: {
        destructive: [
          {
            argv: ['cf', 'delete', 'acme-api', '-r', '-f'],
            resource: 'acme-api',
            environment: 'unknown',
          },
          {
            argv: ['cf', 'delete-space', 'production', '-f'],
            resource: 'production',
            environment: 'unknown',
          },
          {
            argv: ['cf', 'purge-service-instance', 'orders-db', '-f'],
            resource: 'orders-db',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['cf', 'apps'],
          },
          {
            argv: ['cf', 'stop', 'acme-api'],
          },
          {
            argv: ['cf', 'services'],
          },
        ],
      },
    },
  ],
});
