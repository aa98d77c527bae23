import type { Context, Environment, Evidence, EvidenceSource } from './types.js';

const PRODUCTION_NAME = /(^|[^a-z])(prod|production|prd|live|main|master)([^a-z]|$)/i;
/** Names that say nothing about what they hold: terraform's `default` workspace is often production. */
const UNINFORMATIVE_NAME = /^(default|unknown|)$/i;

/**
 * Whether an established environment name is production. A name the configuration
 * knows decides; otherwise a production-looking name is production. "unknown" always is.
 */
export function isProductionName(name: string, ctx: Context): boolean {
  if (name === 'unknown') return true;
  const known = ctx.config.environments.find((e) => e.name === name);
  if (known) return known.production;
  return looksLikeProduction(name);
}

/** The name heuristics alone (no config): production-looking or uninformative names count as production. */
export function looksLikeProduction(name: string): boolean {
  return name === 'unknown' || PRODUCTION_NAME.test(name) || UNINFORMATIVE_NAME.test(name);
}

/** An environment established from evidence; `evidence[0]` is the deciding item. */
export function establishedEnvironment(name: string, evidence: Evidence[], ctx: Context): Environment {
  // `-e ""` names nothing: a blank name would make the phrase `/RESOURCE` and hide the target.
  if (name.trim() === '') return unknownEnvironment('the environment was given as an empty name', evidence);
  const first = evidence[0];
  const source: EvidenceSource = first ? first.source : 'default';
  return { kind: 'named', name, source, production: isProductionName(name, ctx), evidence };
}

/** The environment guard could not establish: shown as unknown, treated as production. */
export function unknownEnvironment(why: string, evidence: Evidence[] = []): Environment {
  return {
    kind: 'unknown',
    name: 'unknown',
    source: 'unknown',
    production: true,
    evidence: [...evidence, { source: 'unknown', detail: why }],
  };
}

/** The local machine, for tools that act on this host's filesystem. */
export function localEnvironment(ctx: Context): Environment {
  return {
    kind: 'local',
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

/** Kinds of facts that say where a command lands. Config (environments) maps them to named environments. */
export type SignalKind =
  | 'railway-environment'
  | 'railway-project'
  | 'db-host'
  | 'db-name'
  | 'db-uri'
  | 'tf-workspace'
  | 'tf-dir'
  | 'kube-context'
  | 'kube-namespace'
  | 'aws-profile'
  | 'aws-account'
  | 'gcloud-project'
  | 'azure-subscription'
  | 'fly-app'
  | 'heroku-app'
  | 'supabase-ref'
  | 'vercel-scope'
  | 'docker-context'
  | 'git-remote'
  | 'http-host'
  | 'other';

export interface EnvironmentSignal {
  kind: SignalKind;
  value: string;
  source: EvidenceSource;
  /** "-e production", "RAILWAY_TOKEN is set", "~/.railway/config.json links /srv/app". */
  detail: string;
}

/**
 * Turns signals (strongest first, as the tool itself would rank them) into the environment.
 * A configured environment whose matcher accepts a signal names it; otherwise the strongest
 * signal's value is the name. No signal at all: unknown, treated as production.
 */
export function resolveEnvironment(
  signals: readonly EnvironmentSignal[],
  ctx: Context,
  unknownWhy = 'no flag, variable or config names the target',
): Environment {
  const evidence: Evidence[] = signals.map((s) => ({ source: s.source, detail: s.detail }));
  for (const signal of signals) {
    const configured = ctx.config.environments.find((e) =>
      e.match?.[signal.kind]?.some((pattern) => matchesPattern(pattern, signal.value)),
    );
    if (configured) {
      return {
        kind: 'named',
        name: configured.name,
        source: signal.source,
        production: configured.production,
        evidence: [
          {
            source: signal.source,
            detail: `${signal.detail} (config${configured.source ? ` ${configured.source}` : ''}: environment "${configured.name}" matches ${signal.kind} ${signal.value})`,
          },
          ...evidence.filter((e) => e.detail !== signal.detail),
        ],
      };
    }
  }
  const strongest = signals[0];
  if (!strongest) return unknownEnvironment(unknownWhy);
  return establishedEnvironment(strongest.value, evidence, ctx);
}

/** Glob-like match: `*` matches any run of characters; otherwise exact (case-sensitive). */
export function matchesPattern(pattern: string, value: string): boolean {
  if (!pattern.includes('*')) return pattern === value;
  // Classic wildcard walk: no regex to build per call, and no backtracking blow-up on `a*a*a*…`.
  let p = 0;
  let v = 0;
  let star = -1;
  let resume = 0;
  while (v < value.length) {
    if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      resume = v;
    } else if (p < pattern.length && pattern[p] === value[v]) {
      p++;
      v++;
    } else if (star !== -1) {
      p = star + 1;
      v = ++resume;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}
