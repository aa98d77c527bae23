import type { RulePack } from '../src/core/rule.js';
import curl from './curl.js';

/** Every built-in rule pack, one file per tool family. */
export const builtinPacks: readonly RulePack<any>[] = [
  curl,
];
