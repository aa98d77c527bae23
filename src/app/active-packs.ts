import type { RulePack } from '../core/rule.js';
import type { Context } from '../core/types.js';
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
