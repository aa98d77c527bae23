import { isTruthyFlag } from '../../argv/parse-options.js';
import type { Context } from '../../types.js';
import { displayHomePath, railwayConfigFile } from './linked-project.js';
import type { RailwayCall, RailwayReading } from './parse-railway.js';

/** Panel warnings every railway finding carries: token hygiene, skip flags, traps. */
export function railwayWarnings(call: RailwayCall, reading: RailwayReading, ctx: Context): string[] {
  const warnings: string[] = [];
  const projectToken = ctx.env['RAILWAY_TOKEN'] !== undefined;
  const accountToken = Boolean(ctx.env['RAILWAY_API_TOKEN']);
  if (projectToken && accountToken) {
    warnings.push(
      'RAILWAY_TOKEN and RAILWAY_API_TOKEN are both set: the CLI authenticates with the project token, but an account/workspace-wide token sits in this shell too',
    );
  } else if (accountToken) {
    warnings.push(
      'RAILWAY_API_TOKEN is set: an account or workspace token can reach every project it can see, not just this one',
    );
  } else if (projectToken) {
    warnings.push('RAILWAY_TOKEN is set: a project token acts on its own environment, whatever directory is linked');
  }
  const backend = ctx.env['RAILWAY_ENV'];
  if (backend) {
    const file = displayHomePath(railwayConfigFile(ctx), ctx);
    warnings.push(
      `RAILWAY_ENV=${backend} selects Railway's own backend (and the link file ${file}), not your project's environment; guard does not use it as the environment`,
    );
  }
  if (isTruthyFlag(reading.args, 'yes'))
    warnings.push("--yes skips Railway's own confirmation prompt; guard still asks");
  if (call.unknown.length > 0)
    warnings.push(
      `options guard does not know (${call.unknown.join(' ')}) were read both as flags and as taking a value`,
    );
  return warnings;
}
