import type { Rule, RuleMatch } from '../../src/core/rule.js';
import type { Context } from '../../src/core/types.js';
import { matchReadings } from '../../src/core/tools/railway/match-readings.js';
import {
  commandWord,
  hasPath,
  operandAt,
  operandsFrom,
  type RailwayCall,
  type RailwayReading,
} from '../../src/core/tools/railway/parse-railway.js';
import { CHOSEN_INTERACTIVELY, serviceName } from '../../src/core/tools/railway/railway-target.js';
import { LINKED_PRODUCTION, LINKED_STAGING } from './fixtures.js';

// `railway postgres [-s S] [-e E] [-p P] pitr backup delete ID…` / `… pitr backup restore ID` (src/commands/postgres/pitr.rs).
function isBackup(reading: RailwayReading, verb: string): boolean {
  return hasPath(reading, 'postgres', 'pitr', 'backup') && commandWord(reading, 3) === verb;
}

function matchBackupDelete(reading: RailwayReading, ctx: Context): RuleMatch[] | null {
  if (!isBackup(reading, 'delete')) return null;
  const ids = operandsFrom(reading, 4);
  const service = serviceName(reading, ctx) ?? 'the linked service';
  // One finding per backup: each is its own irreversible loss.
  return (ids.length > 0 ? ids : [CHOSEN_INTERACTIVELY]).map((id) => ({
    resource: id,
    details: [`postgres service: ${service}`],
  }));
}

function matchBackupRestore(reading: RailwayReading, ctx: Context): RuleMatch | null {
  if (!isBackup(reading, 'restore')) return null;
  return {
    resource: serviceName(reading, ctx) ?? CHOSEN_INTERACTIVELY,
    details: [`backup restored over it: ${operandAt(reading, 4) ?? '(none given)'}`],
  };
}

export const postgresBackupDelete: Rule<RailwayCall> = {
  id: 'railway/postgres-backup-delete',
  summary: 'railway postgres pitr backup delete ID…: deletes database backups',
  message: 'Deletes Postgres backup {{resource}} in {{environment}}.',
  rationale:
    'A deleted backup is the recovery point you no longer have; it is usually deleted right before it is needed.',
  safer:
    'Lock backups you may need (`railway postgres pitr backup lock ID`) and list them with `railway postgres pitr backup list`.',
  match: (call, ctx) => matchReadings(call, ctx, matchBackupDelete),
  examples: {
    destructive: [
      {
        argv: ['railway', 'postgres', '-s', 'pg', '-e', 'production', 'pitr', 'backup', 'delete', 'bk_1', 'bk_2', '-y'],
        resource: 'bk_2',
        environment: 'production',
      },
      {
        argv: ['railway', 'postgres', 'pitr', 'backup', 'delete', 'bk_9'],
        files: LINKED_PRODUCTION,
        resource: 'bk_9',
        environment: 'production',
      },
      {
        argv: ['railway', 'postgres', '--environment=staging', 'pitr', 'backup', 'delete', 'bk_3', '--yes'],
        resource: 'bk_3',
        environment: 'staging',
      },
    ],
    benign: [
      { argv: ['railway', 'postgres', 'pitr', 'backup', 'list'], files: LINKED_PRODUCTION },
      { argv: ['railway', 'postgres', 'pitr', 'backup', 'create', '--name', 'delete-after-migration'] },
      { argv: ['railway', 'postgres', 'pitr', 'backup', 'lock', 'bk_1'] },
      { argv: ['railway', 'postgres', 'pitr', 'backup', 'delete', 'bk_1', '--help'] },
    ],
  },
};

export const postgresBackupRestore: Rule<RailwayCall> = {
  id: 'railway/postgres-backup-restore',
  summary: 'railway postgres pitr backup restore ID: overwrites a database with a backup',
  message:
    'Overwrites the data of Postgres service {{resource}} in {{environment}} with a backup; changes since the backup are lost.',
  rationale:
    "Restoring a backup in place replaces the current data with the backup's contents; writes made after the backup are gone.",
  safer: 'Restore into a new service instead (`railway postgres pitr restore --at TIME`), then switch over.',
  match: (call, ctx) => matchReadings(call, ctx, matchBackupRestore),
  examples: {
    destructive: [
      {
        argv: ['railway', 'postgres', '-s', 'pg', '-e', 'production', 'pitr', 'backup', 'restore', 'bk_1', '-y'],
        resource: 'pg',
        environment: 'production',
      },
      {
        argv: ['railway', 'postgres', 'pitr', 'backup', 'restore', 'bk_2'],
        files: LINKED_PRODUCTION,
        resource: 'svc-api',
        environment: 'production',
      },
      {
        argv: ['railway', 'postgres', '--service=db', 'pitr', 'backup', 'restore', 'bk_3'],
        files: LINKED_STAGING,
        resource: 'db',
        environment: 'staging',
      },
    ],
    benign: [
      {
        argv: ['railway', 'postgres', 'pitr', 'restore', '--at', '2h', '--new-service-name', 'restore-copy'],
        files: LINKED_PRODUCTION,
        note: 'restores into a new service',
      },
      { argv: ['railway', 'postgres', 'pitr', 'status'] },
      { argv: ['railway', 'postgres', 'pitr', 'backup', 'create', '--name', 'restore'] },
      { argv: ['railway', 'postgres', 'pitr', 'backup', 'restore', 'bk_1', '-h'] },
    ],
  },
};
