// Names the kind of credential a Railway API call carries, never its value.
import type { Evidence } from '../../types.js';
import type { HttpRequest } from '../http/http-request.js';

export interface TokenReading {
  evidence: Evidence;
  warnings: string[];
}

export function railwayTokenEvidence(request: HttpRequest): TokenReading {
  const header = (name: string): string | undefined => {
    for (let k = request.headers.length - 1; k >= 0; k--) {
      const line = request.headers[k] as string;
      const colon = line.indexOf(':');
      if (colon > 0 && line.slice(0, colon).trim().toLowerCase() === name) return line.slice(colon + 1).trim();
    }
    return undefined;
  };
  const project = header('project-access-token');
  if (project !== undefined && project !== '') {
    return {
      evidence: {
        source: 'flag',
        detail:
          'Project-Access-Token: a project token (one environment of one project, which guard cannot tell offline)',
      },
      warnings: [],
    };
  }
  const authorization = header('authorization');
  if ((authorization !== undefined && /^bearer\s/i.test(authorization)) || request.bearerFlag !== undefined) {
    return {
      evidence: { source: 'flag', detail: 'Authorization: Bearer token (account or workspace token)' },
      warnings: [
        'an account or workspace token can reach every project and environment it can see; a Project-Access-Token is scoped to one environment',
      ],
    };
  }
  const team = header('team-access-token');
  if (team !== undefined) {
    return {
      evidence: { source: 'flag', detail: 'Team-Access-Token: a workspace token' },
      warnings: ['a workspace token can reach every project in the workspace'],
    };
  }
  return {
    evidence: { source: 'unknown', detail: 'no token on the command line (a config file or .netrc may supply one)' },
    warnings: [],
  };
}
