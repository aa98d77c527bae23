import { optionValue } from '../../src/core/argv/parse-options.js';
import type { Rule } from '../../src/core/rule.js';
import type { Context } from '../../src/core/types.js';
import { matchReadings } from '../../src/core/tools/railway/match-readings.js';
import {
  commandWord,
  operandAt,
  type RailwayCall,
  type RailwayReading,
} from '../../src/core/tools/railway/parse-railway.js';
import { CHOSEN_INTERACTIVELY, serviceName } from '../../src/core/tools/railway/railway-target.js';
import { LINKED_PRODUCTION, LINKED_STAGING } from './fixtures.js';

// `railway volume files delete PATH` / `railway service files delete PATH` (newer CLIs). On older CLIs
// `volume files PATH` lists PATH, so `volume files delete` is flagged either way: conservative.
function matchFilesDelete(reading: RailwayReading, ctx: Context) {
  const group = commandWord(reading, 0);
  if (
    (group !== 'volume' && group !== 'service') ||
    commandWord(reading, 1) !== 'files' ||
    commandWord(reading, 2) !== 'delete'
  )
    return null;
  const path = operandAt(reading, 3) ?? CHOSEN_INTERACTIVELY;
  const owner = group === 'volume' ? optionValue(reading.args, 'volume') : serviceName(reading, ctx);
  return { resource: owner === undefined ? path : `${owner}:${path}` };
}

export const filesDelete: Rule<RailwayCall> = {
  id: 'railway/files-delete',
  summary: 'railway volume|service files delete PATH: deletes files on a deployed volume or service',
  message: 'Deletes {{resource}} on the deployed disk in {{environment}}.',
  rationale:
    'Files are removed inside the running container or volume; there is no recycle bin, and a database directory deleted this way corrupts the database.',
  safer:
    'Download the path first (`railway volume download PATH ./copy`), and list it with `railway volume files list`.',
  match: (call, ctx) => matchReadings(call, ctx, matchFilesDelete),
  examples: {
    destructive: [
      {
        argv: ['railway', 'volume', 'files', 'delete', 'pgdata/pg_wal', '-v', 'pg-data', '-y'],
        files: LINKED_PRODUCTION,
        resource: 'pg-data:pgdata/pg_wal',
        environment: 'production',
      },
      {
        argv: ['railway', 'volume', '-e', 'production', 'files', 'rm', '/data/uploads', '--yes'],
        resource: '/data/uploads',
        environment: 'production',
      },
      {
        argv: ['railway', 'service', 'files', 'delete', '/app/data.db', '-s', 'api'],
        files: LINKED_STAGING,
        resource: 'api:/app/data.db',
        environment: 'staging',
      },
    ],
    benign: [
      { argv: ['railway', 'volume', 'files', 'pgdata', '-v', 'pg-data', '--json'], files: LINKED_PRODUCTION },
      { argv: ['railway', 'volume', 'download', 'pgdata/delete.log', './delete.log'] },
      { argv: ['railway', 'volume', 'files', 'list', 'delete'] },
      { argv: ['railway', 'volume', 'files', 'delete', 'x', '--help'] },
    ],
  },
};
