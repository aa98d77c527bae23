// The incident's own path: a raw HTTP call to Railway's GraphQL API carrying a destructive mutation.
import { resolveEnvironment, unknownEnvironment } from '../../environment.js';
import type { RuleMatch } from '../../rule.js';
import type { Context, Environment } from '../../types.js';
import { readGraphqlBody } from '../graphql/graphql-body.js';
import { parseUrl, readBody, type BodyText, type HttpRequest } from '../http/http-request.js';
import { isRailwayApiHost, railwayDestruction } from './railway-api.js';
import { railwayTokenEvidence } from './token-evidence.js';

export function railwayApiMatches(request: HttpRequest, ctx: Context): RuleMatch[] | null {
  const urls = request.urls.map(parseUrl).filter((u) => u !== undefined && isRailwayApiHost(u.host));
  if (urls.length === 0) return null;
  const body = requestBody(
    request,
    urls.map((u) => u!.query),
    ctx,
  );
  if (body === undefined) return null;
  const token = railwayTokenEvidence(request);
  const unknown = unknownEnvironment('a Railway API call names no environment guard can read offline', [
    token.evidence,
  ]);
  if (!body.ok) return [unreadable(body.why, unknown, token.warnings)];
  const reading = readGraphqlBody(body.text);
  if (!reading.ok) return [unreadable(reading.why, unknown, token.warnings)];
  const matches: RuleMatch[] = [];
  for (const call of reading.calls) {
    const destruction = railwayDestruction(call);
    if (!destruction) continue;
    matches.push({
      resource: destruction.resource,
      environment: configuredEnvironment(destruction.environmentId, ctx) ?? unknown,
      details: [`mutation ${destruction.mutation} sent to ${urls[0]!.display}`, ...destruction.details],
      warnings: token.warnings,
    });
  }
  return matches.length > 0 ? matches : null;
}

/** The body, or a GraphQL GET's `?query=`; undefined when the call carries neither. */
function requestBody(request: HttpRequest, queries: string[], ctx: Context): BodyText | undefined {
  if (request.body.length > 0) return readBody(request, ctx);
  const withQuery = queries.find((q) => new URLSearchParams(q).has('query'));
  return withQuery === undefined ? undefined : { ok: true, text: withQuery };
}

function unreadable(why: string, environment: Environment, warnings: string[]): RuleMatch {
  return {
    resource: '(unreadable-request-body)',
    environment,
    details: [`guard cannot tell which mutation this Railway API call sends: ${why}`],
    warnings,
  };
}

/** A Railway environment id named in the mutation decides only when config maps it. */
function configuredEnvironment(environmentId: string | undefined, ctx: Context): Environment | undefined {
  if (environmentId === undefined) return undefined;
  const signal = {
    kind: 'railway-environment' as const,
    value: environmentId,
    source: 'flag' as const,
    detail: `environmentId ${environmentId} in the mutation`,
  };
  const configured = ctx.config.environments.some((e) => e.match?.['railway-environment']?.length);
  if (!configured) return undefined;
  const env = resolveEnvironment([signal], ctx);
  return env.evidence[0]?.detail.includes('(config:') ? env : undefined;
}
