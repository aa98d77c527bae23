// The two HTTP rules every HTTP client pack shares; each pack supplies its own examples.
import type { Rule, RuleExample } from '../../rule.js';
import { configuredDeleteMatches } from './delete-matches.js';
import type { HttpRequest } from './http-request.js';
import { railwayApiMatches } from '../railway/railway-matches.js';

type Examples = { destructive: RuleExample[]; benign: RuleExample[] };

export function railwayMutationRule(tool: string, examples: Examples): Rule<HttpRequest> {
  return {
    id: `${tool}/railway-destructive-mutation`,
    summary: 'Railway GraphQL API call carrying a mutation that deletes or wipes data',
    message:
      'this Railway API mutation irreversibly deletes {{resource}} in {{environment}}; the API applies it at once, with no undo',
    rationale:
      'The incident: an agent found a token and called backboard.railway.app directly with volumeDelete, bypassing the CLI. The API applies mutations at once; an account or workspace token reaches every project. guard reads the body (inline, file or stdin); if it cannot read it, it fails closed.',
    safer:
      'Use the Railway dashboard or `railway volume delete` with an explicit `-e`, and a Project-Access-Token scoped to a non-production environment; query first (`query { volume… }`) to confirm the id.',
    match: (request, ctx) => railwayApiMatches(request, ctx),
    examples,
  };
}

export function apiDeleteRule(tool: string, examples: Examples): Rule<HttpRequest> {
  return {
    id: `${tool}/delete-api-resource`,
    summary: 'HTTP DELETE to an API host configured as production (apiHosts)',
    message: 'an HTTP DELETE to {{resource}} removes it in {{environment}}; provider APIs apply it at once',
    rationale:
      'Provider control-plane APIs (GitHub, Heroku, Fly, Vercel, Supabase, …) delete repositories, apps, databases and volumes on a plain DELETE with no confirmation; which environment the token reaches is not visible offline.',
    safer:
      'GET the resource first and check it is the one you mean, or use the provider CLI, whose deletes guard names by environment.',
    match: (request, ctx) => configuredDeleteMatches(request, ctx),
    examples,
  };
}
