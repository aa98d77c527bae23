import type { Rule } from '../../src/core/rule.js';
import type { Context } from '../../src/core/types.js';
import { matchReadings } from '../../src/core/tools/railway/match-readings.js';
import { hasPath, type RailwayCall, type RailwayReading } from '../../src/core/tools/railway/parse-railway.js';
import { CHOSEN_INTERACTIVELY, serviceName } from '../../src/core/tools/railway/railway-target.js';
import { LINKED_PRODUCTION, LINKED_STAGING, PROJECT_TOKEN } from './fixtures.js';

function matchDown(reading: RailwayReading, ctx: Context) {
  if (!hasPath(reading, 'down')) return null;
  return {
    resource: serviceName(reading, ctx) ?? CHOSEN_INTERACTIVELY,
    details: ['removes the latest successful deployment; the service stays, offline'],
  };
}

export const down: Rule<RailwayCall> = {
  id: 'railway/down',
  summary: 'railway down: removes the latest successful deployment of a service',
  message: 'Takes service {{resource}} in {{environment}} offline by removing its latest successful deployment.',
  rationale:
    'deploymentRemove cannot be undone: the service serves nothing until someone redeploys, and the removed deployment cannot be restored or rolled back to.',
  safer: 'Use `railway redeploy` or roll back in the dashboard; check the target with `railway status` first.',
  match: (call, ctx) => matchReadings(call, ctx, matchDown),
  examples: {
    destructive: [
      { argv: ['railway', 'down', '-s', 'api', '-e', 'production', '-y'], resource: 'api', environment: 'production' },
      {
        argv: ['railway', 'down'],
        files: LINKED_PRODUCTION,
        resource: 'svc-api',
        environment: 'production',
        note: 'service and environment from the link',
      },
      { argv: ['railway', 'down', '--service=web', '--environment=staging'], resource: 'web', environment: 'staging' },
      {
        argv: ['railway', 'down', '-y'],
        files: LINKED_STAGING,
        env: PROJECT_TOKEN,
        resource: '(chosen interactively)',
        environment: 'unknown',
        note: 'the token overrides the staging link',
      },
    ],
    benign: [
      { argv: ['railway', 'up', '--detach'], files: LINKED_PRODUCTION },
      { argv: ['railway', 'logs', '-s', 'down'] },
      { argv: ['railway', 'run', '--', 'docker', 'compose', 'down'] },
      { argv: ['railway', 'down', '--help'] },
    ],
  },
};
