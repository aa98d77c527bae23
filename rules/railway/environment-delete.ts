import { resolveEnvironment, unknownEnvironment } from '../../src/core/environment.js';
import type { Rule } from '../../src/core/rule.js';
import type { Context, Environment } from '../../src/core/types.js';
import { matchReadings } from '../../src/core/tools/railway/match-readings.js';
import {
  hasPath,
  operandAt,
  type RailwayCall,
  type RailwayReading,
} from '../../src/core/tools/railway/parse-railway.js';
import { projectName } from '../../src/core/tools/railway/railway-target.js';
import { LINKED_PRODUCTION, LINKED_STAGING, PROJECT_TOKEN } from './fixtures.js';

// The environment of `environment delete ENV` is ENV itself; the resource is the project it belongs to,
// so the phrase reads "staging/shop" — environment staging of project shop.
export const UNKNOWN_PROJECT = 'unknown-project';

function deletedEnvironment(name: string | undefined, ctx: Context): Environment {
  if (name === undefined) return unknownEnvironment('no environment is named: railway will ask which one to delete');
  return resolveEnvironment(
    [{ kind: 'railway-environment', value: name, source: 'target', detail: `the environment being deleted: ${name}` }],
    ctx,
  );
}

function matchEnvironmentDelete(reading: RailwayReading, ctx: Context) {
  if (!hasPath(reading, 'environment', 'delete')) return null;
  const project = projectName(reading, ctx);
  const details =
    project === undefined
      ? ['the project is whichever one the credentials or link point at; guard cannot name it offline']
      : [];
  return { resource: project ?? UNKNOWN_PROJECT, environment: deletedEnvironment(operandAt(reading, 2), ctx), details };
}

export const environmentDelete: Rule<RailwayCall> = {
  id: 'railway/environment-delete',
  summary: 'railway environment delete ENV: deletes an environment with its services, volumes and variables',
  message:
    'Deletes environment {{environment}} of project {{resource}}, with every service deployment, volume and variable in it.',
  rationale:
    'environmentDelete removes the whole environment: its volumes (and their data), variables and deployments. Names match case-insensitively, so `Production` and `production` are the same environment.',
  safer: 'Check `railway environment list --json` first; for PR or scratch environments, let Railway clean them up.',
  match: (call, ctx) => matchReadings(call, ctx, matchEnvironmentDelete),
  examples: {
    destructive: [
      {
        argv: ['railway', 'environment', 'delete', 'staging', '-y'],
        files: LINKED_PRODUCTION,
        resource: 'shop',
        environment: 'staging',
      },
      { argv: ['railway', 'env', 'rm', 'pr-42'], files: LINKED_STAGING, resource: 'shop', environment: 'pr-42' },
      {
        argv: ['railway', 'environment', 'remove', 'production', '--yes', '--json'],
        files: LINKED_STAGING,
        env: PROJECT_TOKEN,
        resource: 'unknown-project',
        environment: 'production',
      },
      {
        argv: ['railway', 'environment', 'delete', '--', 'pr-7'],
        files: LINKED_STAGING,
        resource: 'shop',
        environment: 'pr-7',
      },
      {
        argv: ['railway', 'environment', 'delete'],
        files: LINKED_PRODUCTION,
        resource: 'shop',
        environment: 'unknown',
        note: 'the picker chooses; treated as production',
      },
    ],
    benign: [
      {
        argv: ['railway', 'environment', 'staging'],
        files: LINKED_PRODUCTION,
        note: 'only switches the linked environment',
      },
      { argv: ['railway', 'environment', 'list', '--json'] },
      { argv: ['railway', 'env', 'new', 'delete-me', '--duplicate', 'production'] },
      { argv: ['railway', 'environment', 'link', 'remove'], note: 'links an environment named remove' },
      { argv: ['railway', 'environment', 'delete', 'staging', '--help'] },
    ],
  },
};
