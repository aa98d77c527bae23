import type { Rule } from '../../src/core/rule.js';
import type { Context } from '../../src/core/types.js';
import { matchReadings } from '../../src/core/tools/railway/match-readings.js';
import type { RailwayCall, RailwayReading } from '../../src/core/tools/railway/parse-railway.js';
import { CHOSEN_INTERACTIVELY, serviceName } from '../../src/core/tools/railway/railway-target.js';
import { destructiveRemoteTrigger, sshRemoteCommand } from '../../src/core/tools/railway/ssh-command.js';
import { LINKED_PRODUCTION, LINKED_STAGING, PROJECT_TOKEN } from './fixtures.js';

function sshMatcher(args: readonly string[]) {
  return (reading: RailwayReading, ctx: Context) => {
    const command = sshRemoteCommand(args, reading);
    const trigger = command === undefined ? undefined : destructiveRemoteTrigger(command);
    if (trigger === undefined) return null;
    return {
      resource: serviceName(reading, ctx) ?? CHOSEN_INTERACTIVELY,
      details: [`remote command: ${command}`, `destructive part: ${trigger}`],
    };
  };
}

export const sshDestructiveCommand: Rule<RailwayCall> = {
  id: 'railway/ssh-destructive-command',
  summary: 'railway ssh … CMD: a deleting command run inside the deployed container',
  message:
    'Runs a deleting command inside service {{resource}} in {{environment}}, where its volumes and databases live.',
  rationale:
    'The remote command runs in the container, past every local shim; a volume mounted there (database data directories included) is deleted as surely as by `railway volume delete`.',
  safer: 'Download what you need first (`railway volume download`), and run the command against a staging environment.',
  match: (call, ctx) => matchReadings(call, ctx, sshMatcher(call.args)),
  examples: {
    destructive: [
      {
        argv: ['railway', 'ssh', '-s', 'postgres', '-e', 'production', '--', 'rm', '-rf', '/var/lib/postgresql/data'],
        resource: 'postgres',
        environment: 'production',
      },
      {
        argv: ['railway', 'ssh', 'rm -rf /data/uploads'],
        files: LINKED_PRODUCTION,
        resource: 'svc-api',
        environment: 'production',
        note: 'the command is one string for the remote shell',
      },
      {
        argv: ['railway', 'ssh', '--service=db', 'psql', '-c', 'DROP TABLE users'],
        files: LINKED_STAGING,
        resource: 'db',
        environment: 'staging',
      },
      {
        argv: ['railway', 'ssh', 'cd /data && find . -name "*.log" -delete'],
        files: LINKED_STAGING,
        env: PROJECT_TOKEN,
        resource: '(chosen interactively)',
        environment: 'unknown',
      },
    ],
    benign: [
      { argv: ['railway', 'ssh'], files: LINKED_PRODUCTION, note: 'an interactive shell: nothing guard can see' },
      { argv: ['railway', 'ssh', '--', 'ls', '-la', '/data/rm'] },
      { argv: ['railway', 'ssh', '-s', 'api', 'cat', '/app/delete-me.txt'] },
      {
        argv: ['railway', 'run', '--', 'rm', '-rf', 'dist'],
        note: 'railway run executes locally: the rm shim sees it',
      },
    ],
  },
};
