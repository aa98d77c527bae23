// A plain HTTP DELETE to an API host that config lists (GuardConfig.apiHosts).
import { establishedEnvironment, matchesPattern, unknownEnvironment } from '../../environment.js';
import type { RuleMatch } from '../../rule.js';
import type { Context } from '../../types.js';
import { parseUrl, type HttpRequest } from './http-request.js';

export function configuredDeleteMatches(request: HttpRequest, ctx: Context): RuleMatch[] | null {
  if (request.method !== 'DELETE') return null;
  const matches: RuleMatch[] = [];
  for (const raw of request.urls) {
    const url = parseUrl(raw);
    if (!url) continue;
    const entry = (ctx.config.apiHosts ?? []).find((h) => matchesPattern(h.host.toLowerCase(), url.host));
    if (!entry) continue;
    const evidence = {
      source: 'config' as const,
      detail: `apiHosts lists ${entry.host}${entry.environment ? ` as ${entry.environment}` : ''}`,
    };
    matches.push({
      resource: url.display,
      environment: entry.environment
        ? establishedEnvironment(entry.environment, [evidence], ctx)
        : unknownEnvironment(`${url.host} serves every environment of the account`, [evidence]),
      details: [`HTTP DELETE ${url.display}`],
    });
  }
  return matches.length > 0 ? matches : null;
}
