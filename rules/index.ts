import type { RulePack } from '../src/core/rule.js';
import { mongoshPack } from './mongosh.js';
import { mysqlPack } from './mysql.js';
import { postgresToolsPack } from './postgres-tools.js';
import { psqlPack } from './psql.js';
import { railwayPack } from './railway.js';
import { redisPack } from './redis.js';
import { rmPack } from './rm.js';
import { terraformPack } from './terraform.js';

/** Every built-in rule pack, one file per tool family. */
export const builtinPacks: readonly RulePack<any>[] = [
  railwayPack,
  rmPack,
  terraformPack,
  psqlPack,
  postgresToolsPack,
  mysqlPack,
  redisPack,
  mongoshPack,
];
