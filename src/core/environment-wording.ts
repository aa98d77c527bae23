// How the panel and refusals word an environment: its name, then how it was established and
// why it gets (or does not get) the production treatment.
import { looksLikeProduction } from './environment.js';
import type { Environment, EvidenceSource } from './types.js';

const SOURCE_WORDS: Record<EvidenceSource, string> = {
  flag: 'from the command line',
  env: 'from an environment variable',
  config: 'from your guard config',
  'tool-config': "from the tool's own config",
  probe: 'by asking the tool',
  target: 'from the target',
  default: "from the tool's default",
  unknown: 'not established',
};

/** "from the command line: -e production". */
export function howEstablished(env: Environment): string {
  const first = env.evidence[0];
  return first ? `${SOURCE_WORDS[first.source]}: ${first.detail}` : SOURCE_WORDS[env.source];
}

/** Why the environment gets the production treatment, or that it does not. */
export function productionTreatment(env: Environment): string {
  if (!env.production) return 'not treated as production';
  if (env.kind === 'unknown') return 'treated as production because guard could not establish it';
  if (env.kind === 'local') return 'treated as production: what is deleted on this machine has no undo';
  if (/^(default|)$/i.test(env.name))
    return `treated as production: "${env.name}" does not say which environment it is`;
  if (looksLikeProduction(env.name)) return 'treated as production: the name says so';
  return 'treated as production: your config marks it so';
}

/** The second panel line and the refusal's parenthesis: how it was established, then the treatment. */
export function environmentBasis(env: Environment): string {
  return `${howEstablished(env)}; ${productionTreatment(env)}`;
}
