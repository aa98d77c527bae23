import type { RulePack } from '../src/core/rule.js';
import { awsPack } from './aws.js';
import { gcloudPack } from './gcloud.js';
import { azPack } from './az.js';
import { herokuPack } from './heroku.js';
import { flyPack } from './fly.js';
import { supabasePack } from './supabase.js';
import { vercelPack } from './vercel.js';
import { ghPack } from './gh.js';

/** Every built-in rule pack, one file per tool family. */
export const builtinPacks: readonly RulePack<any>[] = [
  awsPack,
  gcloudPack,
  azPack,
  herokuPack,
  flyPack,
  supabasePack,
  vercelPack,
  ghPack,
];
