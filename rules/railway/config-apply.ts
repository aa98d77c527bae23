import { hasOption, isTruthyFlag, optionValue } from '../../src/core/argv/parse-options.js';
import type { Rule } from '../../src/core/rule.js';
import type { Context } from '../../src/core/types.js';
import { matchReadings } from '../../src/core/tools/railway/match-readings.js';
import { hasPath, type RailwayCall, type RailwayReading } from '../../src/core/tools/railway/parse-railway.js';
import { projectName } from '../../src/core/tools/railway/railway-target.js';
import { UNKNOWN_PROJECT } from './environment-delete.js';
import { LINKED_PRODUCTION, LINKED_STAGING, PROJECT_TOKEN } from './fixtures.js';

// Without --confirm-destructive the CLI refuses destructive plan items in agent sessions and asks a
// human otherwise. --yes is included too: guard cannot see the plan offline, so it does not assume it is harmless.
function matchConfigApply(reading: RailwayReading, ctx: Context) {
  if (!hasPath(reading, 'config', 'apply')) return null;
  if (!hasOption(reading.args, 'confirm-destructive') && !isTruthyFlag(reading.args, 'yes')) return null;
  const file = optionValue(reading.args, 'file') ?? '.railway/railway.ts';
  return {
    resource: projectName(reading, ctx) ?? UNKNOWN_PROJECT,
    details: [`applies the plan from ${file}; preview it with \`railway config plan\``],
  };
}

export const configApply: Rule<RailwayCall> = {
  id: 'railway/config-apply',
  summary:
    'railway config apply --confirm-destructive/--yes: applies a config plan that may delete services and volumes',
  message:
    'Applies the config-as-code plan to project {{resource}} in {{environment}}, including any destructive changes (removed services, volumes, variables).',
  rationale:
    'A plan that drops a service or volume from .railway/railway.ts deletes it on apply; --confirm-destructive and --yes remove the prompts that would show those items.',
  safer:
    'Run `railway config plan` and read the destructive items, then apply without --confirm-destructive so Railway asks.',
  match: (call, ctx) => matchReadings(call, ctx, matchConfigApply),
  examples: {
    destructive: [
      {
        argv: ['railway', 'config', 'apply', '--confirm-destructive'],
        files: LINKED_PRODUCTION,
        resource: 'shop',
        environment: 'production',
      },
      {
        argv: ['railway', 'config', 'apply', '--yes', '--file', 'infra/railway.ts'],
        files: LINKED_STAGING,
        resource: 'shop',
        environment: 'staging',
      },
      {
        argv: ['railway', 'config', 'apply', '-y', '--confirm-destructive'],
        files: LINKED_STAGING,
        env: PROJECT_TOKEN,
        resource: 'unknown-project',
        environment: 'unknown',
      },
    ],
    benign: [
      { argv: ['railway', 'config', 'plan', '--json'], files: LINKED_PRODUCTION },
      {
        argv: ['railway', 'config', 'apply'],
        files: LINKED_PRODUCTION,
        note: 'Railway itself asks before destructive changes',
      },
      { argv: ['railway', 'config', 'plan', '--confirm-destructive'] },
      { argv: ['railway', 'config', 'apply', '--yes=false'] },
    ],
  },
};
