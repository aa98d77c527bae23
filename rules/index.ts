import type { RulePack } from '../src/core/rule.js';
import { mongoshPack } from './mongosh.js';
import { mysqlPack } from './mysql.js';
import { postgresToolsPack } from './postgres-tools.js';
import { psqlPack } from './psql.js';
import { railwayPack } from './railway.js';
import { redisPack } from './redis.js';
import { rmPack } from './rm.js';
import { terraformPack } from './terraform.js';
import { awsPack } from './aws.js';
import { gcloudPack } from './gcloud.js';
import { azPack } from './az.js';
import { herokuPack } from './heroku.js';
import { flyPack } from './fly.js';
import { supabasePack } from './supabase.js';
import { vercelPack } from './vercel.js';
import { ghPack } from './gh.js';
import { findPack } from './find.js';
import { rsyncPack } from './rsync.js';
import { shredPack } from './shred.js';
import { ddPack } from './dd.js';
import { mkfsPack } from './mkfs.js';
import { wipefsPack } from './wipefs.js';
import { truncatePack } from './truncate.js';
import { cdkPack } from './cdk.js';
import { npxPack } from './npx.js';
import { railsPack } from './rails.js';
import { djangoPack } from './django.js';
import { laravelPack } from './laravel.js';
import { mixPack } from './mix.js';
import { terragruntPack } from './terragrunt.js';
import { pulumiPack } from './pulumi.js';
import { curlPack } from './curl.js';
import { wgetPack } from './wget.js';
import { httpiePack } from './httpie.js';
import { xhPack } from './xh.js';
import { gitPack } from './git.js';
import { kubectlPack } from './kubectl.js';
import { helmPack } from './helm.js';
import { dockerPack } from './docker.js';
import { dockerComposePack } from './docker-compose.js';
import { lazyPack } from '../src/core/catalogue/lazy-pack.js';
import { withCatalogue } from '../src/core/catalogue/merge-pack.js';
import { catalogueEntries } from './catalogue/index.js';

/** Every built-in rule pack, one file per tool family. */
const handWritten: readonly RulePack<any>[] = [
  railwayPack,
  rmPack,
  terraformPack,
  psqlPack,
  postgresToolsPack,
  mysqlPack,
  redisPack,
  mongoshPack,
  awsPack,
  gcloudPack,
  azPack,
  herokuPack,
  flyPack,
  supabasePack,
  vercelPack,
  ghPack,
  findPack,
  rsyncPack,
  shredPack,
  ddPack,
  mkfsPack,
  wipefsPack,
  truncatePack,
  cdkPack,
  npxPack,
  railsPack,
  djangoPack,
  laravelPack,
  mixPack,
  terragruntPack,
  pulumiPack,
  curlPack,
  wgetPack,
  httpiePack,
  xhPack,
  gitPack,
  kubectlPack,
  helmPack,
  dockerPack,
  dockerComposePack,
];

/**
 * Every built-in rule pack: the hand-written ones (with the catalogue operations of the same tool
 * appended), then the declarative tools of rules/catalogue/, of which only the names load at start-up.
 */
export const builtinPacks: readonly RulePack<any>[] = withCatalogueEntries(handWritten);

/** Hand-written packs joined with the catalogue by tool name, in time linear in the number of tools (start-up runs it). */
function withCatalogueEntries(hand: readonly RulePack<any>[]): RulePack<any>[] {
  const entries = new Map(catalogueEntries.map((e) => [e.tool, e]));
  const handTools = new Set(hand.map((p) => p.tool));
  return [
    ...hand.map((pack) => {
      const entry = entries.get(pack.tool);
      return entry ? withCatalogue(pack, entry) : pack;
    }),
    ...catalogueEntries.filter((e) => !handTools.has(e.tool)).map(lazyPack),
  ];
}
