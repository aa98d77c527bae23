import { optionValue } from '../../src/core/argv/parse-options.js';
import type { Rule } from '../../src/core/rule.js';
import type { Context } from '../../src/core/types.js';
import { matchReadings } from '../../src/core/tools/railway/match-readings.js';
import { hasPath, type RailwayCall, type RailwayReading } from '../../src/core/tools/railway/parse-railway.js';
import { CHOSEN_INTERACTIVELY } from '../../src/core/tools/railway/railway-target.js';
import { ACCOUNT_TOKEN, LINKED_PRODUCTION, LINKED_STAGING, PROJECT_TOKEN } from './fixtures.js';

// `-s/-e/-p` of `railway volume` are parent options: they sit before the subcommand.
function volumeMatcher(verb: string) {
  return (reading: RailwayReading, _ctx: Context) =>
    hasPath(reading, 'volume', verb) ? { resource: optionValue(reading.args, 'volume') ?? CHOSEN_INTERACTIVELY } : null;
}

export const volumeDelete: Rule<RailwayCall> = {
  id: 'railway/volume-delete',
  summary: 'railway volume delete: deletes a volume and the data on it',
  message: 'Deletes volume {{resource}} in {{environment}} with all the data on it.',
  rationale:
    'volumeDelete destroys the disk and, with it, the volume backups: the data is gone. This is the command of the incident that motivated guard: an unscoped token wiped production.',
  safer: 'Detach the volume or take a backup first; check `railway volume -e ENV list --json` for the exact volume.',
  match: (call, ctx) => matchReadings(call, ctx, volumeMatcher('delete')),
  examples: {
    destructive: [
      {
        argv: ['railway', 'volume', '-e', 'production', 'delete', '-v', 'pg-data', '-y'],
        resource: 'pg-data',
        environment: 'production',
      },
      {
        argv: ['railway', 'volumes', 'rm', '--volume=uploads'],
        files: LINKED_STAGING,
        resource: 'uploads',
        environment: 'staging',
      },
      {
        argv: ['railway', 'volume', '-s', 'api', 'delete'],
        files: LINKED_STAGING,
        env: PROJECT_TOKEN,
        resource: '(chosen interactively)',
        environment: 'unknown',
      },
      {
        argv: ['railway', 'volume', '--environment=prod', 'remove', '-vdata', '--yes', '--json'],
        resource: 'data',
        environment: 'prod',
      },
      {
        argv: ['railway', 'volume', 'delete', '-v', 'vol_8d1e', '-y'],
        env: ACCOUNT_TOKEN,
        resource: 'vol_8d1e',
        environment: 'unknown',
        note: 'the incident: account token, nothing names the environment',
      },
      {
        argv: ['railway', 'volume', '-eproduction', '--unknown-opt', 'delete', '-v', 'pg-data'],
        files: LINKED_PRODUCTION,
        resource: 'pg-data',
        environment: 'production',
      },
    ],
    benign: [
      { argv: ['railway', 'volume', 'list'], files: LINKED_PRODUCTION },
      { argv: ['railway', 'volume', '-s', 'delete', 'list', '--json'], note: 'a service named delete' },
      { argv: ['railway', 'volume', 'add', '--mount-path', '/delete'] },
      { argv: ['railway', 'volume', 'update', '-v', 'data', '--name', 'remove'] },
      { argv: ['railway', 'volume', 'delete', '--help'] },
    ],
  },
};

export const volumeDetach: Rule<RailwayCall> = {
  id: 'railway/volume-detach',
  summary: 'railway volume detach: takes a volume away from its service',
  message:
    'Detaches volume {{resource}} in {{environment}} from its service: the data stays, but the service loses its disk.',
  rationale:
    'A detached database volume takes the database down, and the service may start on an empty disk and write over expectations; re-attaching needs a redeploy.',
  safer:
    'Stop the service first and take a backup; check `railway volume list --json` for which service the volume serves.',
  match: (call, ctx) => matchReadings(call, ctx, volumeMatcher('detach')),
  examples: {
    destructive: [
      {
        argv: ['railway', 'volume', 'detach', '-v', 'pg-data', '-y'],
        files: LINKED_PRODUCTION,
        resource: 'pg-data',
        environment: 'production',
      },
      {
        argv: ['railway', 'volume', '-e', 'staging', 'detach', '--volume', 'uploads'],
        files: LINKED_PRODUCTION,
        resource: 'uploads',
        environment: 'staging',
      },
      {
        argv: ['railway', 'volumes', '-p', 'shop', '-e', 'production', 'detach'],
        resource: '(chosen interactively)',
        environment: 'production',
      },
    ],
    benign: [
      { argv: ['railway', 'volume', 'attach', '-v', 'pg-data'], files: LINKED_PRODUCTION },
      { argv: ['railway', 'volume', 'list', '--json'] },
      { argv: ['railway', 'volume', 'browse', '-v', 'detach'] },
      { argv: ['railway', 'volume', 'detach', '-h'] },
    ],
  },
};
