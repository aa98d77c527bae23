import { optionValue, optionValues } from '../../argv/parse-options.js';
import type { Context } from '../../types.js';
import { findLinkedProject } from './linked-project.js';
import type { RailwayTargetFlags } from './railway-environment.js';
import type { RailwayReading } from './parse-railway.js';

/** Shown when the CLI would ask the human to pick the target itself. */
export const CHOSEN_INTERACTIVELY = '(chosen interactively)';

export function targetFlags(reading: RailwayReading): RailwayTargetFlags {
  const flags: RailwayTargetFlags = { environments: optionValues(reading.args, 'environment') };
  const project = optionValue(reading.args, 'project');
  if (project !== undefined) flags.project = project;
  return flags;
}

/** The service a command acts on: -s, else RAILWAY_SERVICE_ID, else the linked service id (kept even under RAILWAY_TOKEN). */
export function serviceName(reading: RailwayReading, ctx: Context): string | undefined {
  const flag = optionValue(reading.args, 'service');
  if (flag !== undefined) return flag;
  const fromEnv = ctx.env['RAILWAY_SERVICE_ID'];
  if (fromEnv) return fromEnv;
  const lookup = findLinkedProject(ctx);
  return lookup.found ? lookup.link.service : undefined;
}

/** The project a command acts on as a person would name it, or undefined when only the server knows. */
export function projectName(reading: RailwayReading, ctx: Context): string | undefined {
  const flag = optionValue(reading.args, 'project');
  if (flag !== undefined) return flag;
  if (ctx.env['RAILWAY_TOKEN'] !== undefined) return undefined;
  const lookup = findLinkedProject(ctx);
  const fromEnv = ctx.env['RAILWAY_PROJECT_ID'];
  if (fromEnv) return lookup.found && lookup.link.project === fromEnv && lookup.link.name ? lookup.link.name : fromEnv;
  return lookup.found ? (lookup.link.name ?? lookup.link.project) : undefined;
}
