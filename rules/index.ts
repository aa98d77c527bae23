import type { RulePack } from '../src/core/rule.js';
import { railwayPack } from './railway.js';
import { rmPack } from './rm.js';
import { terraformPack } from './terraform.js';
import curl from './curl.js';
import httpie from './httpie.js';
import wget from './wget.js';
import xh from './xh.js';
import git from './git.js';
import kubectl from './kubectl.js';
import helm from './helm.js';
import docker from './docker.js';
import dockerCompose from './docker-compose.js';

/** Every built-in rule pack, one file per tool family. */
export const builtinPacks: readonly RulePack<any>[] = [
  railwayPack,
  rmPack,
  terraformPack,
  curl,
  wget,
  httpie,
  xh,
  git,
  kubectl,
  helm,
  docker,
  dockerCompose,
];
