import type { ConfigProblem } from '../core/config/problem.js';
import type { RulePack } from '../core/rule.js';
import type { Context, GuardConfig } from '../core/types.js';
import { processContext } from '../io/context.js';
import { loadGuardSetup } from './config-setup.js';

export interface ActivePack {
  pack: RulePack<any>;
  /** "built-in", or the config file that defined it. */
  source: string;
}

/** Every active pack (built-in minus rules the user disabled, plus custom rules), with where it came from. */
export async function activePacks(ctx: Context): Promise<ActivePack[]> {
  const setup = await loadGuardSetup(ctx);
  return setup.packs.map((pack) => ({ pack, source: pack.source ?? 'built-in' }));
}

/** For `guard rules`: the active packs of this process's directory and user, the config they ran under, and its problems. */
export async function loadActiveRulePacks(): Promise<{
  packs: RulePack<any>[];
  config: GuardConfig;
  problems: ConfigProblem[];
}> {
  const ctx = processContext();
  const setup = await loadGuardSetup(ctx);
  return { packs: setup.packs, config: ctx.config, problems: setup.problems };
}
