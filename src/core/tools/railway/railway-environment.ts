import { resolveEnvironment, unknownEnvironment, type EnvironmentSignal } from '../../environment.js';
import type { Context, Environment, Evidence } from '../../types.js';
import { findLinkedProject, type LinkLookup } from './linked-project.js';

export const TOKEN_OVERRIDES_LINK = "RAILWAY_TOKEN is set: the token's own environment overrides the link";

// The CLI reads RAILWAY_TOKEN with std::env::var(..).ok(): set-but-empty still counts as set.

/** What the command line itself says about the target. */
export interface RailwayTargetFlags {
  /** Every -e/--environment value given, in order. */
  environments: string[];
  /** The -p/--project value, if the command takes one. */
  project?: string;
}

/**
 * The environment a railway command acts on, ranked as the CLI ranks it (src/config.rs):
 * -e flag > RAILWAY_TOKEN (its environment is unknowable offline) > RAILWAY_PROJECT_ID/RAILWAY_ENVIRONMENT_ID
 * > the linked directory in ~/.railway/config.json > unknown. Weaker facts stay in the evidence, marked unused.
 */
export function railwayEnvironment(flags: RailwayTargetFlags, ctx: Context): Environment {
  const lookup = findLinkedProject(ctx);
  const facts = weakerFacts(lookup, ctx);
  const distinct = [...new Set(flags.environments)];
  if (distinct.length > 1)
    return unknownEnvironment(
      `-e is given more than once (${distinct.join(', ')}); railway rejects that`,
      facts.map(unused),
    );
  const flag = distinct[0];
  if (flag !== undefined) {
    const signal: EnvironmentSignal = {
      kind: 'railway-environment',
      value: flag,
      source: 'flag',
      detail: `-e ${flag}`,
    };
    return withEvidence(resolveEnvironment([signal], ctx), facts.map(unused));
  }
  if (ctx.env['RAILWAY_TOKEN'] !== undefined) {
    const token: Evidence = { source: 'env', detail: TOKEN_OVERRIDES_LINK };
    return unknownEnvironment(
      'a project token is scoped to one environment that only a network call can name; pass -e to name it',
      [token, ...facts.filter((f) => f.detail !== TOKEN_OVERRIDES_LINK).map(unused)],
    );
  }
  if (flags.project !== undefined && !(lookup.found && isSameProject(flags.project, lookup))) {
    return unknownEnvironment(
      `-p ${flags.project} is given without -e, so no linked environment applies (railway requires -e with -p)`,
      facts.map(unused),
    );
  }
  return fromVariablesOrLink(lookup, ctx, facts);
}

function fromVariablesOrLink(lookup: LinkLookup, ctx: Context, facts: Evidence[]): Environment {
  const projectId = ctx.env['RAILWAY_PROJECT_ID'];
  const environmentId = ctx.env['RAILWAY_ENVIRONMENT_ID'];
  if (environmentId && !projectId)
    return unknownEnvironment(
      'RAILWAY_ENVIRONMENT_ID is set without RAILWAY_PROJECT_ID; railway rejects that',
      facts.map(unused),
    );
  if (projectId && environmentId) {
    const signal: EnvironmentSignal = {
      kind: 'railway-environment',
      value: environmentId,
      source: 'env',
      detail: `RAILWAY_ENVIRONMENT_ID=${environmentId} (RAILWAY_PROJECT_ID=${projectId})`,
    };
    return withEvidence(resolveEnvironment([signal], ctx), facts.filter(isLinkFact).map(unused));
  }
  if (projectId && !(lookup.found && lookup.link.project === projectId)) {
    return unknownEnvironment(
      `RAILWAY_PROJECT_ID=${projectId} names a project with no RAILWAY_ENVIRONMENT_ID, and the linked project (if any) is another one`,
      facts.map(unused),
    );
  }
  if (!lookup.found)
    return unknownEnvironment(
      `no -e flag, RAILWAY_ENVIRONMENT_ID or linked project names the environment (${lookup.why})`,
    );
  const link = lookup.link;
  const name = link.environmentName ?? link.environment;
  if (name === undefined) return unknownEnvironment(`${link.file} links ${link.dir} but records no environment`);
  // Only the environment is a signal: a project-wide config match could loosen a production environment.
  return resolveEnvironment(
    [{ kind: 'railway-environment', value: name, source: 'tool-config', detail: linkDetail(lookup) }],
    ctx,
  );
}

/** "~/.railway/config.json links /home/user/project to environment production (project my-app)". */
export function linkDetail(lookup: LinkLookup): string {
  if (!lookup.found) return lookup.why;
  const { link } = lookup;
  const env = link.environmentName ?? (link.environment ? `id ${link.environment}` : 'no environment');
  const project = link.name ?? link.project;
  return `${link.file} links ${link.dir} to environment ${env}${project ? ` (project ${project})` : ''}`;
}

/** Facts weaker than the winning one, kept so the panel shows the whole chain. */
function weakerFacts(lookup: LinkLookup, ctx: Context): Evidence[] {
  const facts: Evidence[] = [];
  if (ctx.env['RAILWAY_TOKEN'] !== undefined) facts.push({ source: 'env', detail: TOKEN_OVERRIDES_LINK });
  const envId = ctx.env['RAILWAY_ENVIRONMENT_ID'];
  if (envId) facts.push({ source: 'env', detail: `RAILWAY_ENVIRONMENT_ID=${envId}` });
  if (lookup.found) facts.push({ source: 'tool-config', detail: linkDetail(lookup) });
  return facts;
}

function isLinkFact(e: Evidence): boolean {
  return e.source === 'tool-config';
}

function unused(e: Evidence): Evidence {
  return { source: e.source, detail: `${e.detail} (not used: a stronger source decides)` };
}

function withEvidence(env: Environment, extra: Evidence[]): Environment {
  return { ...env, evidence: [...env.evidence, ...extra] };
}

function isSameProject(project: string, lookup: LinkLookup): boolean {
  if (!lookup.found) return false;
  const wanted = project.toLowerCase();
  return lookup.link.project?.toLowerCase() === wanted || lookup.link.name?.toLowerCase() === wanted;
}
