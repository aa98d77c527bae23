import type { Rule } from '../../src/core/rule.js';
import type { Context } from '../../src/core/types.js';
import { matchReadings } from '../../src/core/tools/railway/match-readings.js';
import { hasPath, type RailwayCall, type RailwayReading } from '../../src/core/tools/railway/parse-railway.js';
import { CHOSEN_INTERACTIVELY, serviceName } from '../../src/core/tools/railway/railway-target.js';
import { ACCOUNT_TOKEN, LINKED_PRODUCTION, LINKED_STAGING, PROJECT_TOKEN } from './fixtures.js';

function matchServiceDelete(reading: RailwayReading, ctx: Context) {
  if (!hasPath(reading, 'service', 'delete')) return null;
  return { resource: serviceName(reading, ctx) ?? CHOSEN_INTERACTIVELY };
}

export const serviceDelete: Rule<RailwayCall> = {
  id: 'railway/service-delete',
  summary: 'railway service delete: deletes a service and all its deployments from an environment',
  message: 'Deletes service {{resource}} from {{environment}}, with all its deployments.',
  rationale:
    'serviceDelete removes the service instance and its deployment history; volumes attached to it lose their service, and the configuration has to be rebuilt by hand.',
  safer:
    'Scale the service down or remove its domain instead; check `railway service list --json` for the exact name first.',
  match: (call, ctx) => matchReadings(call, ctx, matchServiceDelete),
  examples: {
    destructive: [
      {
        argv: ['railway', 'service', 'delete', '-s', 'api', '-e', 'production', '-y'],
        resource: 'api',
        environment: 'production',
      },
      {
        argv: ['railway', 'service', 'rm', '--service', 'worker'],
        files: LINKED_STAGING,
        resource: 'worker',
        environment: 'staging',
      },
      {
        argv: ['railway', 'service', 'remove', '-y'],
        files: LINKED_PRODUCTION,
        env: PROJECT_TOKEN,
        resource: 'svc-api',
        environment: 'unknown',
        note: 'the link still names the service under RAILWAY_TOKEN',
      },
      {
        argv: ['railway', 'service', 'delete', '-p', 'shop', '-e=prod', '--json'],
        env: ACCOUNT_TOKEN,
        resource: '(chosen interactively)',
        environment: 'prod',
      },
    ],
    benign: [
      { argv: ['railway', 'service', 'list', '--json'], files: LINKED_PRODUCTION },
      { argv: ['railway', 'service', 'status', '-s', 'delete'] },
      { argv: ['railway', 'service', 'link', 'delete'], note: 'links a service that happens to be called delete' },
      { argv: ['railway', 'service', 'delete', '-h'] },
    ],
  },
};
