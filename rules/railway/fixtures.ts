// Fixture worlds for railway rule examples: HOME=/home/user, cwd=/home/user/project.

const CONFIG = '/home/user/.railway/config.json';

function linkedTo(environmentName: string, environment: string, service?: string): Record<string, string> {
  const entry = {
    projectPath: '/home/user/project',
    name: 'shop',
    project: 'prj-7f3a',
    environment,
    environmentName,
    ...(service ? { service } : {}),
  };
  return { [CONFIG]: JSON.stringify({ projects: { '/home/user/project': entry }, user: {} }) };
}

/** The project directory is linked to shop / production, service svc-api. */
export const LINKED_PRODUCTION = linkedTo('production', 'env-prod-1', 'svc-api');
/** The project directory is linked to shop / staging, no service. */
export const LINKED_STAGING = linkedTo('staging', 'env-stg-2');
/** A project token (scoped to one environment guard cannot see offline). */
export const PROJECT_TOKEN = { RAILWAY_TOKEN: 'prj-token-redacted' };
/** An account-wide token, as in the incident. */
export const ACCOUNT_TOKEN = { RAILWAY_API_TOKEN: 'acct-token-redacted' };
