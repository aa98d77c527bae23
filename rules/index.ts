import type { RulePack } from '../src/core/rule.js';
import { mongoshPack } from './mongosh.js';
import { mysqlPack } from './mysql.js';
import { postgresToolsPack } from './postgres-tools.js';
import { psqlPack } from './psql.js';
import { railwayPack } from './railway.js';
import { redisPack } from './redis.js';

/** Every built-in rule pack, one file per tool family. */
export const builtinPacks: readonly RulePack<any>[] = [
  railwayPack,
  psqlPack,
  postgresToolsPack,
  mysqlPack,
  redisPack,
  mongoshPack,
];
