import type { RuleMatch } from '../../rule.js';
import type { Context } from '../../types.js';
import type { RailwayCall, RailwayReading } from './parse-railway.js';
import { railwayWarnings } from './railway-warnings.js';

export type ReadingMatcher = (reading: RailwayReading, ctx: Context) => RuleMatch | RuleMatch[] | null;

/**
 * Runs a rule's matcher on every reading of the argv (see parseRailway) and keeps each resource
 * once: a command is destructive if any plausible reading is. `--help` anywhere makes it benign.
 */
export function matchReadings(call: RailwayCall, ctx: Context, matcher: ReadingMatcher): RuleMatch[] | null {
  if (call.help) return null;
  const matches: RuleMatch[] = [];
  for (const reading of call.readings) {
    const found = matcher(reading, ctx);
    if (!found) continue;
    for (const match of Array.isArray(found) ? found : [found]) {
      if (matches.some((m) => m.resource === match.resource)) continue;
      matches.push({ ...match, warnings: [...(match.warnings ?? []), ...railwayWarnings(call, reading, ctx)] });
    }
  }
  return matches.length > 0 ? matches : null;
}
