import { CREDENTIAL_VARIABLES, kindFromValue } from '../credentials/credential-kinds.js';
import { isProductionName } from '../environment.js';
import type { Context } from '../types.js';

/** Credentials an agent inherits from the environment, and why each one matters. Values are never read out. */
const TOKENS: ReadonlyArray<{ name: string; why: string }> = [
  {
    name: 'RAILWAY_API_TOKEN',
    why: 'an account or team token: it can delete any project, environment or volume the account can reach (use a project token, RAILWAY_TOKEN, scoped to one environment)',
  },
  { name: 'RAILWAY_TOKEN', why: 'a project token: railway commands act on its environment whatever project is linked' },
  { name: 'AWS_SECRET_ACCESS_KEY', why: 'long-lived AWS keys: aws, terraform and SDKs act with them' },
  { name: 'AWS_SESSION_TOKEN', why: 'an AWS session: aws, terraform and SDKs act with it' },
  { name: 'GH_TOKEN', why: 'a GitHub token: gh can delete repositories and releases with it' },
  { name: 'GITHUB_TOKEN', why: 'a GitHub token: gh can delete repositories and releases with it' },
  { name: 'GITLAB_TOKEN', why: 'a GitLab token' },
  { name: 'GOOGLE_APPLICATION_CREDENTIALS', why: 'a Google Cloud service-account key file' },
  { name: 'CLOUDSDK_AUTH_ACCESS_TOKEN', why: 'a Google Cloud access token' },
  { name: 'AZURE_CLIENT_SECRET', why: 'an Azure service-principal secret' },
  { name: 'DIGITALOCEAN_ACCESS_TOKEN', why: 'a DigitalOcean token' },
  { name: 'HEROKU_API_KEY', why: 'a Heroku account key' },
  { name: 'FLY_API_TOKEN', why: 'a Fly.io token' },
  { name: 'VERCEL_TOKEN', why: 'a Vercel token' },
  { name: 'CLOUDFLARE_API_TOKEN', why: 'a Cloudflare token' },
  { name: 'SUPABASE_ACCESS_TOKEN', why: 'a Supabase account token' },
  { name: 'TFE_TOKEN', why: 'a Terraform Cloud token' },
  { name: 'VAULT_TOKEN', why: 'a Vault token' },
  { name: 'DATABASE_URL', why: 'a database connection string (with its password)' },
  { name: 'PGPASSWORD', why: 'a PostgreSQL password: psql connects without asking' },
  { name: 'MYSQL_PWD', why: 'a MySQL password: mysql connects without asking' },
  { name: 'REDISCLI_AUTH', why: 'a Redis password' },
];

/** One `warning` line per credential-bearing variable that is set (name and meaning, never the value). */
export function tokenAdvisories(ctx: Context): string[] {
  const lines: string[] = [];
  const names = [
    ...TOKENS.map((t) => t.name),
    ...Object.keys(CREDENTIAL_VARIABLES).filter((n) => !TOKENS.some((t) => t.name === n)),
  ];
  for (const name of names) {
    const value = ctx.env[name];
    if (value === undefined || value === '') continue;
    const why = TOKENS.find((t) => t.name === name)?.why;
    // Kind and reach from the value's shape (a key prefix, a URL's host); the value itself is never shown.
    const kind = kindFromValue(name, value, (host) => isProductionName(host, ctx));
    const shaped = kind && kind.kind !== CREDENTIAL_VARIABLES[name]?.kind ? kind.kind : undefined;
    const parts = [
      why ?? kind?.kind,
      why ? shaped : undefined,
      kind?.scope ? `reach: ${kind.scope}` : undefined,
    ].filter((p) => p !== undefined);
    lines.push(
      `${name} is set: ${parts.join('; ')}${kind ? `; the agent inherits it: use ${kind.instead} instead` : ''}`,
    );
  }
  const profile = ctx.env.AWS_PROFILE;
  if (profile && isProductionName(profile, ctx))
    lines.push(`AWS_PROFILE names a production-looking profile (${profile}): aws and terraform act on it`);
  return lines;
}

/** The kubeconfig's current-context line, found without a YAML parser (it is a top-level scalar). */
export function currentKubeContext(kubeconfigText: string): string | undefined {
  const match = /^current-context:[ \t]*["']?([^"'\r\n#]*?)["']?[ \t]*(#.*)?$/m.exec(kubeconfigText);
  const name = match?.[1]?.trim();
  return name ? name : undefined;
}

/** A warning when kubectl would act on a production-looking context. */
export function kubeAdvisory(source: string, context: string | undefined, ctx: Context): string | undefined {
  if (!context) return undefined;
  if (!isProductionName(context, ctx)) return undefined;
  return `kubectl's current context is ${context} (from ${source}), which looks like production: every kubectl command the agent runs acts on it`;
}
