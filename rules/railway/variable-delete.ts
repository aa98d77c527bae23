import type { Rule } from '../../src/core/rule.js';
import type { Context } from '../../src/core/types.js';
import { matchReadings } from '../../src/core/tools/railway/match-readings.js';
import {
  hasPath,
  operandAt,
  type RailwayCall,
  type RailwayReading,
} from '../../src/core/tools/railway/parse-railway.js';
import { serviceName } from '../../src/core/tools/railway/railway-target.js';
import { LINKED_PRODUCTION, LINKED_STAGING } from './fixtures.js';

function matchVariableDelete(reading: RailwayReading, ctx: Context) {
  const key = operandAt(reading, 2);
  // KEY is required: without it clap stops with a usage error and nothing is deleted.
  if (!hasPath(reading, 'variable', 'delete') || key === undefined) return null;
  const service = serviceName(reading, ctx);
  return {
    resource: key,
    details: [`service: ${service ?? 'the linked service'}`],
    warnings: ['railway variable delete has no confirmation prompt of its own: it deletes at once'],
  };
}

export const variableDelete: Rule<RailwayCall> = {
  id: 'railway/variable-delete',
  summary: 'railway variable delete KEY: deletes a service variable at once, without a prompt',
  message: 'Deletes variable {{resource}} from the service in {{environment}}; the value is not kept anywhere.',
  rationale:
    'variableDelete has no confirmation and no undo; secrets (DATABASE_URL, API keys) often exist nowhere else, and the next deploy runs without them.',
  safer:
    'Read the value first (`railway variable list --kv`) and keep it somewhere safe, or overwrite it with `railway variable set`.',
  match: (call, ctx) => matchReadings(call, ctx, matchVariableDelete),
  examples: {
    destructive: [
      {
        argv: ['railway', 'variable', 'delete', 'DATABASE_URL', '-s', 'api', '-e', 'production'],
        resource: 'DATABASE_URL',
        environment: 'production',
      },
      {
        argv: ['railway', 'vars', 'rm', 'STRIPE_KEY'],
        files: LINKED_PRODUCTION,
        resource: 'STRIPE_KEY',
        environment: 'production',
      },
      {
        argv: ['railway', 'variables', 'remove', 'SECRET', '--environment=staging', '--json'],
        resource: 'SECRET',
        environment: 'staging',
      },
      {
        argv: ['railway', 'var', 'delete', '-eprod', 'API_KEY'],
        files: LINKED_STAGING,
        resource: 'API_KEY',
        environment: 'prod',
      },
      {
        argv: ['railway', 'variable', 'delete', '-e', 'production', '--', 'DATABASE_URL'],
        resource: 'DATABASE_URL',
        environment: 'production',
        note: 'the key may follow --',
      },
    ],
    benign: [
      { argv: ['railway', 'variable', 'list', '-s', 'api'], files: LINKED_PRODUCTION },
      { argv: ['railway', 'variable', 'set', 'NOTE=delete'], files: LINKED_PRODUCTION },
      { argv: ['railway', 'variables', '--set', 'DELETE_ME=1', '-s', 'delete'] },
      { argv: ['railway', 'variable', 'delete', '--help'] },
      { argv: ['railway', 'variable', 'delete'], note: 'KEY missing: a usage error, nothing runs' },
      {
        argv: ['railway', 'variable', '--', 'delete', 'KEY'],
        note: 'after -- delete is an operand of variable, not a subcommand: a usage error',
      },
    ],
  },
};
