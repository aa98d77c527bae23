import type { Context, Environment, Evidence, EvidenceSource } from './types.js';

const PRODUCTION_NAME = /(^|[^a-z])(prod|production|prd|live|main|master)([^a-z]|$)/i;

/**
 * Whether an established environment name is production. A name the configuration
 * knows decides; otherwise a production-looking name is production. "unknown" always is.
 */
export function isProductionName(name: string, ctx: Context): boolean {
  if (name === 'unknown') return true;
  const known = ctx.config.environments.find((e) => e.name === name);
  if (known) return known.production;
  return PRODUCTION_NAME.test(name);
}

/** An environment established from evidence; `evidence[0]` is the deciding item. */
export function establishedEnvironment(name: string, evidence: Evidence[], ctx: Context): Environment {
  const first = evidence[0];
  const source: EvidenceSource = first ? first.source : 'default';
  return { name, source, production: isProductionName(name, ctx), evidence };
}

/** The environment guard could not establish: shown as unknown, treated as production. */
export function unknownEnvironment(why: string, evidence: Evidence[] = []): Environment {
  return { name: 'unknown', source: 'unknown', production: true, evidence: [...evidence, { source: 'unknown', detail: why }] };
}

/** The local machine, for tools that act on this host's filesystem. */
export function localEnvironment(ctx: Context): Environment {
  return {
    name: 'local',
    source: 'target',
    production: true,
    evidence: [{ source: 'target', detail: `files on this machine (${ctx.hostname})` }],
  };
}

export function describeEnvironment(env: Environment): string {
  const how = env.evidence[0]?.detail ?? env.source;
  return `${env.name} (${env.source}: ${how})`;
}
