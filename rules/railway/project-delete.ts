import { optionValue } from '../../src/core/argv/parse-options.js';
import type { Rule } from '../../src/core/rule.js';
import type { Context, Environment } from '../../src/core/types.js';
import { findLinkedProject } from '../../src/core/tools/railway/linked-project.js';
import { matchReadings } from '../../src/core/tools/railway/match-readings.js';
import { commandWord, type RailwayCall, type RailwayReading } from '../../src/core/tools/railway/parse-railway.js';
import { CHOSEN_INTERACTIVELY } from '../../src/core/tools/railway/railway-target.js';
import { ACCOUNT_TOKEN, LINKED_PRODUCTION, LINKED_STAGING } from './fixtures.js';

/** `railway delete|rm|remove` or `railway project delete|rm|remove`. */
function isProjectDelete(reading: RailwayReading): boolean {
  return (
    commandWord(reading, 0) === 'delete' ||
    (commandWord(reading, 0) === 'project' && commandWord(reading, 1) === 'delete')
  );
}

// A project is not in one environment: deleting it removes all of them.
function allEnvironments(): Environment {
  return {
    kind: 'named',
    name: 'all-environments',
    source: 'target',
    production: true,
    evidence: [{ source: 'target', detail: 'deleting a project deletes every environment in it, production included' }],
  };
}

function matchProjectDelete(reading: RailwayReading, ctx: Context) {
  if (!isProjectDelete(reading)) return null;
  const project = optionValue(reading.args, 'project');
  const details: string[] = [];
  const lookup = findLinkedProject(ctx);
  // Without -p the CLI offers a picker over every project of every workspace, not the linked one.
  if (project === undefined && lookup.found)
    details.push(
      `the picker lists every project you can reach; this directory is linked to ${lookup.link.name ?? lookup.link.project}`,
    );
  return { resource: project ?? CHOSEN_INTERACTIVELY, environment: allEnvironments(), details };
}

export const projectDelete: Rule<RailwayCall> = {
  id: 'railway/project-delete',
  summary: 'railway delete / project delete: deletes a whole project with every environment',
  message:
    'Deletes the Railway project {{resource}} ({{environment}}): every service, volume, database and variable in every environment goes with it.',
  rationale:
    'Recent CLIs schedule the deletion with a 48-hour grace period, older ones call projectDelete and remove it at once; either way volumes and their backups go with the project. The project is matched by id or name across all workspaces.',
  safer:
    'Delete single services or environments you mean to remove, and check `railway list --json` for the exact project first.',
  match: (call, ctx) => matchReadings(call, ctx, matchProjectDelete),
  examples: {
    destructive: [
      { argv: ['railway', 'delete', '-p', 'shop', '-y'], resource: 'shop', environment: 'all-environments' },
      {
        argv: ['railway', 'project', 'rm', '--project=shop'],
        files: LINKED_STAGING,
        resource: 'shop',
        environment: 'all-environments',
        note: 'a staging link does not narrow a project delete',
      },
      {
        argv: ['railway', 'remove'],
        files: LINKED_PRODUCTION,
        resource: '(chosen interactively)',
        environment: 'all-environments',
      },
      {
        argv: ['railway', 'rm', '-pprj-7f3a', '--yes', '--json'],
        env: ACCOUNT_TOKEN,
        resource: 'prj-7f3a',
        environment: 'all-environments',
      },
      {
        argv: ['railway', 'project', 'delete', '--weird', 'x', '-p', 'shop'],
        resource: 'shop',
        environment: 'all-environments',
        note: 'an unknown option does not hide the verb',
      },
    ],
    benign: [
      { argv: ['railway', 'status'], files: LINKED_PRODUCTION },
      { argv: ['railway', 'project', 'list', '--json'] },
      { argv: ['railway', 'delete', '--help'], note: 'clap prints help and exits before anything runs' },
      { argv: ['railway', 'link', '-p', 'delete'], note: 'a project named "delete" is a value, not a verb' },
      { argv: ['railway', 'run', '--', 'rm', '-rf', 'dist'], note: 'words after -- belong to the wrapped command' },
    ],
  },
};
