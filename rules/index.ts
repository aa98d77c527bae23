import type { RulePack } from '../src/core/rule.js';
import { railwayPack } from './railway.js';
import { rmPack } from './rm.js';
import { terraformPack } from './terraform.js';

/** Every built-in rule pack, one file per tool family. */
export const builtinPacks: readonly RulePack<any>[] = [railwayPack, rmPack, terraformPack];
